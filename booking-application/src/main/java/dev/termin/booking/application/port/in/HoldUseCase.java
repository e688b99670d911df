package dev.termin.booking.application.port.in;

import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.hold.Hold;
import dev.termin.booking.domain.appointment.HoldToken;
import dev.termin.booking.domain.result.Result;

/**
 * Incoming port for holds: place one ({@code slot_unavailable} when taken), confirm it into an appointment
 * ({@code reservation_not_found}, {@code reservation_owner_mismatch}, {@code reservation_expired}), release it.
 */
public interface HoldUseCase {

    Result<Hold> hold(HoldCommand command);

    /** Confirming a hold that this owner already converted returns the same appointment again. */
    Result<Appointment> confirm(ConfirmHoldCommand command);

    Result<Hold> release(TenantId tenant, HoldToken token, String owner, String reason, String correlationId);

    Result<Hold> find(TenantId tenant, HoldToken token);
}
