package dev.termin.booking.domain.waitlist;

import java.util.Locale;

/** Lifecycle of a waitlist entry: waiting → offered (a slot was offered) → waiting again or removed. */
public enum WaitlistStatus {
    WAITING, OFFERED, REMOVED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static WaitlistStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
