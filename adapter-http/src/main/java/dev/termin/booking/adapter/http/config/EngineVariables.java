package dev.termin.booking.adapter.http.config;

import dev.termin.booking.application.settings.EngineSettings;
import dev.termin.booking.application.settings.EngineSettings.ExternalCalendarFallback;
import java.time.Duration;
import java.util.Locale;

/** Reads the engine's {@link EngineSettings}: {@link EngineSettings#defaults()} with the variables that are set. */
public final class EngineVariables {

    /** {@code warn} (default: answer from local data with a warning) or {@code refuse} when Cal.com is down. */
    public static final String CALENDAR_FALLBACK = "TERMIN_CALENDAR_FALLBACK";

    /**
     * After how long an unfinished claim of an idempotency key (its process died before committing) may be taken
     * over by a retry; default 60 s.
     */
    public static final String IDEMPOTENCY_IN_FLIGHT_TIMEOUT = "TERMIN_IDEMPOTENCY_IN_FLIGHT_TIMEOUT";

    private EngineVariables() {
    }

    /** @throws InvalidSettingException if a value is malformed */
    public static EngineSettings read(Environment env) {
        EngineSettings d = EngineSettings.defaults();
        return d.toBuilder().externalCalendarFallback(calendarFallback(env))
                .idempotencyInFlightTimeout(env.duration(IDEMPOTENCY_IN_FLIGHT_TIMEOUT, d.idempotencyInFlightTimeout(),
                        Duration.ofSeconds(1)))
                .build();
    }

    /** {@value #CALENDAR_FALLBACK}, default {@code warn}; case does not matter. */
    static ExternalCalendarFallback calendarFallback(Environment env) {
        String value = env.text(CALENDAR_FALLBACK).orElse("warn");
        try {
            return ExternalCalendarFallback.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(CALENDAR_FALLBACK, "must be 'warn' or 'refuse' (got '" + value + "')");
        }
    }
}
