package dev.termin.booking.domain.sync;

import java.util.Locale;

/** The state of the circuit breaker in front of the external calendar, as reported by the adapter; immutable. */
public enum CircuitState {
    /** Calls go through normally. */
    CLOSED,
    /** Calls are refused without trying: the calendar failed too often and nothing is being synced. */
    OPEN,
    /** A trial call is allowed to test whether the calendar is back. */
    HALF_OPEN,
    /** The tenant has no external calendar, or no breaker is in front of it. */
    NOT_CONFIGURED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CircuitState fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
