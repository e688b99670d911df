package dev.termin.booking.domain.appointment;

import dev.termin.booking.domain.Checks;
import java.time.Instant;
import java.util.Objects;

/** Who moved an appointment to an attendance status (arrived, completed, no-show) and when. Immutable. */
public record StatusChange(AppointmentStatus status, String by, Instant at) {

    public StatusChange {
        Objects.requireNonNull(status, "status");
        by = Checks.text(by, "by", 1, 200);
        Objects.requireNonNull(at, "at");
    }
}
