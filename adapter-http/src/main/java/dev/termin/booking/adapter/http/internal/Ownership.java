package dev.termin.booking.adapter.http.internal;

import dev.termin.booking.application.port.in.AppointmentUseCase;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.customer.PhoneNumber;
import dev.termin.booking.domain.result.Result;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * The phone assistant's rule: it may find, move and cancel only appointments of the number that is calling, which it
 * names in {@value #CALLER_PHONE_HEADER}. An appointment of another number is answered like one that does not exist,
 * so the assistant cannot probe other customers' appointments. Thread-safe.
 */
public final class Ownership {

    /** The header in which the phone assistant names the calling number. */
    public static final String CALLER_PHONE_HEADER = "X-Caller-Phone";

    private final AppointmentUseCase appointments;
    private final String countryCode;

    public Ownership(AppointmentUseCase appointments, String countryCode) {
        this.appointments = appointments;
        this.countryCode = countryCode;
    }

    /**
     * Refuses unless the calling number is named and, on a route with an appointment {@code {id}}, that appointment
     * belongs to it (a route without one, such as the caller's list, filters by the number itself).
     */
    void requireCallersOwn(Context ctx, TenantId tenant) {
        Optional<PhoneNumber> caller = callerPhone(ctx);
        if (caller.isEmpty()) {
            throw Security.forbidden("The phone assistant must name the calling number in " + CALLER_PHONE_HEADER
                    + ".");
        }
        if (!ctx.pathParamMap().containsKey("id")) {
            return;
        }
        AppointmentId id = Readers.parse("appointment id", () -> AppointmentId.of(ctx.pathParam("id")));
        Result<Appointment> found = appointments.find(tenant, id);
        boolean own = found instanceof Result.Success<Appointment> s
                && s.value().customer().phone().filter(caller.get()::equals).isPresent();
        if (!own) {
            throw ApiProblem.notFound("Appointment " + id + " does not exist.");
        }
    }

    /** The calling number of {@value #CALLER_PHONE_HEADER}, if it is a phone number. */
    Optional<PhoneNumber> callerPhone(Context ctx) {
        return Optional.ofNullable(ctx.header(CALLER_PHONE_HEADER)).flatMap(raw -> PhoneNumber.parse(raw, countryCode));
    }
}
