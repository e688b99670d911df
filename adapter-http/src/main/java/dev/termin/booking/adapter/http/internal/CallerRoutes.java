package dev.termin.booking.adapter.http.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.application.port.in.CustomerLookupUseCase.CustomerHistory;
import dev.termin.booking.domain.access.Permission;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.customer.PhoneNumber;
import dev.termin.booking.domain.result.Result;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The phone assistant's "find": the calling number's upcoming appointments ({@code X-Caller-Phone}), which it may
 * then move or cancel through the appointment routes. Contact details are left out for the assistant like everywhere.
 * Thread-safe.
 */
public final class CallerRoutes {

    private final BookingEngine engine;
    private final Zones zones;
    private final Ownership ownership;

    public CallerRoutes(BookingEngine engine, Zones zones, Ownership ownership) {
        this.engine = engine;
        this.zones = zones;
        this.ownership = ownership;
    }

    public void register(Router r) {
        r.get("/v1/caller/appointments", "listCallerAppointments", Access.of(Permission.OWN_APPOINTMENTS_BY_PHONE),
                ctx -> {
                    TenantId tenant = RequestContext.tenant(ctx);
                    PhoneNumber caller = ownership.callerPhone(ctx).orElseThrow(() -> ApiProblem.missing(
                            Ownership.CALLER_PHONE_HEADER));
                    Result<CustomerHistory> known = engine.customerLookup().byPhone(tenant, caller);
                    List<Appointment> found = known instanceof Result.Success<CustomerHistory> s
                            ? s.value().appointments() : List.of();
                    Instant now = engine.clock().instant();
                    Function<BranchId, ZoneId> zoneOf = zones.perBranch(tenant);
                    ArrayNode a = ApiJson.array();
                    found.stream().filter(x -> x.status().occupiesTime() && x.interval().end().isAfter(now))
                            .sorted(Comparator.comparing((Appointment x) -> x.interval().start()))
                            .forEach(x -> a.add(Views.appointment(x, zoneOf.apply(x.branch()))));
                    Router.json(ctx, 200, a);
                });
    }
}
