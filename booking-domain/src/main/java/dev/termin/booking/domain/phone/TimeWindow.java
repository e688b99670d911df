package dev.termin.booking.domain.phone;

import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A window of start times on one day, {@code from} inclusive, {@code until} exclusive, always inside the
 * {@link #SALON_DAY}. Immutable and thread-safe.
 *
 * <p>The window bounds when an appointment may <em>start</em>. A caller who says "bis 11" or "vor 11" gets starts
 * before 11:00: someone who names an end time usually needs to be gone by then, so a start at 11:00 is too late
 * anyway.
 *
 * @param from the earliest start
 * @param until the first start no longer wanted; after {@code from}
 */
public record TimeWindow(LocalTime from, LocalTime until) {

    private static final LocalTime DAY_START = LocalTime.of(6, 0);
    private static final LocalTime DAY_END = LocalTime.of(22, 0);

    /** 06:00–22:00: the hours any salon-like business may plausibly open; open-ended wishes end here. */
    public static final TimeWindow SALON_DAY = new TimeWindow(DAY_START, DAY_END);

    public TimeWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (!from.isBefore(until)) {
            throw new IllegalArgumentException("a time window must start before it ends: " + from + "-" + until);
        }
        if (from.isBefore(DAY_START) || until.isAfter(DAY_END)) {
            throw new IllegalArgumentException("a time window must lie within " + DAY_START + "-" + DAY_END + ": "
                    + from + "-" + until);
        }
    }

    /** The window {@code [from, until)} cut to the salon day, or empty if nothing of it is left. */
    public static Optional<TimeWindow> clamped(LocalTime from, LocalTime until) {
        LocalTime f = from.isBefore(DAY_START) ? DAY_START : from;
        LocalTime u = until.isAfter(DAY_END) ? DAY_END : until;
        return f.isBefore(u) ? Optional.of(new TimeWindow(f, u)) : Optional.empty();
    }

    /** The starts in both windows, or empty if they do not overlap. */
    public Optional<TimeWindow> intersect(TimeWindow other) {
        return clamped(from.isAfter(other.from) ? from : other.from, until.isBefore(other.until) ? until : other.until);
    }

    /** Whether a start at {@code time} lies in this window. */
    public boolean contains(LocalTime time) {
        return !time.isBefore(from) && time.isBefore(until);
    }
}
