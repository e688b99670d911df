package dev.termin.booking.adapter.http.internal;

// Longer than most files here: availability, holds, appointments and the waitlist share their request readers and
// zone lookups; splitting the routes would copy those.

import dev.termin.booking.domain.access.Permission;
import static dev.termin.booking.adapter.http.internal.CatalogueRoutes.value;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.application.port.in.BookCommand;
import dev.termin.booking.application.port.in.CancelCommand;
import dev.termin.booking.application.port.in.ConfirmHoldCommand;
import dev.termin.booking.application.port.in.HoldCommand;
import dev.termin.booking.application.port.in.JoinWaitlistCommand;
import dev.termin.booking.application.port.in.RescheduleCommand;
import dev.termin.booking.application.port.in.SlotRequest;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.customer.Customer;
import dev.termin.booking.domain.appointment.Source;
import dev.termin.booking.domain.catalogue.Branch;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.hold.Hold;
import dev.termin.booking.domain.appointment.HoldToken;
import dev.termin.booking.domain.result.Result;
import dev.termin.booking.domain.result.Warning;
import dev.termin.booking.domain.slot.Explanation;
import dev.termin.booking.domain.slot.Slot;
import dev.termin.booking.domain.time.LocalTimeWindow;
import dev.termin.booking.domain.time.TimeInterval;
import dev.termin.booking.domain.waitlist.WaitlistEntry;
import dev.termin.booking.domain.waitlist.WaitlistEntryId;
import dev.termin.booking.domain.waitlist.WaitlistFlexibility;
import io.javalin.http.Context;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Availability, hold, appointment and waitlist routes. Thread-safe. */
public final class BookingRoutes {

    private final BookingEngine engine;
    private final Zones zones;

    public BookingRoutes(BookingEngine engine, Zones zones) {
        this.engine = engine;
        this.zones = zones;
    }

    public void register(Router r) {
        r.get("/v1/availability", "findAvailability", Access.of(Permission.READ_AVAILABILITY), this::availability);
        r.get("/v1/availability/explain", "explainAvailability", Access.of(Permission.READ_AVAILABILITY), this::explain);
        r.get("/v1/availability/next", "findNearestSlots", Access.of(Permission.READ_AVAILABILITY), this::next);

        r.postKeyedByUseCase("/v1/holds", "createHold", Access.of(Permission.HOLD), this::hold);
        r.get("/v1/holds/{token}", "getHold", Access.of(Permission.HOLD), ctx -> {
            Hold h = value(engine.holds().find(RequestContext.tenant(ctx), token(ctx)));
            Router.json(ctx, 200, Views.hold(h, zones.zone(h.tenant(), h.branch())));
        });
        r.delete("/v1/holds/{token}", "releaseHold", Access.of(Permission.HOLD), this::release);
        r.postKeyedByUseCase("/v1/holds/{token}/confirm", "confirmHold", Access.of(Permission.BOOK), this::confirm);

        r.postKeyedByUseCase("/v1/appointments", "bookAppointment", Access.of(Permission.BOOK), this::book);
        r.get("/v1/appointments", "listAppointments", Access.of(Permission.READ_APPOINTMENTS), this::listAppointments);
        r.get("/v1/appointments/{id}", "getAppointment", Access.of(Permission.READ_APPOINTMENTS, Permission.OWN_APPOINTMENTS_BY_PHONE),
                ctx -> Router.json(ctx, 200, AttendanceRoutes.view(engine, zones,
                        value(engine.appointments().find(RequestContext.tenant(ctx), appointmentId(ctx))))));
        new AttendanceRoutes(engine, zones).register(r);
        r.post("/v1/appointments/{id}/cancel", "cancelAppointment", Access.of(Permission.CHANGE_APPOINTMENTS, Permission.OWN_APPOINTMENTS_BY_PHONE), this::cancel);
        r.post("/v1/appointments/{id}/reschedule", "rescheduleAppointment", Access.of(Permission.CHANGE_APPOINTMENTS, Permission.OWN_APPOINTMENTS_BY_PHONE), this::reschedule);
        r.get("/v1/appointments/{id}/flow", "getAppointmentFlow", Access.of(Permission.READ_APPOINTMENTS), ctx -> {
            TenantId tenant = RequestContext.tenant(ctx);
            Appointment a = value(engine.appointments().find(tenant, appointmentId(ctx)));
            ZoneId zone = zones.zone(tenant, a.branch());
            ObjectNode n = ApiJson.object();
            n.put("appointment", a.id().value());
            n.put("correlationId", a.correlationId());
            n.set("events", Views.flow(engine.appointments().flow(tenant, a.correlationId()), zone));
            Router.json(ctx, 200, n);
        });

        r.post("/v1/waitlist", "joinWaitlist", Access.of(Permission.JOIN_WAITLIST), this::joinWaitlist);
        r.get("/v1/waitlist", "listWaitlist", Access.of(Permission.WAITLIST), ctx -> {
            TenantId tenant = RequestContext.tenant(ctx);
            Optional<ServiceId> service = query(ctx, "service").map(s -> Readers.parse("service",
                    () -> ServiceId.of(s)));
            ArrayNode a = ApiJson.array();
            Function<BranchId, ZoneId> zoneOf = zones.perBranch(tenant);
            engine.waitlist().list(tenant, service).forEach(e -> a.add(Views.waitlist(e, zoneOf.apply(e.branch()))));
            Router.json(ctx, 200, a);
        });
        r.get("/v1/waitlist/{id}", "getWaitlistEntry", Access.of(Permission.WAITLIST), ctx -> {
            TenantId tenant = RequestContext.tenant(ctx);
            WaitlistEntry e = findWaitlist(ctx, tenant);
            Router.json(ctx, 200, Views.waitlist(e, zones.zone(tenant, e.branch())));
        });
        r.delete("/v1/waitlist/{id}", "leaveWaitlist", Access.of(Permission.WAITLIST), ctx -> {
            TenantId tenant = RequestContext.tenant(ctx);
            WaitlistEntryId id = Readers.parse("waitlist id", () -> WaitlistEntryId.of(ctx.pathParam("id")));
            WaitlistEntry e = value(engine.waitlist().leave(tenant, id));
            Router.json(ctx, 200, Views.waitlist(e, zones.zone(tenant, e.branch())));
        });
    }

