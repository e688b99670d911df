package dev.termin.booking.domain.result;

import java.util.Objects;

/** Something the caller should know about a successful outcome, e.g. {@code calendar_sync_pending}. Immutable. */
public record Warning(String code, String message) {

    public static final String CALENDAR_SYNC_PENDING = "calendar_sync_pending";
    public static final String EXTERNAL_CALENDAR_UNAVAILABLE = "external_calendar_unavailable";

    public Warning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
