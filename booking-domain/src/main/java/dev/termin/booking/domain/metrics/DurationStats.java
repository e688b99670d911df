package dev.termin.booking.domain.metrics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Summary of a sample of durations: count, minimum, mean, nearest-rank percentiles 50, 90 and 99, and maximum;
 * immutable and thread-safe. With no samples ({@link #EMPTY}) the count is 0 and every duration is zero.
 *
 * <p>Nearest rank: the p-th percentile of n sorted samples is the sample at 1-based rank ⌈p/100 × n⌉, so it is
 * always a value that occurred, never an interpolation.
 */
public record DurationStats(
        int count,
        Duration min,
        Duration mean,
        Duration p50,
        Duration p90,
        Duration p99,
        Duration max) {

    public static final DurationStats EMPTY = new DurationStats(0, Duration.ZERO, Duration.ZERO, Duration.ZERO,
            Duration.ZERO, Duration.ZERO, Duration.ZERO);

    public DurationStats {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(mean, "mean");
        Objects.requireNonNull(p50, "p50");
        Objects.requireNonNull(p90, "p90");
        Objects.requireNonNull(p99, "p99");
        Objects.requireNonNull(max, "max");
        if (count < 0) {
            throw new IllegalArgumentException("'count' must not be negative");
        }
        if (count == 0) {
            if (!(min.isZero() && mean.isZero() && p50.isZero() && p90.isZero() && p99.isZero() && max.isZero())) {
                throw new IllegalArgumentException("empty stats have zero durations");
            }
        } else if (min.compareTo(p50) > 0 || p50.compareTo(p90) > 0 || p90.compareTo(p99) > 0
                || p99.compareTo(max) > 0 || mean.compareTo(min) < 0 || mean.compareTo(max) > 0) {
            throw new IllegalArgumentException("stats must satisfy min <= p50 <= p90 <= p99 <= max and min <= mean"
                    + " <= max");
        }
    }

    /** The stats of {@code samples} (in any order); {@link #EMPTY} when there are none. */
    public static DurationStats of(List<Duration> samples) {
        Objects.requireNonNull(samples, "samples");
        if (samples.isEmpty()) {
            return EMPTY;
        }
        List<Duration> sorted = new ArrayList<>(samples);
        sorted.forEach(d -> Objects.requireNonNull(d, "sample"));
        sorted.sort(Comparator.naturalOrder());
        Duration sum = Duration.ZERO;
        for (Duration d : sorted) {
            sum = sum.plus(d);
        }
        int n = sorted.size();
        // Truncated to the nanosecond; still between min and max, as both are whole nanoseconds.
        Duration mean = sum.dividedBy(n);
        return new DurationStats(n, sorted.get(0), mean, nearestRank(sorted, 50), nearestRank(sorted, 90),
                nearestRank(sorted, 99), sorted.get(n - 1));
    }

    public boolean isEmpty() {
        return count == 0;
    }

    /** The sample at 1-based rank ⌈p × n / 100⌉ of the sorted, non-empty {@code sorted}. */
    static Duration nearestRank(List<Duration> sorted, int p) {
        long n = sorted.size();
        long rank = (p * n + 99) / 100;
        return sorted.get((int) Math.max(1, rank) - 1);
    }
}
