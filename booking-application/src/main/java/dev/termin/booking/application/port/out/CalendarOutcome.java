package dev.termin.booking.application.port.out;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of a call to the external calendar. Being unreachable (network, timeout, 5xx, open circuit) and
 * being rejected (a 4xx answer) are different: the first is retried later, the second is not.
 *
 * @param <T> the value on success
 */
public sealed interface CalendarOutcome<T>
        permits CalendarOutcome.Done, CalendarOutcome.Rejected, CalendarOutcome.Unreachable {

    record Done<T>(T value) implements CalendarOutcome<T> {
    }

    /** The calendar answered and refused: {@code status} is its HTTP-like status, {@code code} its error code. */
    record Rejected<T>(int status, String code, String message) implements CalendarOutcome<T> {
        public Rejected {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
        }
    }

    record Unreachable<T>(String reason) implements CalendarOutcome<T> {
        public Unreachable {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** A list of busy times. */
    static CalendarOutcome<List<ExternalBusy>> busy(List<ExternalBusy> busy) {
        return new Done<>(List.copyOf(busy));
    }
}
