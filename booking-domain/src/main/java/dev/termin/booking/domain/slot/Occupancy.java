package dev.termin.booking.domain.slot;

import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.time.TimeInterval;
import java.util.Objects;

/**
 * An interval of one staff member's time that an appointment or hold takes. This is the unit the
 * no-double-booking guarantee is stated in: no two exclusive occupancies of one staff member overlap. Immutable.
 */
public record Occupancy(StaffId staff, TimeInterval interval, OccupancyKind kind) {

    public Occupancy {
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * Two occupancies conflict when they are of the same staff member and either both are exclusive and overlap,
     * or one is a flexible pause that the other overlaps without lying entirely inside it. Two flexible pauses
     * never conflict: nobody works in either.
     */
    public boolean conflictsWith(Occupancy other) {
        if (!staff.equals(other.staff) || !interval.overlaps(other.interval)) {
            return false;
        }
        if (kind.isExclusive() && other.kind.isExclusive()) {
            return true;
        }
        if (!kind.isExclusive() && !other.kind.isExclusive()) {
            return false;
        }
        Occupancy pause = kind.isExclusive() ? other : this;
        Occupancy work = kind.isExclusive() ? this : other;
        return !pause.interval.contains(work.interval);
    }
}
