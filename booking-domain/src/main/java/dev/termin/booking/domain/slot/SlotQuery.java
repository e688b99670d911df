package dev.termin.booking.domain.slot;

import dev.termin.booking.domain.catalogue.StaffId;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A slot search: local dates {@code from} to {@code to} (inclusive, at most 93 days), an optional staff
 * preference (empty: any qualified staff), the asking owner, whose own holds do not block, and optionally the id
 * of an appointment being moved, whose own occupancies do not block either (default: none). Immutable.
 */
public record SlotQuery(LocalDate from, LocalDate to, Optional<StaffId> staff, Optional<String> owner,
        Optional<String> moving) {

    public static final int MAX_DAYS = 93;

    public SlotQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(moving, "moving");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("'to' must not be before 'from'");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new IllegalArgumentException("a search covers at most " + MAX_DAYS + " days");
        }
    }

    /** A search that moves no appointment. */
    public SlotQuery(LocalDate from, LocalDate to, Optional<StaffId> staff, Optional<String> owner) {
        this(from, to, staff, owner, Optional.empty());
    }

    /** This search on behalf of moving appointment {@code appointmentId}: its own time counts as free. */
    public SlotQuery moving(String appointmentId) {
        return new SlotQuery(from, to, staff, owner, Optional.of(appointmentId));
    }

    public static SlotQuery days(LocalDate from, LocalDate to) {
        return new SlotQuery(from, to, Optional.empty(), Optional.empty());
    }
}
