package dev.termin.booking.domain.slot;

import java.util.Objects;
import java.util.Optional;

/**
 * Resource units already taken by an appointment (its id) or a hold (its token and owner, so that the owner's own
 * holds can be ignored). Immutable.
 */
public record ResourceUse(ResourceOccupancy occupancy, String reference, Optional<String> holdOwner) {

    public ResourceUse {
        Objects.requireNonNull(occupancy, "occupancy");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(holdOwner, "holdOwner");
    }

    public static ResourceUse appointment(ResourceOccupancy occupancy, String appointmentId) {
        return new ResourceUse(occupancy, appointmentId, Optional.empty());
    }

    public static ResourceUse hold(ResourceOccupancy occupancy, String token, String owner) {
        return new ResourceUse(occupancy, token, Optional.of(owner));
    }

    /**
     * True when this use blocks a booking by {@code owner} that moves appointment {@code moving}: the owner's own
     * holds and the moved appointment's own use do not.
     */
    public boolean blocks(Optional<String> owner, Optional<String> moving) {
        if (holdOwner.isPresent()) {
            return owner.isEmpty() || !holdOwner.equals(owner);
        }
        return moving.map(m -> !m.equals(reference)).orElse(true);
    }
}