    // ---- availability ----

    private record Target(SlotRequest request, Branch branch) {
    }

    private Target target(TenantId tenant, Optional<String> branch, String service, Optional<String> staff) {
        Optional<BranchId> b = branch.map(x -> Readers.parse("branch", () -> BranchId.of(x)));
        ServiceId s = Readers.parse("service", () -> ServiceId.of(service));
        Optional<StaffId> st = staff.map(x -> Readers.parse("staff", () -> StaffId.of(x)));
        Branch resolved = zones.branch(tenant, b, st);
        value(engine.catalogue().service(tenant, s));
        return new Target(new SlotRequest(tenant, Optional.of(resolved.id()), s, st), resolved);
    }

    private Target target(Context ctx) {
        return target(RequestContext.tenant(ctx), query(ctx, "branch"), required(ctx, "service"),
                query(ctx, "staff"));
    }

    private void availability(Context ctx) {
        Target t = target(ctx);
        LocalDate from;
        LocalDate to;
        Optional<String> date = query(ctx, "date");
        if (date.isPresent()) {
            from = Times.date(date.get(), "date");
            to = from;
        } else {
            from = Times.date(required(ctx, "from"), "from");
            to = query(ctx, "to").map(x -> Times.date(x, "to")).orElse(from);
        }
        Result<List<Slot>> slots = engine.availability().findSlots(t.request(), from, to, query(ctx, "owner"),
                moving(ctx));
        ObjectNode n = ApiJson.object();
        n.put("branch", t.branch().id().value());
        n.put("timeZone", t.branch().zone().getId());
        n.put("service", t.request().service().value());
        n.put("from", from.toString());
        n.put("to", to.toString());
        n.set("slots", Views.slots(value(slots), t.branch().zone()));
        n.set("warnings", Views.warnings(warnings(slots)));
        Router.json(ctx, 200, n);
    }

    private void explain(Context ctx) {
        Target t = target(ctx);
        Instant start = Times.instant(required(ctx, "start"), t.branch().zone(), "start");
        Result<Explanation> e = engine.availability().explain(t.request(), start, query(ctx, "owner"), moving(ctx));
        ObjectNode n = Views.explanation(value(e), t.branch().zone());
        n.set("warnings", Views.warnings(warnings(e)));
        Router.json(ctx, 200, n);
    }

