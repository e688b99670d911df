package dev.termin.booking.domain.catalogue;

import java.util.Objects;
import java.util.Optional;

/**
 * Units of a resource type a service takes: for the customer's whole time, or only during one work segment
 * ({@code segment}, a segment key; a plain service's only segment is {@code main}). Immutable.
 */
public record ResourceNeed(ResourceTypeId type, int units, Optional<String> segment) {

    public ResourceNeed {
        Objects.requireNonNull(type, "type");
        if (units < 1 || units > 1000) {
            throw new IllegalArgumentException("'units' must be 1 to 1000");
        }
        Objects.requireNonNull(segment, "segment");
    }

    /** {@code units} of {@code type} for the customer's whole time. */
    public static ResourceNeed whole(ResourceTypeId type, int units) {
        return new ResourceNeed(type, units, Optional.empty());
    }

    /** {@code units} of {@code type} during the segment keyed {@code segmentKey}. */
    public static ResourceNeed during(String segmentKey, ResourceTypeId type, int units) {
        return new ResourceNeed(type, units, Optional.of(segmentKey));
    }
}
