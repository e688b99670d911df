package dev.termin.booking.adapter.http.internal;

import static dev.termin.booking.adapter.http.internal.CatalogueRoutes.value;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.application.port.in.CustomerLookupUseCase.CustomerHistory;
import dev.termin.booking.domain.access.Permission;
import dev.termin.booking.domain.access.Principal;
import dev.termin.booking.domain.access.RolePermissions;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.catalogue.Branch;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.customer.PhoneNumber;
import dev.termin.booking.domain.hold.Hold;
import dev.termin.booking.domain.time.TimeInterval;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the console asks besides the booking routes: who the caller is and what it may do ({@code GET /v1/me}, so a
 * page shows only the actions the role may take), the branch's active holds for the schedule ({@code GET /v1/holds},
 * without tokens or owners: a token is what confirms a hold), and a known customer by phone number while booking at
 * the desk ({@code GET /v1/customers/lookup}). Thread-safe.
 */
public final class DeskRoutes {

    /** The longest range of days one holds listing covers (a week view needs seven). */
    static final int MAX_DAYS = 14;
    /** The number of a customer's appointments the lookup answers with, latest first. */
    static final int HISTORY_LIMIT = 20;

    private final BookingEngine engine;
    private final Zones zones;

    public DeskRoutes(BookingEngine engine, Zones zones) {
        this.engine = engine;
        this.zones = zones;
    }

    public void register(Router r) {
        // Every tenant role holds read_catalogue_public, so every member may ask who it is; the operator may not.
        r.get("/v1/me", "getCaller", Access.of(Permission.READ_CATALOGUE_PUBLIC), this::me);
        r.get("/v1/holds", "listActiveHolds", Access.of(Permission.READ_APPOINTMENTS), this::holds);
        r.get("/v1/customers/lookup", "lookUpCustomer", Access.of(Permission.READ_CONTACT_DETAILS), this::lookup);
    }

    private void me(Context ctx) {
        Principal.Member member = (Principal.Member) RequestContext.principal(ctx);
        ObjectNode n = ApiJson.object();
        n.put("tenant", member.tenant().value());
        n.put("role", member.role().code());
        n.put("label", member.label());
        ArrayNode permissions = n.putArray("permissions");
        RolePermissions.of(member.role(), member.policy()).stream().map(Permission::code).sorted()
                .forEach(permissions::add);
        Router.json(ctx, 200, n);
    }

    private void holds(Context ctx) {
        TenantId tenant = RequestContext.tenant(ctx);
        Optional<BranchId> branch = BookingRoutes.query(ctx, "branch")
                .map(s -> Readers.parse("branch", () -> BranchId.of(s)));
        Optional<StaffId> staff = BookingRoutes.query(ctx, "staff")
                .map(s -> Readers.parse("staff", () -> StaffId.of(s)));
        LocalDate from = Times.date(BookingRoutes.required(ctx, "from"), "from");
        LocalDate to = BookingRoutes.query(ctx, "to").map(x -> Times.date(x, "to")).orElse(from);
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw ApiProblem.invalid("'to' must be on or after 'from', at most " + MAX_DAYS + " days in all.");
        }
        Branch b = zones.branch(tenant, branch, staff);
        ZoneId zone = b.zone();
        TimeInterval range = new TimeInterval(from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant());
        ArrayNode a = ApiJson.array();
        engine.activeHolds().activeHolds(tenant, b.id(), range).stream()
                .filter(h -> staff.isEmpty() || h.segments().stream().anyMatch(s -> s.staff().equals(staff.get()))
                        || h.staff().equals(staff.get()))
                .forEach(h -> a.add(hold(h, zone)));
        Router.json(ctx, 200, a);
    }

    /** A hold as the schedule shows it: what, with whom, when, and until when it is reserved. */
    private static ObjectNode hold(Hold h, ZoneId zone) {
        ObjectNode n = ApiJson.object();
        n.put("branch", h.branch().value());
        n.put("service", h.service().value());
        n.put("staff", h.staff().value());
        Times.put(n, "start", h.interval().start(), zone);
        Times.put(n, "end", h.interval().end(), zone);
        n.set("segments", Views.segments(h.segments(), zone));
        Times.put(n, "expiresAt", h.expiresAt(), zone);
        n.put("status", h.status().code());
        return n;
    }

    private void lookup(Context ctx) {
        TenantId tenant = RequestContext.tenant(ctx);
        String raw = BookingRoutes.required(ctx, "phone");
        PhoneNumber phone = PhoneNumber.parse(raw, engine.settings().defaultCountryCode()).orElseThrow(() ->
                ApiProblem.invalid("'phone' is not a phone number (e.g. +491512345678 or 0151 2345678)."));
        CustomerHistory history = value(engine.customerLookup().byPhone(tenant, phone));
        Function<BranchId, ZoneId> zoneOf = zones.perBranch(tenant);
        ObjectNode n = ApiJson.object();
        n.set("customer", Views.customer(history.customer()));
        n.put("noShows", history.noShows());
        n.put("appointmentCount", history.appointments().size());
        ArrayNode appointments = n.putArray("appointments");
        for (Appointment x : history.appointments().subList(0, Math.min(HISTORY_LIMIT,
                history.appointments().size()))) {
            ObjectNode v = appointments.addObject();
            v.put("id", x.id().value());
            v.put("branch", x.branch().value());
            v.put("service", x.service().value());
            v.put("staff", x.staff().value());
            Times.put(v, "start", x.interval().start(), zoneOf.apply(x.branch()));
            Times.put(v, "end", x.interval().end(), zoneOf.apply(x.branch()));
            v.put("status", x.status().code());
        }
        Router.json(ctx, 200, n);
    }
}
