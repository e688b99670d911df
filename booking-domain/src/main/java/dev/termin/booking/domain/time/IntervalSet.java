package dev.termin.booking.domain.time;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * An immutable set of instants stored as sorted, disjoint, non-touching {@link TimeInterval}s.
 * Every set operation returns a new normalised set. Thread-safe.
 *
 * <p>Point queries ({@link #contains(TimeInterval)}, {@link #overlaps(TimeInterval)}) use binary search,
 * which keeps slot search fast on calendars with many appointments.
 */
public final class IntervalSet {

    private static final IntervalSet EMPTY = new IntervalSet(new TimeInterval[0]);

    private final TimeInterval[] parts;

    private IntervalSet(TimeInterval[] normalised) {
        this.parts = normalised;
    }

    public static IntervalSet empty() {
        return EMPTY;
    }

    public static IntervalSet of(TimeInterval... intervals) {
        return of(Arrays.asList(intervals));
    }

    /** Builds a set from intervals in any order, merging overlapping and touching ones. */
    public static IntervalSet of(Collection<TimeInterval> intervals) {
        if (intervals.isEmpty()) {
            return EMPTY;
        }
        TimeInterval[] sorted = intervals.toArray(new TimeInterval[0]);
        Arrays.sort(sorted);
        List<TimeInterval> merged = new ArrayList<>(sorted.length);
        TimeInterval current = sorted[0];
        for (int i = 1; i < sorted.length; i++) {
            TimeInterval next = sorted[i];
            if (current.touches(next)) {
                if (next.end().isAfter(current.end())) {
                    current = new TimeInterval(current.start(), next.end());
                }
            } else {
                merged.add(current);
                current = next;
            }
        }
        merged.add(current);
        return new IntervalSet(merged.toArray(new TimeInterval[0]));
    }

    public List<TimeInterval> intervals() {
        return Collections.unmodifiableList(Arrays.asList(parts));
    }

    public boolean isEmpty() {
        return parts.length == 0;
    }

    public int size() {
        return parts.length;
    }

    public Duration totalDuration() {
        Duration total = Duration.ZERO;
        for (TimeInterval p : parts) {
            total = total.plus(p.duration());
        }
        return total;
    }

    public IntervalSet union(IntervalSet other) {
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        List<TimeInterval> all = new ArrayList<>(parts.length + other.parts.length);
        all.addAll(Arrays.asList(parts));
        all.addAll(Arrays.asList(other.parts));
        return of(all);
    }

    public IntervalSet union(TimeInterval interval) {
        return union(of(interval));
    }

    public IntervalSet intersect(IntervalSet other) {
        List<TimeInterval> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < parts.length && j < other.parts.length) {
            TimeInterval a = parts[i];
            TimeInterval b = other.parts[j];
            a.intersection(b).ifPresent(out::add);
            if (a.end().isBefore(b.end())) {
                i++;
            } else {
                j++;
            }
        }
        return new IntervalSet(out.toArray(new TimeInterval[0]));
    }

    public IntervalSet intersect(TimeInterval interval) {
        return intersect(of(interval));
    }

    /** The instants of this set that are not in {@code other}. */
    public IntervalSet subtract(IntervalSet other) {
        if (isEmpty() || other.isEmpty()) {
            return this;
        }
        List<TimeInterval> out = new ArrayList<>();
        int j = 0;
        for (TimeInterval a : parts) {
            Instant cursor = a.start();
            while (j < other.parts.length && !other.parts[j].end().isAfter(cursor)) {
                j++;
            }
            int k = j;
            while (k < other.parts.length && other.parts[k].start().isBefore(a.end())) {
                TimeInterval b = other.parts[k];
                if (b.start().isAfter(cursor)) {
                    out.add(new TimeInterval(cursor, b.start()));
                }
                if (b.end().isAfter(cursor)) {
                    cursor = b.end();
                }
                if (!cursor.isBefore(a.end())) {
                    break;
                }
                k++;
            }
            if (cursor.isBefore(a.end())) {
                out.add(new TimeInterval(cursor, a.end()));
            }
        }
        return new IntervalSet(out.toArray(new TimeInterval[0]));
    }

    public IntervalSet subtract(TimeInterval interval) {
        return subtract(of(interval));
    }

    /** True when every instant of {@code interval} is in this set. */
    public boolean contains(TimeInterval interval) {
        int i = indexOfLastStartingAtOrBefore(interval.start());
        return i >= 0 && parts[i].contains(interval);
    }

    /** True when every instant of {@code [start, end)} is in this set; allocation-free for hot loops. */
    public boolean contains(Instant start, Instant end) {
        int i = indexOfLastStartingAtOrBefore(start);
        return i >= 0 && !end.isAfter(parts[i].end());
    }

    public boolean contains(Instant instant) {
        int i = indexOfLastStartingAtOrBefore(instant);
        return i >= 0 && parts[i].contains(instant);
    }

    /** True when some instant of {@code interval} is in this set. */
    public boolean overlaps(TimeInterval interval) {
        int i = indexOfLastStartingAtOrBefore(interval.start());
        if (i >= 0 && parts[i].overlaps(interval)) {
            return true;
        }
        return i + 1 < parts.length && parts[i + 1].overlaps(interval);
    }

    private int indexOfLastStartingAtOrBefore(Instant instant) {
        int lo = 0;
        int hi = parts.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (!parts[mid].start().isAfter(instant)) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IntervalSet other && Arrays.equals(parts, other.parts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(parts);
    }

    @Override
    public String toString() {
        return Arrays.toString(parts);
    }
}