    private void next(Context ctx) {
        Target t = target(ctx);
        Instant around = Times.instant(required(ctx, "around"), t.branch().zone(), "around");
        int limit = query(ctx, "limit").map(l -> {
            try {
                return Integer.parseInt(l);
            } catch (NumberFormatException e) {
                throw ApiProblem.invalid("'limit' must be a number from 1 to 100.");
            }
        }).orElse(5);
        if (limit < 1 || limit > 100) {
            throw ApiProblem.invalid("'limit' must be a number from 1 to 100.");
        }
        Result<List<Slot>> slots = engine.availability().nearest(t.request(), around, limit, query(ctx, "owner"),
                moving(ctx));
        ObjectNode n = ApiJson.object();
        Times.put(n, "around", around, t.branch().zone());
        n.set("slots", Views.slots(value(slots), t.branch().zone()));
        n.set("warnings", Views.warnings(warnings(slots)));
        Router.json(ctx, 200, n);
    }

    // ---- holds ----

    private void hold(Context ctx) {
        TenantId tenant = RequestContext.tenant(ctx);
        JsonBody b = RequestContext.json(ctx);
        Target t = target(tenant, b.optText("branch"), b.text("service"), b.optText("staff"));
        Instant start = Times.instant(b.text("start"), t.branch().zone(), "start");
        String owner = b.text("owner");
        Optional<Duration> lifetime = b.optInteger("lifetimeSeconds").map(s -> {
            if (s < 1 || s > 3600) {
                throw ApiProblem.invalid("'lifetimeSeconds' must be 1 to 3600.");
            }
            return Duration.ofSeconds(s);
        });
        HoldCommand command = Readers.parse("hold", () -> new HoldCommand(t.request(), start, owner, lifetime,
                RequestContext.correlationId(ctx), Idempotency.key(ctx)));
        Result<Hold> result = engine.holds().hold(command);
        Hold h = value(result);
        markReplay(ctx, result);
        ObjectNode n = Views.hold(h, t.branch().zone());
        n.set("warnings", Views.warnings(warnings(result)));
        ctx.header("Location", "/v1/holds/" + h.token());
        Router.json(ctx, 201, n);
    }

    private void release(Context ctx) {
        TenantId tenant = RequestContext.tenant(ctx);
        HoldToken token = token(ctx);
        String owner = required(ctx, "owner");
        String reason = query(ctx, "reason").orElse("released by the owner");
        Hold h = value(engine.holds().release(tenant, token, Readers.parse("owner", () -> checkedOwner(owner)),
                reason, RequestContext.correlationId(ctx)));
        Router.json(ctx, 200, Views.hold(h, zones.zone(tenant, h.branch())));
    }

    private void confirm(Context ctx) {
        TenantId tenant = RequestContext.tenant(ctx);
        HoldToken token = token(ctx);
        JsonBody b = RequestContext.json(ctx);
        String owner = b.text("owner");
        Customer customer = Readers.parse("customer", () -> Readers.customer(b.object("customer"), countryCode()));
        Source source = source(b, Source.API);
        ConfirmHoldCommand command = Readers.parse("confirmation", () -> new ConfirmHoldCommand(tenant, token,
                owner, customer, b.optText("notes").orElse(""), source, RequestContext.correlationId(ctx),
                Idempotency.key(ctx)));
        booked(ctx, engine.holds().confirm(command));
    }

    // ---- appointments ----

    private void book(Context ctx) {
        TenantId tenant = RequestContext.tenant(ctx);
        JsonBody b = RequestContext.json(ctx);
        Target t = target(tenant, b.optText("branch"), b.text("service"), b.optText("staff"));
        Instant start = Times.instant(b.text("start"), t.branch().zone(), "start");
        Customer customer = Readers.parse("customer", () -> Readers.customer(b.object("customer"), countryCode()));
        Source source = source(b, Source.API);
        BookCommand command = Readers.parse("booking", () -> new BookCommand(t.request(), start, customer,
                b.optText("notes").orElse(""), source, b.optText("owner"), Idempotency.key(ctx),
                RequestContext.correlationId(ctx)));
        booked(ctx, engine.appointments().book(command));
    }

