package dev.termin.booking.application.port.out;

import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.customer.Customer;
import dev.termin.booking.domain.time.TimeInterval;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the external calendar says about one of its bookings at {@code changedAt}: from a webhook delivery or from a
 * listing. {@code uid} identifies the booking; a move makes a new booking whose {@code previousUid} is the old one,
 * and the old one, now cancelled, names its {@code successorUid}. {@code appointment} and {@code segmentKey} are
 * set when Termin made the booking (its metadata names this tenant); {@code staff}, {@code service} and
 * {@code attendee} are what the calendar adapter could map, for bookings made directly in the calendar. Immutable.
 */
public record ExternalBookingState(
        TenantId tenant,
        String uid,
        Optional<String> previousUid,
        Optional<String> successorUid,
        boolean active,
        TimeInterval interval,
        Instant changedAt,
        Optional<AppointmentId> appointment,
        Optional<String> segmentKey,
        Optional<StaffId> staff,
        Optional<ServiceId> service,
        Optional<Customer> attendee) {

    public ExternalBookingState {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(uid, "uid");
        if (uid.isBlank() || uid.length() > 200) {
            throw new IllegalArgumentException("uid must be 1 to 200 characters");
        }
        Objects.requireNonNull(previousUid, "previousUid");
        Objects.requireNonNull(successorUid, "successorUid");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(changedAt, "changedAt");
        Objects.requireNonNull(appointment, "appointment");
        Objects.requireNonNull(segmentKey, "segmentKey");
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(attendee, "attendee");
    }

    /** Whether Termin made this booking (its metadata names an appointment of this tenant). */
    public boolean madeByTermin() {
        return appointment.isPresent();
    }
}
