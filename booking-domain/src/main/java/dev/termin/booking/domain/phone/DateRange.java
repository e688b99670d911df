package dev.termin.booking.domain.phone;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The days a caller would come on, {@code first} to {@code last} inclusive. Immutable and thread-safe.
 *
 * @param first the first day
 * @param last the last day; not before {@code first}
 */
public record DateRange(LocalDate first, LocalDate last) {

    public DateRange {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("a date range must not end before it starts: " + first + ".." + last);
        }
    }

    /** The one day {@code day}. */
    public static DateRange of(LocalDate day) {
        return new DateRange(day, day);
    }

    /** Whether the range is a single day. */
    public boolean isSingleDay() {
        return first.equals(last);
    }

    /** Whether {@code day} lies in the range. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }
}
