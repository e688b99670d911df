package dev.termin.booking.domain.slot;

import dev.termin.booking.domain.catalogue.ResourceTypeId;
import dev.termin.booking.domain.time.TimeInterval;
import java.util.Objects;

/**
 * Units of one resource type that an appointment or hold takes for an interval. The no-over-use guarantee is
 * stated in it: at no instant do the occupancies of a type add up to more than its count. Immutable.
 */
public record ResourceOccupancy(ResourceTypeId type, int units, TimeInterval interval) {

    public ResourceOccupancy {
        Objects.requireNonNull(type, "type");
        if (units < 1) {
            throw new IllegalArgumentException("'units' must be at least 1");
        }
        Objects.requireNonNull(interval, "interval");
    }
}
