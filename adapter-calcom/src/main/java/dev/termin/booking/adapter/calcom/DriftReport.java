package dev.termin.booking.adapter.calcom;

import java.util.List;
import java.util.Objects;

/**
 * How a tenant's segment event type mapping and Cal.com differ: mapped but {@code missing} in Cal.com, managed by
 * Termin in Cal.com but {@code extra} (not mapped), or {@code changed} in Cal.com (slug, title, length or hidden flag).
 * Immutable and thread-safe.
 */
public record DriftReport(List<SegmentEventType> missing, List<SegmentEventType> extra, List<Change> changed) {

    public DriftReport {
        missing = List.copyOf(missing);
        extra = List.copyOf(extra);
        changed = List.copyOf(changed);
    }

    /** True when the mapping and Cal.com agree. */
    public boolean isClean() {
        return missing.isEmpty() && extra.isEmpty() && changed.isEmpty();
    }

    /** One mapped event type that differs in Cal.com, with the names of the differing fields. Immutable. */
    public record Change(SegmentEventType mapped, SegmentEventType actual, List<String> fields) {
        public Change {
            Objects.requireNonNull(mapped, "mapped");
            Objects.requireNonNull(actual, "actual");
            fields = List.copyOf(fields);
        }
    }
}
