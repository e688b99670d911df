package dev.termin.booking.adapter.calcom;

import java.time.Duration;

/**
 * The circuit breaker in front of one Cal.com account: after enough failures in a row calls fail fast, until trial
 * calls succeed again.
 *
 * <p>Defaults ({@link #defaults()}): opens after 3 failures in a row, half-opens after 30 s, closes after 2
 * successes. Immutable and thread-safe.
 *
 * @param failureThreshold failures in a row that open the circuit, at least 1
 * @param successThreshold successful trials that close it again, at least 1
 * @param halfOpenAfter how long the circuit stays open before trials are allowed, positive
 */
public record CalComBreaker(int failureThreshold, int successThreshold, Duration halfOpenAfter) {

    /**
     * @throws NullPointerException if {@code halfOpenAfter} is null
     * @throws IllegalArgumentException if a threshold is below 1 or the delay is not positive
     */
    public CalComBreaker {
        if (failureThreshold < 1) {
            throw new IllegalArgumentException("breakerFailureThreshold must be at least 1");
        }
        if (successThreshold < 1) {
            throw new IllegalArgumentException("breakerSuccessThreshold must be at least 1");
        }
        CalComRetry.positive(halfOpenAfter, "breakerHalfOpenAfter");
    }

    /** 3 failures, 2 successes, 30 s. */
    public static CalComBreaker defaults() {
        return new CalComBreaker(3, 2, Duration.ofSeconds(30));
    }
}
