package dev.termin.booking.domain.appointment;

import java.util.Locale;

/**
 * Where an appointment stands with the external calendar. {@code NOT_REQUIRED} marks appointments of a tenant
 * without an external calendar, so they never count as pending.
 */
public enum SyncStatus {
    PENDING, SYNCED, FAILED, NOT_REQUIRED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SyncStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
