package dev.termin.booking.domain.appointment;

import java.util.Locale;

/** The channel a booking came through. */
public enum Source {
    PHONE, WEB, API, DESK;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Source fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
