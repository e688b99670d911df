package dev.termin.booking.domain.slot;

import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.time.TimeInterval;
import java.util.Objects;

/**
 * One work segment of a booked or offered slot: which segment ({@code index} of {@code total}, 1-based),
 * who does it, and when. Plain services have a single segment keyed {@code main}. Immutable.
 */
public record SegmentAssignment(String key, String name, int index, int total, StaffId staff, TimeInterval interval) {

    public SegmentAssignment {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(interval, "interval");
        if (index < 1 || index > total) {
            throw new IllegalArgumentException("segment index " + index + " outside 1.." + total);
        }
    }

    /** The German label of the segment as shown in external calendars, e.g. "1 von 4". */
    public String label() {
        return index + " von " + total;
    }
}
