package dev.termin.booking.adapter.http.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.termin.booking.adapter.calcom.CalComWebhooks;
import dev.termin.booking.adapter.calcom.DriftReport;
import dev.termin.booking.adapter.calcom.EnsureReport;
import dev.termin.booking.adapter.calcom.SegmentEventType;
import dev.termin.booking.adapter.calcom.WebhookDelivery;
import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.application.port.in.ExternalChangeOutcome;
import dev.termin.booking.application.port.in.ReconcileReport;
import dev.termin.booking.application.port.out.CalendarOutcome;
import dev.termin.booking.domain.access.Permission;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.catalogue.Branch;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.result.Result;
import dev.termin.booking.domain.time.TimeInterval;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cal.com both ways: the webhook endpoint (authenticated by its signature, not by an API key), reconciliation, the
 * appointments flagged for manual review (list, re-sync, clear with a note) and the segment event-type drift check
 * and repair of the caller's tenant, and the tenant's own stored connection ({@link CalComConnectionRoutes}).
 * Without Cal.com on this server every route but the review ones answers 404.
 * Thread-safe.
 */
public final class CalComRoutes {

    /** Deliveries reach this prefix followed by the tenant id; {@link Security} lets it through without a key. */
    public static final String WEBHOOK_PREFIX = "/v1/calcom/webhooks/";

    private static final Logger log = LoggerFactory.getLogger(CalComRoutes.class);

    private final BookingEngine engine;
    private final Zones zones;
    private final Optional<CalComLink> link;

    public CalComRoutes(BookingEngine engine, Zones zones, Optional<CalComLink> link) {
        this.engine = engine;
        this.zones = zones;
        this.link = link;
    }

    public void register(Router r) {
        // Cal.com signs its deliveries instead of sending a key: the handler checks X-Cal-Signature-256
        r.postKeyedByUseCase(WEBHOOK_PREFIX + "{tenant}", "receiveCalComWebhook", Access.PUBLIC, this::webhook);
        r.post("/v1/calcom/reconcile", "reconcileCalCom", Access.of(Permission.MANAGE_CALENDAR_SYNC), this::reconcile);
        r.get("/v1/calcom/review", "listCalComReview", Access.of(Permission.READ_SYNC_HEALTH), this::review);
        r.post("/v1/calcom/review/{id}/resync", "resyncReviewedAppointment", Access.of(Permission.MANAGE_CALENDAR_SYNC), ctx -> reviewed(ctx, true));
        r.post("/v1/calcom/review/{id}/clear", "clearReviewedAppointment", Access.of(Permission.MANAGE_CALENDAR_SYNC), ctx -> reviewed(ctx, false));
        r.get("/v1/calcom/drift", "checkCalComDrift", Access.of(Permission.READ_SYNC_HEALTH), this::drift);
        r.post("/v1/calcom/drift/repair", "repairCalComDrift", Access.of(Permission.MANAGE_CALENDAR_SYNC), this::repair);
        new CalComConnectionRoutes(link.map(CalComLink::calendars)).register(r);
    }

    private CalComLink link() {
        return link.orElseThrow(() -> ApiProblem.notFound("Cal.com is not connected to this server."));
    }

    private void webhook(Context ctx) {
        TenantId tenant = Readers.parse("tenant", () -> TenantId.of(ctx.pathParam("tenant")));
        WebhookDelivery d = link().webhooks().read(tenant, RequestContext.body(ctx),
                Optional.ofNullable(ctx.header(CalComWebhooks.SIGNATURE_HEADER)));
        if (d instanceof WebhookDelivery.Refused refused) {
            log.warn("Cal.com webhook for tenant {} refused: {}", tenant, refused.reason());
            throw new ApiProblem(ErrorCode.UNAUTHORIZED, 401, "Delivery refused: " + refused.reason() + ".",
                    Map.of());
        }
        if (d instanceof WebhookDelivery.Malformed m) {
            throw ApiProblem.invalid("Not a Cal.com booking delivery: " + m.reason());
        }
        ObjectNode n = ApiJson.object();
        if (d instanceof WebhookDelivery.Ignored ignored) {
            n.put("trigger", ignored.trigger()).put("action", "ignored");
            Router.json(ctx, 200, n);
            return;
        }
        WebhookDelivery.Change change = (WebhookDelivery.Change) d;
        ExternalChangeOutcome outcome = value(engine.externalChanges().apply(change.change()));
        log.info("Cal.com {} for tenant {}: booking {} {}", change.trigger(), tenant, outcome.uid(),
                outcome.action().code());
        n.put("trigger", change.trigger());
        n.setAll(outcome(outcome));
        Router.json(ctx, 200, n);
    }

