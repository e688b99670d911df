package dev.termin.booking.adapter.http.config;

import dev.termin.booking.application.settings.EngineSettings;
import dev.termin.booking.application.settings.EngineSettings.ExternalCalendarFallback;
import java.util.Locale;

/** Reads the engine's {@link EngineSettings}: {@link EngineSettings#defaults()} with the variables that are set. */
public final class EngineVariables {

    /** {@code warn} (default: answer from local data with a warning) or {@code refuse} when Cal.com is down. */
    public static final String CALENDAR_FALLBACK = "TERMIN_CALENDAR_FALLBACK";

    private EngineVariables() {
    }

    /** @throws InvalidSettingException if a value is malformed */
    public static EngineSettings read(Environment env) {
        return EngineSettings.defaults().withExternalCalendarFallback(calendarFallback(env));
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
