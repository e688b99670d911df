package dev.termin.booking.application.settings;

import dev.termin.booking.domain.Checks;
import java.time.Duration;
import java.util.Objects;

/**
 * Tunables of the engine; start from {@link #defaults()} or {@link #builder()}, which state every default.
 * Immutable and thread-safe.
 *
 * @param externalCalendarFallback what availability and booking do when the external calendar cannot be asked;
 *        default {@link ExternalCalendarFallback#WARN}
 * @param lockTtl how long a slot lock lives unless released or renewed (it is renewed every third of it while its
 *     write runs, so a dead holder blocks for at most this long); default 5 s
 * @param lockWait how long a booking waits for a slot lock held by a concurrent caller before it leaves the
 *     decision to the database (the holder may have died); default 1 s
 * @param idempotencyTtl how long an idempotency key is remembered; default 24 h
 * @param idempotencyInFlightTimeout after how long an unfinished claim of a key may be taken over; default 60 s
 * @param alternativesMaxDays how many days around the asked time alternatives are searched; default 14 (0 to 60)
 * @param defaultCountryCode the country code given to national phone numbers; default {@code 49}
 * @param syncMaxAttempts how often an outbox message is tried before it is parked; default 5
 * @param syncBaseBackoff the wait before the first retry, doubled per attempt; default 30 s
 * @param syncMaxBackoff the longest wait between retries; default 30 min
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

    /**
     * Checks every value.
     *
     * @throws NullPointerException if a value is null
     * @throws IllegalArgumentException if a value is out of range
     */
    public EngineSettings {
        Objects.requireNonNull(externalCalendarFallback, "externalCalendarFallback");
        Checks.positive(lockTtl, "lockTtl");
        Checks.notNegative(lockWait, "lockWait");
        Checks.positive(idempotencyTtl, "idempotencyTtl");
        Checks.positive(idempotencyInFlightTimeout, "idempotencyInFlightTimeout");
        if (alternativesMaxDays < 0 || alternativesMaxDays > 60) {
            throw new IllegalArgumentException("'alternativesMaxDays' must be 0 to 60");
        }
        Objects.requireNonNull(defaultCountryCode, "defaultCountryCode");
        if (!defaultCountryCode.matches("[1-9][0-9]{0,2}")) {
            throw new IllegalArgumentException("'defaultCountryCode' must be 1 to 3 digits, e.g. 49");
        }
        if (syncMaxAttempts < 1) {
            throw new IllegalArgumentException("'syncMaxAttempts' must be at least 1");
        }
        Checks.positive(syncBaseBackoff, "syncBaseBackoff");
        Checks.positive(syncMaxBackoff, "syncMaxBackoff");
    }

    /** Every default listed on this record. */
    public static EngineSettings defaults() {
        return builder().build();
    }

    /** A builder holding every default; set only what differs. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings. */
    public Builder toBuilder() {
        return new Builder().externalCalendarFallback(externalCalendarFallback).lockTtl(lockTtl).lockWait(lockWait)
                .idempotencyTtl(idempotencyTtl).idempotencyInFlightTimeout(idempotencyInFlightTimeout)
                .alternativesMaxDays(alternativesMaxDays).defaultCountryCode(defaultCountryCode)
                .syncRetry(syncMaxAttempts, syncBaseBackoff, syncMaxBackoff);
    }

    /** These settings with another calendar fallback. */
    public EngineSettings withExternalCalendarFallback(ExternalCalendarFallback fallback) {
        return toBuilder().externalCalendarFallback(fallback).build();
    }

    /** These settings with another outbox retry schedule. */
    public EngineSettings withSyncRetry(int maxAttempts, Duration base, Duration max) {
        return toBuilder().syncRetry(maxAttempts, base, max).build();
    }

    /**
     * Builds {@link EngineSettings}; starts with every default and checks the values in {@link #build()}.
     * Not thread-safe.
     */
    public static final class Builder {
        private ExternalCalendarFallback externalCalendarFallback = ExternalCalendarFallback.WARN;
        private Duration lockTtl = Duration.ofSeconds(5);
        private Duration lockWait = Duration.ofSeconds(1);
        private Duration idempotencyTtl = Duration.ofHours(24);
        private Duration idempotencyInFlightTimeout = Duration.ofSeconds(60);
        private int alternativesMaxDays = 14;
        private String defaultCountryCode = "49";
        private int syncMaxAttempts = 5;
        private Duration syncBaseBackoff = Duration.ofSeconds(30);
        private Duration syncMaxBackoff = Duration.ofMinutes(30);

        private Builder() {
        }

        /** Default {@link ExternalCalendarFallback#WARN}. */
        public Builder externalCalendarFallback(ExternalCalendarFallback fallback) {
            this.externalCalendarFallback = fallback;
            return this;
        }

        /** Default 10 s. */
        public Builder lockTtl(Duration ttl) {
            this.lockTtl = ttl;
            return this;
        }

        /** Default 3 s. */
        public Builder lockWait(Duration wait) {
            this.lockWait = wait;
            return this;
        }

        /** Default 24 h. */
        public Builder idempotencyTtl(Duration ttl) {
            this.idempotencyTtl = ttl;
            return this;
        }

        /** Default 60 s. */
        public Builder idempotencyInFlightTimeout(Duration timeout) {
            this.idempotencyInFlightTimeout = timeout;
            return this;
        }

        /** Default 14 days. */
        public Builder alternativesMaxDays(int days) {
            this.alternativesMaxDays = days;
            return this;
        }

        /** Default {@code 49}. */
        public Builder defaultCountryCode(String code) {
            this.defaultCountryCode = code;
            return this;
        }

        /** Default 5 attempts, backoff from 30 s up to 30 min. */
        public Builder syncRetry(int maxAttempts, Duration base, Duration max) {
            this.syncMaxAttempts = maxAttempts;
            this.syncBaseBackoff = base;
            this.syncMaxBackoff = max;
            return this;
        }

        /**
         * The settings.
         *
         * @throws NullPointerException if a value is null
         * @throws IllegalArgumentException if a value is out of range
         */
        public EngineSettings build() {
            return new EngineSettings(externalCalendarFallback, lockTtl, lockWait, idempotencyTtl,
                    idempotencyInFlightTimeout, alternativesMaxDays, defaultCountryCode, syncMaxAttempts,
                    syncBaseBackoff, syncMaxBackoff);
        }
    }
}
