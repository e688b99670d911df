package dev.termin.booking.domain.slot;

import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.time.TimeInterval;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A bookable time for a service: the customer's start and end, the staff member who gets it, every work
 * segment with its staff and interval, the staff time it occupies (buffers and pauses per policy), and the
 * resource units it takes (default none). Immutable.
 */
public record Slot(TimeInterval interval, StaffId staff, List<SegmentAssignment> segments,
        List<Occupancy> occupancies, List<ResourceOccupancy> resources) {

    public Slot {
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(staff, "staff");
        segments = List.copyOf(segments);
        occupancies = List.copyOf(occupancies);
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("a slot has at least one segment");
        }
        resources = List.copyOf(resources);
    }

    /** A slot that takes no resources. */
    public Slot(TimeInterval interval, StaffId staff, List<SegmentAssignment> segments,
            List<Occupancy> occupancies) {
        this(interval, staff, segments, occupancies, List.of());
    }

    public Instant start() {
        return interval.start();
    }

    public Instant end() {
        return interval.end();
    }
}
