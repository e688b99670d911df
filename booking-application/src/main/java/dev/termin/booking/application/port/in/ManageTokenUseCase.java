package dev.termin.booking.application.port.in;

import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.catalogue.TenantId;
import java.time.Instant;

/**
 * Customers' manage tokens: issued with every booking, valid until the appointment is over, each opening exactly
 * one appointment without an API key. Only the token's hash is stored.
 */
public interface ManageTokenUseCase {

    /** A new unguessable token for the appointment ending at {@code appointmentEnd}. */
    IssuedManageToken issueManageToken(TenantId tenant, AppointmentId appointment, Instant appointmentEnd);

    /** What {@code token} opens now. */
    ManageTokenLookup resolveManageToken(String token);

    /** Keeps the appointment's tokens valid until its new end after a move. */
    void appointmentMoved(TenantId tenant, AppointmentId appointment, Instant newEnd);

    /** Deletes tokens of appointments that are over; returns how many. */
    int purgeExpiredManageTokens();
}
