package dev.termin.booking.domain.time;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A non-empty, half-open interval {@code [start, end)} on the time line. Immutable and thread-safe.
 *
 * <p>Half-open means two back-to-back appointments (09:00–09:30 and 09:30–10:00) do not overlap.
 */
public record TimeInterval(Instant start, Instant end) implements Comparable<TimeInterval> {

    /**
     * @throws NullPointerException if {@code start} or {@code end} is null
     * @throws IllegalArgumentException if {@code end} is not after {@code start}
     */
    public TimeInterval {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("'end' must be after 'start' (" + start + " .. " + end + ")");
        }
    }

    public static TimeInterval of(Instant start, Instant end) {
        return new TimeInterval(start, end);
    }

    public static TimeInterval of(Instant start, Duration length) {
        return new TimeInterval(start, start.plus(length));
    }

    public Duration duration() {
        return Duration.between(start, end);
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    public boolean contains(TimeInterval other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    public boolean overlaps(TimeInterval other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    /** True when the two intervals overlap or touch, so their union is one interval. */
    public boolean touches(TimeInterval other) {
        return !start.isAfter(other.end) && !other.start.isAfter(end);
    }

    public Optional<TimeInterval> intersection(TimeInterval other) {
        Instant s = start.isAfter(other.start) ? start : other.start;
        Instant e = end.isBefore(other.end) ? end : other.end;
        return e.isAfter(s) ? Optional.of(new TimeInterval(s, e)) : Optional.empty();
    }

    public TimeInterval shift(Duration by) {
        return new TimeInterval(start.plus(by), end.plus(by));
    }

    /** This interval widened by {@code before} at the start and {@code after} at the end (both non-negative). */
    public TimeInterval expand(Duration before, Duration after) {
        if (before.isNegative() || after.isNegative()) {
            throw new IllegalArgumentException("expansion must not be negative");
        }
        return new TimeInterval(start.minus(before), end.plus(after));
    }

    @Override
    public int compareTo(TimeInterval o) {
        int c = start.compareTo(o.start);
        return c != 0 ? c : end.compareTo(o.end);
    }

    @Override
    public String toString() {
        return "[" + start + ", " + end + ")";
    }
}
