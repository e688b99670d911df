package dev.termin.booking.adapter.calcom;

import java.util.List;

/** What {@link SegmentEventTypes#ensure} did to a branch's segment event types. Immutable and thread-safe. */
public record EnsureReport(
        List<SegmentEventType> created,
        List<SegmentEventType> updated,
        List<SegmentEventType> deleted,
        List<SegmentEventType> unchanged) {

    public EnsureReport {
        created = List.copyOf(created);
        updated = List.copyOf(updated);
        deleted = List.copyOf(deleted);
        unchanged = List.copyOf(unchanged);
    }

    /** True when Cal.com already matched the catalogue. */
    public boolean nothingChanged() {
        return created.isEmpty() && updated.isEmpty() && deleted.isEmpty();
    }
}
