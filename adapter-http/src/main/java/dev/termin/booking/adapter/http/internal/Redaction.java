package dev.termin.booking.adapter.http.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.termin.booking.domain.access.Permission;
import dev.termin.booking.domain.access.Principal;
import io.javalin.http.Context;
import java.util.List;

/**
 * Removes from a JSON response what the caller's role may not see, in one place for every route: customers' phone
 * numbers and e-mail addresses without {@link Permission#READ_CONTACT_DETAILS} (a viewer sees appointments without
 * them), and the catalogue's internal fields (working hours, breaks, time off, buffers, policies) without
 * {@link Permission#READ_CATALOGUE} (a booking page sees names, durations and prices). Stateless, thread-safe.
 */
final class Redaction {

    private static final List<String> CONTACT_FIELDS = List.of("phone", "email");
    private static final List<String> INTERNAL_CATALOGUE_FIELDS = List.of("workingHours", "breaks", "timeOff",
            "bufferBeforeMinutes", "bufferAfterMinutes", "policy");

    private Redaction() {
    }

    static void apply(Context ctx, Principal.Member member) {
        boolean contacts = member.may(Permission.READ_CONTACT_DETAILS, member.tenant());
        boolean catalogue = member.may(Permission.READ_CATALOGUE, member.tenant());
        String type = ctx.res().getContentType();
        String body = ctx.result();
        if ((contacts && catalogue) || body == null || body.isEmpty() || type == null || !type.contains("json")) {
            return;
        }
        JsonNode root = ApiJson.read(body);
        redact(root, contacts, catalogue);
        ctx.result(ApiJson.write(root));
    }

    private static void redact(JsonNode node, boolean contacts, boolean catalogue) {
        if (node instanceof ObjectNode o) {
            if (!contacts && o.get("customer") instanceof ObjectNode customer) {
                customer.remove(CONTACT_FIELDS);
            }
            if (!catalogue && o.has("id") && o.has("name")) {
                o.remove(INTERNAL_CATALOGUE_FIELDS);
            }
        }
        for (JsonNode child : node) {
            redact(child, contacts, catalogue);
        }
    }
}
