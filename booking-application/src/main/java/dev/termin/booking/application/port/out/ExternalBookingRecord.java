package dev.termin.booking.application.port.out;

import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.catalogue.TenantId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What Termin last applied of one external booking: the appointment it belongs to (none when it was never
 * imported, e.g. cancelled before Termin heard of it) and the time of the newest change applied, so that older or
 * repeated deliveries are recognised. Immutable.
 */
public record ExternalBookingRecord(TenantId tenant, String uid, Optional<AppointmentId> appointment,
        Instant changedAt) {

    public ExternalBookingRecord {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(uid, "uid");
        if (uid.isBlank() || uid.length() > 200) {
            throw new IllegalArgumentException("uid must be 1 to 200 characters");
        }
        Objects.requireNonNull(appointment, "appointment");
        Objects.requireNonNull(changedAt, "changedAt");
    }
}