    private void booked(Context ctx, Result<Appointment> result) {
        Appointment a = value(result);
        markReplay(ctx, result);
        ObjectNode n = Views.appointment(a, zones.zone(a.tenant(), a.branch()));
        n.set("warnings", Views.warnings(warnings(result)));
        ManageRoutes.attachLink(engine, n, a);
        ctx.header("Location", "/v1/appointments/" + a.id());
        Router.json(ctx, 201, n);
    }

    private void listAppointments(Context ctx) {
        TenantId tenant = RequestContext.tenant(ctx);
        Optional<StaffId> staff = query(ctx, "staff").map(s -> Readers.parse("staff", () -> StaffId.of(s)));
        Optional<BranchId> branch = query(ctx, "branch").map(s -> Readers.parse("branch", () -> BranchId.of(s)));
        Branch b = zones.branch(tenant, branch, staff);
        ZoneId zone = b.zone();
        Instant from = query(ctx, "from").map(x -> bound(x, zone, "from", false))
                .orElse(engine.clock().instant());
        Instant to = query(ctx, "to").map(x -> bound(x, zone, "to", true)).orElse(from.plus(Duration.ofDays(31)));
        if (!to.isAfter(from) || Duration.between(from, to).compareTo(Duration.ofDays(366)) > 0) {
            throw ApiProblem.invalid("'to' must be after 'from', at most 366 days later.");
        }
        ArrayNode a = ApiJson.array();
        List<Appointment> found = engine.appointments().list(tenant, staff, new TimeInterval(from, to));
        Function<BranchId, ZoneId> zoneOf = zones.perBranch(tenant);
        for (Appointment x : found) {
            if (branch.isEmpty() || x.branch().equals(b.id())) {
                a.add(Views.appointment(x, zoneOf.apply(x.branch())));
            }
        }
        Router.json(ctx, 200, a);
    }

    /** A date (its start, or the next day's start for an end bound) or a date-time. */
    private static Instant bound(String text, ZoneId zone, String field, boolean end) {
        if (text.strip().length() == 10) {
            LocalDate d = Times.date(text, field);
            return (end ? d.plusDays(1) : d).atStartOfDay(zone).toInstant();
        }
        return Times.instant(text, zone, field);
    }

    private void cancel(Context ctx) {
        TenantId tenant = RequestContext.tenant(ctx);
        AppointmentId id = appointmentId(ctx);
        JsonBody b = optionalJson(ctx);
        String reason = b.optText("reason").orElse("");
        if (reason.length() > 500) {
            throw ApiProblem.invalid("'reason' must be at most 500 characters.");
        }
        CancelCommand command = new CancelCommand(tenant, id, reason,
                Security.override(ctx, b.bool("override", false)),
                RequestContext.correlationId(ctx));
        Appointment a = value(engine.appointments().cancel(command));
        Router.json(ctx, 200, Views.appointment(a, zones.zone(tenant, a.branch())));
    }

    private void reschedule(Context ctx) {
        TenantId tenant = RequestContext.tenant(ctx);
        AppointmentId id = appointmentId(ctx);
        JsonBody b = RequestContext.json(ctx);
        Appointment current = value(engine.appointments().find(tenant, id));
        Optional<StaffId> staff = b.optText("staff").map(s -> Readers.parse("staff", () -> StaffId.of(s)));
        Instant start = Times.instant(b.text("start"), zones.zone(tenant, current.branch()), "start");
        RescheduleCommand command = new RescheduleCommand(tenant, id, start, staff,
                Security.override(ctx, b.bool("override", false)),
                RequestContext.correlationId(ctx));
        Result<Appointment> result = engine.appointments().reschedule(command);
        Appointment a = value(result);
        engine.access().appointmentMoved(tenant, a.id(), a.interval().end());
        ObjectNode n = Views.appointment(a, zones.zone(tenant, a.branch()));
        n.set("warnings", Views.warnings(warnings(result)));
        Router.json(ctx, 200, n);
    }

    // ---- waitlist ----

