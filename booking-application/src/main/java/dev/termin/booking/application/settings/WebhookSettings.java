package dev.termin.booking.application.settings;

import dev.termin.booking.domain.Checks;
import java.time.Duration;

/**
 * How webhooks are delivered; {@link #defaults()} states every default. Immutable and thread-safe.
 *
 * @param maxAttempts attempts per delivery before it is given up as failed; default 8
 * @param baseBackoff the wait before the first retry, doubled per attempt; default 30 s
 * @param maxBackoff the longest wait between attempts; default 1 h
 * @param jitter the share of each wait taken off at random, so that many retries do not arrive together; default 0.2
 * @param disableAfter failed attempts in a row (over all deliveries) after which an endpoint is disabled; default 15
 * @param timeout how long one attempt waits for the endpoint's answer; default 10 s
 */
public record WebhookSettings(int maxAttempts, Duration baseBackoff, Duration maxBackoff, double jitter,
        int disableAfter, Duration timeout) {

    public WebhookSettings {
        if (maxAttempts < 1 || maxAttempts > 50) {
            throw new IllegalArgumentException("'maxAttempts' must be 1 to 50");
        }
        Checks.positive(baseBackoff, "baseBackoff");
        Checks.positive(maxBackoff, "maxBackoff");
        if (maxBackoff.compareTo(baseBackoff) < 0) {
            throw new IllegalArgumentException("'maxBackoff' must not be shorter than 'baseBackoff'");
        }
        if (!(jitter >= 0 && jitter < 1)) {
            throw new IllegalArgumentException("'jitter' must be at least 0 and below 1");
        }
        if (disableAfter < 1) {
            throw new IllegalArgumentException("'disableAfter' must be positive");
        }
        Checks.positive(timeout, "timeout");
    }

    public static WebhookSettings defaults() {
        return new WebhookSettings(8, Duration.ofSeconds(30), Duration.ofHours(1), 0.2, 15, Duration.ofSeconds(10));
    }

    /** The wait after failed attempt number {@code attempt} (1-based) before jitter. */
    public Duration backoff(int attempt) {
        Duration d = baseBackoff;
        for (int i = 1; i < attempt && d.compareTo(maxBackoff) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
    }
}
