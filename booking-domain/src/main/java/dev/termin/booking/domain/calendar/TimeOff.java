package dev.termin.booking.domain.calendar;

import dev.termin.booking.domain.time.TimeInterval;
import java.util.Objects;

/** A period a staff member is away (vacation, sick leave, a doctor's visit). Immutable. */
public record TimeOff(TimeInterval period, String reason) {

    public TimeOff {
        Objects.requireNonNull(period, "period");
        reason = reason == null ? "" : reason;
        if (reason.length() > 200) {
            throw new IllegalArgumentException("time-off reason must be at most 200 characters");
        }
    }
}