    private void joinWaitlist(Context ctx) {
        TenantId tenant = RequestContext.tenant(ctx);
        JsonBody b = RequestContext.json(ctx);
        Target t = target(tenant, b.optText("branch"), b.text("service"), b.optText("staff"));
        Customer customer = Readers.parse("customer", () -> Readers.customer(b.object("customer"), countryCode()));
        LocalDate first = Times.date(b.text("firstDay"), "firstDay");
        LocalDate last = b.optText("lastDay").map(x -> Times.date(x, "lastDay")).orElse(first);
        Set<DayOfWeek> weekdays = new LinkedHashSet<>();
        for (String d : b.texts("weekdays")) {
            weekdays.add(Readers.parse("weekdays", () -> DayOfWeek.valueOf(d.strip().toUpperCase(Locale.ROOT))));
        }
        List<LocalTimeWindow> times = new ArrayList<>();
        for (String w : b.texts("times")) {
            times.add(Times.window(w, "times"));
        }
        int priority = b.intIn("priority", 0, 100, 0);
        WaitlistFlexibility flexibility = new WaitlistFlexibility(b.bool("anyStaff", false),
                b.bool("compatibleService", false));
        JoinWaitlistCommand command = Readers.parse("waitlist entry", () -> new JoinWaitlistCommand(tenant,
                t.branch().id(), t.request().service(), t.request().staff(), customer, first, last, weekdays, times,
                priority, flexibility, b.optText("bookingPage")));
        WaitlistEntry e = value(engine.waitlist().join(command));
        ctx.header("Location", "/v1/waitlist/" + e.id());
        Router.json(ctx, 201, Views.waitlist(e, t.branch().zone()));
    }

    private WaitlistEntry findWaitlist(Context ctx, TenantId tenant) {
        WaitlistEntryId id = Readers.parse("waitlist id", () -> WaitlistEntryId.of(ctx.pathParam("id")));
        return engine.waitlist().list(tenant, Optional.empty()).stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> ApiProblem.notFound("Waitlist entry " + id + " does not exist."));
    }

    // ---- helpers ----

    private String countryCode() {
        return engine.settings().defaultCountryCode();
    }

    private static String checkedOwner(String owner) {
        if (owner.isBlank() || owner.length() > 200) {
            throw new IllegalArgumentException("'owner' must be 1 to 200 characters long");
        }
        return owner.strip();
    }

    private static Source source(JsonBody b, Source fallback) {
        return b.optText("source").map(s -> Readers.parse("source", () -> Source.fromCode(s))).orElse(fallback);
    }

    static HoldToken token(Context ctx) {
        String t = ctx.pathParam("token");
        try {
            return HoldToken.parse(t);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("The hold token must be a UUID: " + t);
        }
    }

    static AppointmentId appointmentId(Context ctx) {
        return Readers.parse("appointment id", () -> AppointmentId.of(ctx.pathParam("id")));
    }

    static Optional<String> query(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    /** {@code moving=<appointment id>}: answer for moving that appointment (its own time is free). */
    private static Optional<AppointmentId> moving(Context ctx) {
        return query(ctx, "moving").map(m -> Readers.parse("moving", () -> AppointmentId.of(m)));
    }

    static String required(Context ctx, String name) {
        return query(ctx, name).orElseThrow(() -> ApiProblem.missing(name));
    }

    private static JsonBody optionalJson(Context ctx) {
        byte[] body = RequestContext.body(ctx);
        return body.length == 0 || new String(body, java.nio.charset.StandardCharsets.UTF_8).isBlank()
                ? JsonBody.of(ApiJson.object()) : JsonBody.parse(body);
    }

    /** The warnings of {@code r} for the body; a replay is not one of them (it is the replay header). */
    static List<Warning> warnings(Result<?> r) {
        return r instanceof Result.Success<?> s ? s.warnings().stream()
                .filter(w -> !w.code().equals(Warning.IDEMPOTENT_REPLAY)).toList()
                : List.of();
    }

    private static void markReplay(Context ctx, Result<?> r) {
        if (r instanceof Result.Success<?> s && s.warnings().stream()
                .anyMatch(w -> w.code().equals(Warning.IDEMPOTENT_REPLAY))) {
            ctx.header(Idempotency.REPLAYED_HEADER, "true");
        }
    }
}
