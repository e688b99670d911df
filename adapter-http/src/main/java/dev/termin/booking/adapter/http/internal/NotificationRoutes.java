package dev.termin.booking.adapter.http.internal;

import static dev.termin.booking.adapter.http.internal.CatalogueRoutes.value;

import dev.termin.booking.domain.access.Permission;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.application.port.in.NotificationReport;
import dev.termin.booking.application.port.in.WebhookUseCase;
import dev.termin.booking.application.port.out.WebhookDelivery;
import dev.termin.booking.application.port.out.WebhookEvent;
import dev.termin.booking.application.port.out.WebhookSubscription;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.catalogue.TenantId;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Locale;

/**
 * Notification routes: the tenant's notification report ({@code /v1/ops/notifications}), the confirmation of a
 * waitlist offer by its code (relayed by the booking page or the front desk), its webhook endpoints (registered with the events they want; the signing secret is
 * shown once, in the answer to the registration), enabling a disabled one again, removing one, and the delivery
 * log. Thread-safe.
 */
public final class NotificationRoutes {

    private final WebhookUseCase webhooks;
    private final BookingEngine engine;
    private final Zones zones;

    public NotificationRoutes(BookingEngine engine, Zones zones) {
        this.engine = engine;
        this.zones = zones;
        this.webhooks = engine.webhooks();
    }

    public void register(Router r) {
        r.get("/v1/ops/notifications", "getNotificationReport", Access.of(Permission.READ_METRICS), ctx -> {
            Duration window = BookingRoutes.query(ctx, "window").map(w -> Times.duration(w, "window"))
                    .orElse(Duration.ofHours(24));
            if (window.isNegative() || window.isZero() || window.compareTo(Duration.ofDays(366)) > 0) {
                throw ApiProblem.invalid("'window' must be positive and at most P366D.");
            }
            Router.json(ctx, 200, report(engine.operations().notifications(RequestContext.tenant(ctx), window)));
        });
        r.get("/v1/webhooks", "listWebhooks", Access.of(Permission.MANAGE_WEBHOOKS), ctx -> {
            ArrayNode a = ApiJson.array();
            webhooks.list(RequestContext.tenant(ctx)).forEach(s -> a.add(subscription(s, false)));
            Router.json(ctx, 200, a);
        });
        r.post("/v1/waitlist/offers/confirm", "confirmWaitlistOffer", Access.of(Permission.BOOK), ctx -> {
            JsonBody b = JsonBody.parse(RequestContext.body(ctx));
            Appointment a = value(engine.waitlist().confirmOffer(RequestContext.tenant(ctx), b.text("code"),
                    RequestContext.correlationId(ctx)));
            ctx.header("Location", "/v1/appointments/" + a.id());
            Router.json(ctx, 201, Views.appointment(a, zones.zone(a.tenant(), a.branch())));
        });
        r.post("/v1/webhooks", "registerWebhook", Access.of(Permission.MANAGE_WEBHOOKS), this::registerEndpoint);
        r.post("/v1/webhooks/{id}/enable", "enableWebhook", Access.of(Permission.MANAGE_WEBHOOKS), ctx -> Router.json(ctx, 200, subscription(value(webhooks.enable(
                RequestContext.tenant(ctx), ctx.pathParam("id"))), false)));
        r.delete("/v1/webhooks/{id}", "deleteWebhook", Access.of(Permission.MANAGE_WEBHOOKS), ctx -> {
            value(webhooks.remove(RequestContext.tenant(ctx), ctx.pathParam("id")));
            ctx.status(204);
        });
        r.get("/v1/webhooks/deliveries", "listWebhookDeliveries", Access.of(Permission.MANAGE_WEBHOOKS), ctx -> {
            int limit = BookingRoutes.query(ctx, "limit").map(NotificationRoutes::limit).orElse(50);
            ArrayNode a = ApiJson.array();
            webhooks.deliveries(RequestContext.tenant(ctx), limit).forEach(d -> a.add(delivery(d)));
            Router.json(ctx, 200, a);
        });
    }

    private void registerEndpoint(Context ctx) {
        TenantId tenant = RequestContext.tenant(ctx);
        JsonBody b = JsonBody.parse(RequestContext.body(ctx));
        LinkedHashSet<String> events = new LinkedHashSet<>(b.texts("events"));
        if (events.isEmpty()) {
            throw ApiProblem.missing("events");
        }
        WebhookSubscription s = value(webhooks.register(tenant, b.text("url"), events));
        Router.json(ctx, 201, subscription(s, true));
    }

    private static int limit(String text) {
        try {
            int n = Integer.parseInt(text);
            if (n >= 1 && n <= 500) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ApiProblem.invalid("'limit' must be a whole number from 1 to 500.");
    }

    private static ObjectNode report(NotificationReport r) {
        ObjectNode n = ApiJson.object();
        n.put("window", r.window().toString());
        n.put("pending", r.pending());
        n.put("retrying", r.retrying());
        n.put("parked", r.parked());
        n.put("sent", r.sent());
        n.put("retried", r.retried());
        n.put("failed", r.failed());
        n.put("skipped", r.skipped());
        return n;
    }

    private static ObjectNode subscription(WebhookSubscription s, boolean withSecret) {
        ObjectNode n = ApiJson.object();
        n.put("id", s.id());
        n.put("url", s.url().toString());
        ArrayNode events = n.putArray("events");
        s.events().stream().map(WebhookEvent::code).sorted().forEach(events::add);
        n.put("enabled", s.enabled());
        n.put("consecutiveFailures", s.consecutiveFailures());
        s.disabledReason().ifPresent(r -> n.put("disabledReason", r));
        n.put("createdAt", s.createdAt().toString());
        if (withSecret) {
            n.put("secret", s.secret());
        }
        return n;
    }

    private static ObjectNode delivery(WebhookDelivery d) {
        ObjectNode n = ApiJson.object();
        n.put("id", d.id().toString());
        n.put("endpoint", d.subscription());
        n.put("event", d.event().code());
        n.put("status", d.status().name().toLowerCase(Locale.ROOT));
        n.put("attempts", d.attempts());
        if (d.status() == WebhookDelivery.Status.PENDING) {
            n.put("nextAttemptAt", d.nextAttemptAt().toString());
        }
        d.lastStatusCode().ifPresent(c -> n.put("lastStatusCode", c));
        d.lastError().ifPresent(e -> n.put("lastError", e));
        n.put("createdAt", d.createdAt().toString());
        d.finishedAt().ifPresent(f -> n.put("finishedAt", f.toString()));
        return n;
    }
}
