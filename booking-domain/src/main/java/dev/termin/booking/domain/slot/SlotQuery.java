package dev.termin.booking.domain.slot;

import dev.termin.booking.domain.catalogue.StaffId;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A slot search: local dates {@code from} to {@code to} (inclusive, at most 93 days), an optional staff
 * preference (empty: any qualified staff), and the asking owner, whose own holds do not block. Immutable.
 */
public record SlotQuery(LocalDate from, LocalDate to, Optional<StaffId> staff, Optional<String> owner) {

    public static final int MAX_DAYS = 93;

    public SlotQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(owner, "owner");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("'to' must not be before 'from'");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new IllegalArgumentException("a search covers at most " + MAX_DAYS + " days");
        }
    }

    public static SlotQuery days(LocalDate from, LocalDate to) {
        return new SlotQuery(from, to, Optional.empty(), Optional.empty());
    }
}
