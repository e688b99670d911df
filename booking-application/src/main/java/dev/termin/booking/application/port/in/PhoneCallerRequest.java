package dev.termin.booking.application.port.in;

import dev.termin.booking.domain.Checks;
import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.catalogue.TenantId;
import java.util.Objects;
import java.util.Optional;

/**
 * A caller asking about their own appointments: {@code telefonnummer} is the number the call comes from (as the
 * voice platform reports it; normalised to E.164 by the engine), {@code appointment} picks one of the caller's
 * appointments (empty: the next one), {@code wunsch} is the new time when moving ("morgen nachmittag"), and
 * {@code confirmation} is the token of the read-back the caller has agreed to (empty: read back first). Immutable.
 *
 * @throws IllegalArgumentException if the call id is blank or a field is longer than 200 characters
 */
public record PhoneCallerRequest(TenantId tenant, String callId, String telefonnummer,
        Optional<AppointmentId> appointment, String wunsch, Optional<String> confirmation, String correlationId) {

    public PhoneCallerRequest {
        Objects.requireNonNull(tenant, "tenant");
        callId = Checks.text(callId, "call_id", 1, 200);
        telefonnummer = telefonnummer == null ? "" : Checks.text(telefonnummer, "telefonnummer", 0, 200);
        Objects.requireNonNull(appointment, "appointment");
        wunsch = wunsch == null ? "" : Checks.text(wunsch, "wunsch", 0, 200);
        confirmation = Objects.requireNonNull(confirmation, "confirmation").filter(c -> !c.isBlank());
        Objects.requireNonNull(correlationId, "correlationId");
    }

    /** The same request with a confirmation token, as the second step of a cancel or a move. */
    public PhoneCallerRequest confirmedWith(String token) {
        return new PhoneCallerRequest(tenant, callId, telefonnummer, appointment, wunsch, Optional.of(token),
                correlationId);
    }
}
