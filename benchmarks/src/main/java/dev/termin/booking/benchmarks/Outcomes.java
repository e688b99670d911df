package dev.termin.booking.benchmarks;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcomes of one measured phase, recorded from many threads: each response's latency and status, and
 * requests that failed without a response (timeouts, broken connections).
 */
final class Outcomes {

    private final int expectedStatus;
    private long[] latencies = new long[4096];
    private int count;
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final Map<String, Integer> failures = new TreeMap<>();
    private final Map<Integer, String> sampleBodies = new TreeMap<>();
    private long firstSendNanos = Long.MAX_VALUE;
    private long lastDoneNanos = Long.MIN_VALUE;
    private long maxSendLagNanos;

    /** Outcomes where {@code expectedStatus} counts as success. */
    Outcomes(int expectedStatus) {
        this.expectedStatus = expectedStatus;
    }

    /** A response with {@code status}, sent (or scheduled) at {@code startNanos}, complete at {@code endNanos}. */
    synchronized void response(int status, long startNanos, long endNanos, String bodyIfUnexpected) {
        if (count == latencies.length) {
            latencies = Arrays.copyOf(latencies, count * 2);
        }
        latencies[count++] = endNanos - startNanos;
        statuses.merge(status, 1, Integer::sum);
        if (status != expectedStatus && bodyIfUnexpected != null) {
            sampleBodies.putIfAbsent(status, bodyIfUnexpected.length() > 300
                    ? bodyIfUnexpected.substring(0, 300) + "…" : bodyIfUnexpected);
        }
        span(startNanos, endNanos);
    }

    /** A request that got no response. */
    synchronized void failure(Throwable error, long startNanos, long endNanos) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        failures.merge(root.getClass().getSimpleName(), 1, Integer::sum);
        span(startNanos, endNanos);
    }

    /** How late a request left compared with its schedule (open-loop runs). */
    synchronized void sendLag(long nanos) {
        maxSendLagNanos = Math.max(maxSendLagNanos, nanos);
    }

    synchronized double maxSendLagMillis() {
        return maxSendLagNanos / 1e6;
    }

    private void span(long start, long end) {
        firstSendNanos = Math.min(firstSendNanos, start);
        lastDoneNanos = Math.max(lastDoneNanos, end);
    }

    synchronized int responses() {
        return count;
    }

    synchronized int successes() {
        return statuses.getOrDefault(expectedStatus, 0);
    }

    synchronized int failures() {
        return failures.values().stream().mapToInt(Integer::intValue).sum();
    }

    synchronized Map<Integer, Integer> statuses() {
        return new TreeMap<>(statuses);
    }

    /** Failures without a response by exception type. */
    synchronized Map<String, Integer> failureTypes() {
        return new TreeMap<>(failures);
    }

    /** One body per unexpected status, for the notes. */
    synchronized Map<Integer, String> sampleBodies() {
        return new TreeMap<>(sampleBodies);
    }

    /** Seconds from the first send to the last completion. */
    synchronized double spanSeconds() {
        return lastDoneNanos <= firstSendNanos ? 0 : (lastDoneNanos - firstSendNanos) / 1e9;
    }

    /** The latency at percentile {@code p} (0–100, nearest rank) in milliseconds; NaN without responses. */
    synchronized double percentileMillis(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(latencies, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1e6;
    }
}
