package dev.termin.booking.domain.hold;

import java.util.Locale;

/** Lifecycle of a hold: active → converted | expired | cancelled. */
public enum HoldStatus {
    ACTIVE, CONVERTED, EXPIRED, CANCELLED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static HoldStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
