package dev.termin.booking.application;

import dev.termin.booking.domain.Checks;
import java.time.Duration;
import java.util.Objects;

/**
 * Tunables of the engine. {@link #defaults()}: answer from local data with a warning when the external calendar
 * is unreachable; slot locks live 10 s and a booking waits at most 3 s for one; idempotency keys live 24 h and an
 * in-flight claim is taken over after 60 s; alternatives are searched up to 14 days away; national phone numbers
 * get country code 49; outbox messages are retried up to 5 times with backoff from 30 s to 30 min. Immutable.
 */
public record EngineSettings(
        ExternalCalendarFallback externalCalendarFallback,
        Duration lockTtl,
        Duration lockWait,
        Duration idempotencyTtl,
        Duration idempotencyInFlightTimeout,
        int alternativesMaxDays,
        String defaultCountryCode,
        int syncMaxAttempts,
        Duration syncBaseBackoff,
        Duration syncMaxBackoff) {

    /** What availability and booking do when the external calendar cannot be asked. */
    public enum ExternalCalendarFallback {
        /** Answer from local data and add a warning. */
        WARN,
        /** Fail with {@code service_unavailable}. */
        REFUSE
    }

    public EngineSettings {
        Objects.requireNonNull(externalCalendarFallback, "externalCalendarFallback");
        Checks.positive(lockTtl, "lockTtl");
        Checks.notNegative(lockWait, "lockWait");
        Checks.positive(idempotencyTtl, "idempotencyTtl");
        Checks.positive(idempotencyInFlightTimeout, "idempotencyInFlightTimeout");
        if (alternativesMaxDays < 0 || alternativesMaxDays > 60) {
            throw new IllegalArgumentException("'alternativesMaxDays' must be 0 to 60");
        }
        if (!defaultCountryCode.matches("[1-9][0-9]{0,2}")) {
            throw new IllegalArgumentException("'defaultCountryCode' must be 1 to 3 digits, e.g. 49");
        }
        if (syncMaxAttempts < 1) {
            throw new IllegalArgumentException("'syncMaxAttempts' must be at least 1");
        }
        Checks.positive(syncBaseBackoff, "syncBaseBackoff");
        Checks.positive(syncMaxBackoff, "syncMaxBackoff");
    }

    public static EngineSettings defaults() {
        return new EngineSettings(ExternalCalendarFallback.WARN, Duration.ofSeconds(10), Duration.ofSeconds(3),
                Duration.ofHours(24), Duration.ofSeconds(60), 14, "49", 5, Duration.ofSeconds(30),
                Duration.ofMinutes(30));
    }

    public EngineSettings withExternalCalendarFallback(ExternalCalendarFallback fallback) {
        return new EngineSettings(fallback, lockTtl, lockWait, idempotencyTtl, idempotencyInFlightTimeout,
                alternativesMaxDays, defaultCountryCode, syncMaxAttempts, syncBaseBackoff, syncMaxBackoff);
    }

    public EngineSettings withSyncRetry(int maxAttempts, Duration base, Duration max) {
        return new EngineSettings(externalCalendarFallback, lockTtl, lockWait, idempotencyTtl,
                idempotencyInFlightTimeout, alternativesMaxDays, defaultCountryCode, maxAttempts, base, max);
    }
}
