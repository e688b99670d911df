package dev.termin.booking.adapter.http.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.termin.booking.adapter.calcom.CalComConfig;
import dev.termin.booking.application.port.out.CalendarConnection;
import dev.termin.booking.domain.access.Permission;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.result.ErrorCode;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;

/**
 * The caller's tenant's own Cal.com connection: {@code PUT} stores it (API key and webhook secret sealed with the
 * server's master key), {@code GET} shows it without its secrets, {@code DELETE} removes it; 404 when this server
 * has no Cal.com at all. Thread-safe.
 */
final class CalComConnectionRoutes {

    static final String PATH = "/v1/calcom/connection";

    private final Optional<ConnectedCalendars> connected;

    CalComConnectionRoutes(Optional<ConnectedCalendars> connected) {
        this.connected = connected;
    }

    private ConnectedCalendars calendars() {
        return connected.orElseThrow(() -> ApiProblem.notFound("Cal.com is not connected to this server."));
    }

    void register(Router r) {
        r.get(PATH, "getCalComConnection", Access.of(Permission.MANAGE_CALENDAR_SYNC), this::show);
        r.put(PATH, "putCalComConnection", Access.of(Permission.MANAGE_CALENDAR_SYNC), this::save);
        r.delete(PATH, "deleteCalComConnection", Access.of(Permission.MANAGE_CALENDAR_SYNC), this::remove);
    }

    private void show(Context ctx) {
        TenantId tenant = RequestContext.tenant(ctx);
        CalendarConnection c = calendars().connections().flatMap(s -> s.find(tenant))
                .orElseThrow(() -> ApiProblem.notFound("Tenant " + tenant + " has no stored Cal.com connection."));
        Router.json(ctx, 200, view(c));
    }

    private void save(Context ctx) {
        TenantId tenant = RequestContext.tenant(ctx);
        ConnectedCalendars calendars = calendars();
        if (calendars.box().isEmpty()) {
            throw new ApiProblem(ErrorCode.SERVICE_UNAVAILABLE, 503,
                    "This server stores no Cal.com connections: it has no master key.", Map.of());
        }
        JsonBody b = RequestContext.json(ctx);
        String apiKey = b.optText("apiKey").orElseThrow(() -> ApiProblem.missing("apiKey"));
        String secret = b.optText("webhookSecret").orElseThrow(() -> ApiProblem.missing("webhookSecret"));
        CalendarConnection c = Readers.parse("connection", () -> calendars.connect(tenant, apiKey, secret,
                b.optText("baseUrl").orElse(CalComConfig.DEFAULT_BASE_URL), b.optText("eventTypes").orElse(""),
                b.optText("username")));
        Router.json(ctx, 200, view(c));
    }

    private void remove(Context ctx) {
        TenantId tenant = RequestContext.tenant(ctx);
        if (!calendars().disconnect(tenant)) {
            throw ApiProblem.notFound("Tenant " + tenant + " has no stored Cal.com connection.");
        }
        ctx.status(204);
    }

    /** The connection without its secrets, and the URL Cal.com must post webhooks to. */
    private static ObjectNode view(CalendarConnection c) {
        ObjectNode n = ApiJson.object();
        n.put("tenant", c.tenant().value()).put("baseUrl", c.baseUrl()).put("eventTypes", c.eventTypes());
        c.username().ifPresent(u -> n.put("username", u));
        n.put("keyId", c.apiKey().keyId()).put("updatedAt", c.updatedAt().toString());
        n.put("webhookPath", CalComRoutes.WEBHOOK_PREFIX + c.tenant().value());
        return n;
    }
}
