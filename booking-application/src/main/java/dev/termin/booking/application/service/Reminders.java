package dev.termin.booking.application.service;

import dev.termin.booking.domain.appointment.Appointment;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Reminders ride in the outbox as messages due at {@code start - offset}. Each one records the version of the
 * appointment it was planned for (its reschedule count); a reschedule plans new ones, so an older reminder finds
 * a newer version and is dropped, as is one for a cancelled or already started appointment. Stateless.
 */
final class Reminders {

    private Reminders() {
    }

    /** The outbox payload of a reminder {@code offset} before {@code a}: {@code PT24H@0}. */
    static String payload(Duration offset, Appointment a) {
        return offset + "@" + a.rescheduleCount();
    }

    /** Why the reminder planned with {@code payload} is not sent to {@code a} at {@code now}; empty: send it. */
    static Optional<String> skipReason(String payload, Appointment a, Instant now) {
        if (!a.isActive()) {
            return Optional.of("appointment cancelled");
        }
        int at = payload.lastIndexOf('@');
        if (at < 0 || !payload.substring(at + 1).equals(Integer.toString(a.rescheduleCount()))) {
            return Optional.of("appointment moved since the reminder was planned");
        }
        if (!now.isBefore(a.interval().start())) {
            return Optional.of("appointment already started");
        }
        return Optional.empty();
    }
}
