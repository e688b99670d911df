package dev.termin.booking.domain.access;

import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.catalogue.TenantId;
import java.time.Instant;
import java.util.Objects;

/**
 * What a customer's manage token opens: one appointment of one tenant, until {@code expiresAt}, the end of the
 * appointment (a manage link is useless once the appointment is over; a move extends it to the new end). Immutable.
 */
public record ManageGrant(TenantId tenant, AppointmentId appointment, Instant expiresAt) {

    public ManageGrant {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(appointment, "appointment");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** The grant for an appointment ending at {@code appointmentEnd}. */
    public static ManageGrant until(TenantId tenant, AppointmentId appointment, Instant appointmentEnd) {
        return new ManageGrant(tenant, appointment, appointmentEnd);
    }

    /** Valid strictly before the appointment's end. */
    public boolean isValidAt(Instant now) {
        Objects.requireNonNull(now, "now");
        return now.isBefore(expiresAt);
    }
}
