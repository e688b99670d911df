package dev.termin.booking.domain.sync;

import java.util.Locale;

/** How urgent a {@link SyncAlert} is, ordered from least to most urgent; immutable. */
public enum AlertSeverity {
    /** Worth knowing, nothing to do. */
    INFO,
    /** Something needs attention today. */
    WARNING,
    /** Bookings are at risk now, e.g. the external calendar shows booked time as free. */
    CRITICAL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AlertSeverity fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
