package dev.termin.booking.domain.slot;

import dev.termin.booking.domain.catalogue.StaffId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One reason a requested start is not bookable, for a staff member when it concerns one, with a reference to
 * the conflicting appointment (or the block) where there is one. Holds of other owners are never identified.
 * Immutable.
 */
public record Reason(Code code, String message, Optional<StaffId> staff, Optional<String> reference) {

    /** Stable reason codes. */
    public enum Code {
        OFF_GRID, NOTICE_TOO_SHORT, TOO_FAR_AHEAD, CLOSED, HOLIDAY, STAFF_NOT_QUALIFIED, STAFF_TIME_OFF,
        OUTSIDE_STAFF_HOURS, STAFF_BREAK, APPOINTMENT_CONFLICT, PAUSE_POLICY, HELD_BY_OTHER_OWNER,
        EXTERNAL_CALENDAR_BUSY, SEGMENT_STAFF_UNAVAILABLE, TIME_BLOCK, STAFF_DAILY_APPOINTMENTS,
        STAFF_DAILY_MINUTES, SERVICE_DAILY_APPOINTMENTS, MINIMUM_GAP, RESOURCE_UNAVAILABLE,
        NOT_ENOUGH_STAFF;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Reason {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(reference, "reference");
    }

    static Reason general(Code code, String message) {
        return new Reason(code, message, Optional.empty(), Optional.empty());
    }

    static Reason of(Code code, StaffId staff, String message) {
        return new Reason(code, message, Optional.of(staff), Optional.empty());
    }

    static Reason of(Code code, StaffId staff, String message, String reference) {
        return new Reason(code, message, Optional.of(staff), Optional.of(reference));
    }
}
