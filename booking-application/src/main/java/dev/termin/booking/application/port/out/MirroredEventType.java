package dev.termin.booking.application.port.out;

import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.ServiceId;
import java.util.Objects;

/**
 * An event type the external calendar holds for one work segment of a composite service of a branch: its
 * deterministic slug, the calendar's id for it, and the title, length and visibility it was made with. Immutable.
 */
public record MirroredEventType(BranchId branch, ServiceId service, String segmentKey, String slug, long eventTypeId,
        String title, int lengthMinutes, boolean hidden) {

    public MirroredEventType {
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(segmentKey, "segmentKey");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        if (slug.isBlank() || slug.length() > 200 || segmentKey.isBlank() || segmentKey.length() > 64
                || title.length() > 300) {
            throw new IllegalArgumentException("slug (1-200), segment key (1-64) or title (0-300) out of range");
        }
        if (eventTypeId <= 0 || lengthMinutes <= 0) {
            throw new IllegalArgumentException("eventTypeId and lengthMinutes must be positive");
        }
    }
}
