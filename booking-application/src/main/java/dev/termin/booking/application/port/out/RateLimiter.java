package dev.termin.booking.application.port.out;

import java.time.Duration;
import java.time.Instant;

/**
 * Outgoing port for request rate limits per key (an API key): a fixed budget per window shared by every instance
 * that uses the same store. Implementations are thread-safe.
 */
public interface RateLimiter {

    /** The answer for one request. */
    sealed interface Decision permits Decision.Allowed, Decision.Limited {
        record Allowed(long remaining) implements Decision {
        }

        record Limited(Duration retryAfter) implements Decision {
        }
    }

    Decision tryAcquire(String key, Instant now);
}
