package dev.termin.booking.domain.appointment;

import java.util.Locale;

/**
 * The channel a booking came through. {@code CALCOM} marks an appointment imported from a booking made directly in
 * the external calendar: Termin did not make it, it mirrors it.
 */
public enum Source {
    PHONE, WEB, API, DESK, CALCOM;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Source fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
