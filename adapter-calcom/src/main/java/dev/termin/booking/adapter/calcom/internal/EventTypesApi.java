package dev.termin.booking.adapter.calcom.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.termin.booking.adapter.calcom.SegmentEventType;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Requests and answers of Cal.com's event types endpoints ({@code cal-api-version} {@code 2024-06-14}) for segment
 * event types. A segment event type is recognised by the marker {@code termin-segment:TENANT/BRANCH/SERVICE/SEGMENT}
 * in its description, which also lets the mapping be rebuilt from Cal.com.
 */
public final class EventTypesApi {

    public static final String PATH = "/v2/event-types";
    static final String MARKER = "termin-segment:";
    private static final Pattern MARKER_PATTERN = Pattern.compile(Pattern.quote(MARKER)
            + "([A-Za-z0-9._-]{1,64})/([A-Za-z0-9._-]{1,64})/([A-Za-z0-9._-]{1,64})/([A-Za-z0-9_-]{1,40})");

    private EventTypesApi() {
    }

    /** {@code POST /v2/event-types}: a hidden event type with the slug, title, length and marker description. */
    public static ApiRequest create(TenantId tenant, SegmentEventType t) {
        ObjectNode body = CalComJson.object()
                .put("lengthInMinutes", t.lengthMinutes())
                .put("title", t.title())
                .put("slug", t.slug())
                .put("hidden", true)
                .put("description", description(tenant, t.branch(), t.service(), t.segmentKey()));
        return ApiRequest.post(PATH, ApiVersion.EVENT_TYPES, body);
    }

    /** {@code PATCH /v2/event-types/{id}}: title, length and hidden flag back to what Termin wants. */
    public static ApiRequest update(SegmentEventType t) {
        ObjectNode body = CalComJson.object()
                .put("lengthInMinutes", t.lengthMinutes())
                .put("title", t.title())
                .put("hidden", true);
        return ApiRequest.patch(PATH + "/" + t.eventTypeId(), ApiVersion.EVENT_TYPES, body);
    }

    /** {@code DELETE /v2/event-types/{id}}. */
    public static ApiRequest delete(long eventTypeId) {
        return ApiRequest.delete(PATH + "/" + eventTypeId, ApiVersion.EVENT_TYPES);
    }

    /** {@code GET /v2/event-types}, of the given user when known (else of the API key's user). */
    public static ApiRequest list(Optional<String> username) {
        return ApiRequest.get(PATH, ApiVersion.EVENT_TYPES, username.map(u -> Map.of("username", u)).orElse(Map.of()));
    }

    /** The description that marks a segment event type as Termin's. */
    public static String description(TenantId tenant, BranchId branch, ServiceId service, String segmentKey) {
        return "Managed by Termin (one segment of a composite service); changes are overwritten. " + MARKER
                + tenant + "/" + branch + "/" + service + "/" + segmentKey;
    }

    /** The tenant's segment event types in a list answer; other event types are skipped. */
    public static List<SegmentEventType> managed(HttpResult listing, TenantId tenant)
            throws MalformedResponseException {
        JsonNode data = listing.data();
        if (!data.isArray()) {
            throw new MalformedResponseException("GET " + PATH + ": 'data' is not a list");
        }
        List<SegmentEventType> types = new ArrayList<>();
        for (JsonNode e : data) {
            parse(e, tenant).ifPresent(types::add);
        }
        return types;
    }

    /** The event type in an answer as a segment event type of the tenant, if it carries the tenant's marker. */
    public static Optional<SegmentEventType> parse(JsonNode e, TenantId tenant) {
        Matcher m = MARKER_PATTERN.matcher(CalComJson.text(e, "description").orElse(""));
        if (!m.find() || !m.group(1).equals(tenant.value()) || e.path("id").asLong(0) <= 0
                || e.path("lengthInMinutes").asInt(0) <= 0) {
            return Optional.empty();
        }
        return Optional.of(new SegmentEventType(BranchId.of(m.group(2)), ServiceId.of(m.group(3)), m.group(4),
                CalComJson.text(e, "slug").orElse(""), e.path("id").asLong(), CalComJson.text(e, "title").orElse(""),
                e.path("lengthInMinutes").asInt(), e.path("hidden").asBoolean(false)));
    }
}
