package dev.termin.booking.application.port.in;

import dev.termin.booking.domain.appointment.AppointmentId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What Termin did with one change of an external booking: the action, the appointment concerned (if any) and a
 * sentence for the report. Immutable.
 */
public record ExternalChangeOutcome(Action action, String uid, Optional<AppointmentId> appointment, String detail) {

    /** The possible actions; only {@link #changesTermin()} ones appear in a reconciliation's changes. */
    public enum Action {
        /** A booking made directly in the calendar became an appointment. */
        IMPORTED,
        /** The appointment was cancelled because its booking was cancelled or rejected in the calendar. */
        CANCELLED,
        /** The appointment moved to the booking's new time. */
        MOVED,
        /** The calendar's booking now has another uid (a move to the same time); Termin follows it. */
        RELINKED,
        /** The change would double-book; the appointment named is flagged for manual review. */
        FLAGGED,
        /** Termin already agrees with the calendar. */
        UNCHANGED,
        /** An older or repeated delivery of a change already applied. */
        STALE,
        /** Nothing Termin can or should do (e.g. a booking cancelled before it was ever imported). */
        IGNORED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Whether the action changed an appointment. */
        public boolean changesTermin() {
            return this == IMPORTED || this == CANCELLED || this == MOVED || this == RELINKED || this == FLAGGED;
        }
    }

    public ExternalChangeOutcome {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(appointment, "appointment");
        Objects.requireNonNull(detail, "detail");
    }
}
