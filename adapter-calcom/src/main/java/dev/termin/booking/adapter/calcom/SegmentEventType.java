package dev.termin.booking.adapter.calcom;

import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.ServiceId;
import java.util.Objects;

/**
 * The hidden Cal.com event type that one work segment of a composite service is booked on, in one branch: its
 * stable slug ({@code COMPANY-BRANCH-SERVICE-SEGMENT}), Cal.com id, title (the segment's name), length and hidden
 * flag. Immutable and thread-safe.
 */
public record SegmentEventType(
        BranchId branch,
        ServiceId service,
        String segmentKey,
        String slug,
        long eventTypeId,
        String title,
        int lengthMinutes,
        boolean hidden) {

    public SegmentEventType {
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(segmentKey, "segmentKey");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        if (eventTypeId <= 0) {
            throw new IllegalArgumentException("eventTypeId must be positive");
        }
        if (lengthMinutes <= 0) {
            throw new IllegalArgumentException("lengthMinutes must be positive");
        }
    }
}
