package dev.termin.booking.adapter.calcom;

import java.time.Duration;
import java.util.Objects;

/**
 * How a failed Cal.com call is retried: exponential backoff with jitter, or the server's {@code Retry-After}.
 *
 * <p>Defaults ({@link #defaults()}): 3 retries, backoff from 200 ms up to 5 s with ±20 % jitter, a
 * {@code Retry-After} of up to 10 s is waited for (a longer one ends the call as unreachable). Immutable and
 * thread-safe.
 *
 * @param maxRetries retries after the first attempt, 0 to 10
 * @param baseDelay the first backoff delay, positive
 * @param maxDelay the backoff cap, not below {@code baseDelay}
 * @param jitter each backoff delay varies randomly by up to this fraction, 0 to 1
 * @param maxRetryAfter the longest {@code Retry-After} waited for within one call, not negative
 */
public record CalComRetry(int maxRetries, Duration baseDelay, Duration maxDelay, double jitter,
        Duration maxRetryAfter) {

    /**
     * @throws NullPointerException if a duration is null
     * @throws IllegalArgumentException if a value is out of the range stated above
     */
    public CalComRetry {
        if (maxRetries < 0 || maxRetries > 10) {
            throw new IllegalArgumentException("maxRetries must be 0 to 10");
        }
        positive(baseDelay, "retryBaseDelay");
        if (Objects.requireNonNull(maxDelay, "maxDelay").compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException("retryMaxDelay must not be below retryBaseDelay");
        }
        if (!(jitter >= 0 && jitter <= 1)) {
            throw new IllegalArgumentException("retryJitter must be within 0 and 1");
        }
        notNegative(maxRetryAfter, "maxRetryAfter");
    }

    /** 3 retries, 200 ms to 5 s, ±20 % jitter, {@code Retry-After} up to 10 s. */
    public static CalComRetry defaults() {
        return new CalComRetry(3, Duration.ofMillis(200), Duration.ofSeconds(5), 0.2, Duration.ofSeconds(10));
    }

    static Duration positive(Duration d, String name) {
        if (Objects.requireNonNull(d, name).isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
        return d;
    }

    static Duration notNegative(Duration d, String name) {
        if (Objects.requireNonNull(d, name).isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative");
        }
        return d;
    }
}