    private void reconcile(Context ctx) {
        CalComLink l = link();
        TenantId tenant = RequestContext.tenant(ctx);
        Instant now = engine.clock().instant();
        TimeInterval window = l.window(now);
        Optional<String> from = Optional.ofNullable(ctx.queryParam("from"));
        Optional<String> to = Optional.ofNullable(ctx.queryParam("to"));
        if (from.isPresent() || to.isPresent()) {
            Instant start = from.map(f -> Readers.parse("from", () -> Instant.parse(f))).orElse(window.start());
            Instant end = to.map(t -> Readers.parse("to", () -> Instant.parse(t))).orElse(window.end());
            window = Readers.parse("to", () -> TimeInterval.of(start, end));
        }
        ReconcileReport report = value(engine.externalChanges().reconcile(tenant, window));
        ObjectNode n = ApiJson.object();
        n.put("from", report.window().start().toString()).put("to", report.window().end().toString());
        n.put("examined", report.examined());
        ArrayNode changes = n.putArray("changes");
        report.changes().forEach(c -> changes.add(outcome(c)));
        Router.json(ctx, 200, n);
    }

    private void review(Context ctx) {
        TenantId tenant = RequestContext.tenant(ctx);
        ObjectNode n = ApiJson.object();
        ArrayNode items = n.putArray("appointments");
        for (Appointment a : engine.externalChanges().flaggedForReview(tenant)) {
            items.add(Views.appointment(a, zones.zone(tenant, a.branch())));
        }
        Router.json(ctx, 200, n);
    }

    private void reviewed(Context ctx, boolean resync) {
        TenantId tenant = RequestContext.tenant(ctx);
        AppointmentId id = Readers.parse("id", () -> AppointmentId.of(ctx.pathParam("id")));
        String note = RequestContext.json(ctx).optText("note").orElse("");
        Result<Appointment> r = resync ? engine.externalChanges().resync(tenant, id, note)
                : engine.externalChanges().clearReview(tenant, id, note);
        Appointment a = value(r);
        Router.json(ctx, 200, Views.appointment(a, zones.zone(tenant, a.branch())));
    }

    private void drift(Context ctx) {
        TenantId tenant = RequestContext.tenant(ctx);
        DriftReport d = done(link().calendar().segmentEventTypes().driftCheck(tenant));
        ObjectNode n = ApiJson.object();
        n.put("clean", d.isClean());
        n.set("missing", types(d.missing()));
        n.set("extra", types(d.extra()));
        ArrayNode changed = n.putArray("changed");
        d.changed().forEach(c -> {
            ObjectNode x = type(c.mapped());
            x.set("fields", ApiJson.object().arrayNode().addAll(c.fields().stream()
                    .map(f -> ApiJson.object().textNode(f)).toList()));
            changed.add(x);
        });
        Router.json(ctx, 200, n);
    }

    private void repair(Context ctx) {
        TenantId tenant = RequestContext.tenant(ctx);
        var services = engine.catalogue().services(tenant);
        List<SegmentEventType> created = new ArrayList<>();
        List<SegmentEventType> updated = new ArrayList<>();
        List<SegmentEventType> deleted = new ArrayList<>();
        for (Branch b : engine.catalogue().branches(tenant)) {
            EnsureReport e = done(link().calendar().segmentEventTypes().ensure(tenant, b.id(), services));
            created.addAll(e.created());
            updated.addAll(e.updated());
            deleted.addAll(e.deleted());
        }
        ObjectNode n = ApiJson.object();
        n.set("created", types(created));
        n.set("updated", types(updated));
        n.set("deleted", types(deleted));
        Router.json(ctx, 200, n);
    }

    private static ObjectNode outcome(ExternalChangeOutcome o) {
        ObjectNode n = ApiJson.object();
        n.put("action", o.action().code()).put("uid", o.uid());
        o.appointment().ifPresent(a -> n.put("appointment", a.value()));
        n.put("detail", o.detail());
        return n;
    }

    private static ArrayNode types(List<SegmentEventType> types) {
        ArrayNode a = ApiJson.object().arrayNode();
        types.forEach(t -> a.add(type(t)));
        return a;
    }

    private static ObjectNode type(SegmentEventType t) {
        return ApiJson.object().put("slug", t.slug()).put("eventTypeId", t.eventTypeId()).put("title", t.title())
                .put("lengthMinutes", t.lengthMinutes()).put("hidden", t.hidden());
    }

    private static <T> T value(Result<T> r) {
        if (r instanceof Result.Failure<T> f) {
            throw ApiProblem.of(f);
        }
        return r.orElseThrow();
    }

    private static <T> T done(CalendarOutcome<T> o) {
        if (o instanceof CalendarOutcome.Done<T> d) {
            return d.value();
        }
        String why = o instanceof CalendarOutcome.Rejected<T> r ? r.status() + " " + r.code() + " " + r.message()
                : ((CalendarOutcome.Unreachable<T>) o).reason();
        throw new ApiProblem(ErrorCode.SERVICE_UNAVAILABLE, 503, "Cal.com could not be used: " + why, Map.of());
    }
}
