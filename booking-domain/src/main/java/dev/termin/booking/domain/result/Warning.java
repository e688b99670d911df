package dev.termin.booking.domain.result;

import java.util.Objects;

/** Something the caller should know about a successful outcome, e.g. {@code calendar_sync_pending}. Immutable. */
public record Warning(String code, String message) {

    public static final String CALENDAR_SYNC_PENDING = "calendar_sync_pending";
    public static final String EXTERNAL_CALENDAR_UNAVAILABLE = "external_calendar_unavailable";
    /**
     * The outcome is the stored one of an earlier request with the same idempotency key (a retry); on a failure the
     * same code is a key of {@link Result.Failure#details()}. A server shows it as a header, not in the body.
     */
    public static final String IDEMPOTENT_REPLAY = "idempotent_replay";

    public Warning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
