package dev.termin.booking.adapter.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * What the system test's clients sent and got, per phase of the fault run: every booking attempt with its key, the
 * answer (or that the answer was lost), how long it took, and the retry of a lost or failed answer. Thread-safe.
 */
final class FaultLedger {

    /**
     * One booking request: {@code status} 0 when the answer was lost (connection refused or reset); {@code sent} is
     * the {@link System#nanoTime()} it was sent at.
     */
    record Attempt(String phase, String instance, String key, String body, int status, String code,
            String appointment, long sent, long millis) {
        boolean lost() {
            return status == 0;
        }

        boolean acknowledged() {
            return status == 201;
        }

        boolean serverError() {
            return status >= 500;
        }
    }

    /** The retry of an attempt whose answer was lost or a 5xx, with the same key. */
    record Retry(Attempt first, int status, String code, String appointment) {
    }

    private final ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();
    private final List<Retry> retries = new ArrayList<>();
    private volatile long stopIssued;
    private volatile long stopped;

    /** Notes when a dependency's stop was issued and when it had finished ({@link System#nanoTime()}). */
    void stop(long issued, long done) {
        stopIssued = issued;
        stopped = done;
    }

    long stopMillis() {
        return (stopped - stopIssued) / 1_000_000;
    }

    /** The attempts of {@code phase} sent after the stop had finished. */
    List<Attempt> sentWhileStopped(String phase) {
        return in(phase).stream().filter(x -> x.sent() > stopped).toList();
    }

    /** The attempts of {@code phase} sent before the stop had finished and answered after it began. */
    List<Attempt> inFlight(String phase) {
        return in(phase).stream().filter(x -> x.sent() <= stopped && answeredAt(x) > stopIssued).toList();
    }

    /**
     * Milliseconds from the later of the attempt's sending and the start of the stop to its answer: a request sent
     * before the stop cannot answer 503 before it.
     */
    long timeTo503(Attempt x) {
        return (answeredAt(x) - Math.max(x.sent(), stopIssued)) / 1_000_000;
    }

    private static long answeredAt(Attempt x) {
        return x.sent() + TimeUnit.MILLISECONDS.toNanos(x.millis());
    }

    void add(Attempt a) {
        attempts.add(a);
    }

    synchronized void retried(Retry r) {
        retries.add(r);
    }

    List<Attempt> attempts() {
        return List.copyOf(attempts);
    }

    synchronized List<Retry> retries() {
        return List.copyOf(retries);
    }

    List<Attempt> in(String phase) {
        return attempts.stream().filter(a -> a.phase().equals(phase)).toList();
    }

    /** The phases in the order their first attempt was recorded. */
    List<String> phases() {
        Map<String, Boolean> seen = new LinkedHashMap<>();
        attempts.forEach(a -> seen.putIfAbsent(a.phase(), true));
        return List.copyOf(seen.keySet());
    }

    /** Attempts per status, e.g. {@code 201=40, 409=12, lost=3}. */
    static String statuses(List<Attempt> list) {
        return list.stream().collect(Collectors.groupingBy(a -> a.lost() ? "lost" : Integer.toString(a.status()),
                java.util.TreeMap::new, Collectors.counting())).toString();
    }
}
