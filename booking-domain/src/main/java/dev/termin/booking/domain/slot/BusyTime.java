package dev.termin.booking.domain.slot;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Staff time already taken, with where it comes from so that an explanation can name it: an appointment (its
 * id), a hold (its owner, so the owner's own holds can be ignored), or the external calendar. Immutable.
 */
public record BusyTime(Occupancy occupancy, Origin origin, String reference, Optional<String> holdOwner) {

    /** Where busy time comes from. */
    public enum Origin {
        APPOINTMENT, HOLD, EXTERNAL_CALENDAR;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public BusyTime {
        Objects.requireNonNull(occupancy, "occupancy");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(holdOwner, "holdOwner");
        if (origin == Origin.HOLD && holdOwner.isEmpty()) {
            throw new IllegalArgumentException("a hold's busy time names its owner");
        }
    }

    public static BusyTime appointment(Occupancy occupancy, String appointmentId) {
        return new BusyTime(occupancy, Origin.APPOINTMENT, appointmentId, Optional.empty());
    }

    public static BusyTime hold(Occupancy occupancy, String token, String owner) {
        return new BusyTime(occupancy, Origin.HOLD, token, Optional.of(owner));
    }

    public static BusyTime external(Occupancy occupancy, String reference) {
        return new BusyTime(occupancy, Origin.EXTERNAL_CALENDAR, reference, Optional.empty());
    }

    /** True when this busy time blocks a booking by {@code owner} (a hold never blocks its own owner). */
    public boolean blocks(Optional<String> owner) {
        return origin != Origin.HOLD || owner.isEmpty() || !holdOwner.equals(owner);
    }

    /**
     * True when this busy time blocks a booking by {@code owner} that moves appointment {@code moving}: neither the
     * owner's own holds nor the moved appointment's own occupancies block.
     */
    public boolean blocks(Optional<String> owner, Optional<String> moving) {
        return blocks(owner) && !(origin == Origin.APPOINTMENT && moving.isPresent()
                && moving.get().equals(reference));
    }
}
