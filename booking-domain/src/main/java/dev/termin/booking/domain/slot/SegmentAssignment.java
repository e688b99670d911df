package dev.termin.booking.domain.slot;

import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.time.TimeInterval;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One work segment of a booked or offered slot: which segment ({@code index} of {@code total}, 1-based),
 * who does it, who else works on it at the same time ({@code together}, default none), and when. Plain services
 * have a single segment keyed {@code main}. Immutable.
 */
public record SegmentAssignment(String key, String name, int index, int total, StaffId staff, TimeInterval interval,
        List<StaffId> together) {

    public SegmentAssignment {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(interval, "interval");
        if (index < 1 || index > total) {
            throw new IllegalArgumentException("segment index " + index + " outside 1.." + total);
        }
        together = List.copyOf(together);
        if (together.contains(staff)) {
            throw new IllegalArgumentException("staff " + staff + " is named twice on segment " + key);
        }
    }

    /** A segment done by one staff member. */
    public SegmentAssignment(String key, String name, int index, int total, StaffId staff, TimeInterval interval) {
        this(key, name, index, total, staff, interval, List.of());
    }

    /** Everybody who works on the segment: {@code staff} first, then {@code together}. */
    public List<StaffId> allStaff() {
        List<StaffId> out = new ArrayList<>(together.size() + 1);
        out.add(staff);
        out.addAll(together);
        return out;
    }

    /** The German label of the segment as shown in external calendars, e.g. "1 von 4". */
    public String label() {
        return index + " von " + total;
    }
}
