package dev.termin.booking.domain.slot;

import dev.termin.booking.domain.catalogue.ServiceId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Staff time already taken, with where it comes from so that an explanation can name it: an appointment (its
 * id), a hold (its owner, so the owner's own holds can be ignored), or the external calendar; and, for an
 * appointment or hold, its service where known (daily limits per service count only busy times that name it;
 * default unknown). Immutable.
 */
public record BusyTime(Occupancy occupancy, Origin origin, String reference, Optional<String> holdOwner,
        Optional<ServiceId> service) {

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
        Objects.requireNonNull(service, "service");
        if (origin == Origin.HOLD && holdOwner.isEmpty()) {
            throw new IllegalArgumentException("a hold's busy time names its owner");
        }
    }

    /** Busy time whose service is not known. */
    public BusyTime(Occupancy occupancy, Origin origin, String reference, Optional<String> holdOwner) {
        this(occupancy, origin, reference, holdOwner, Optional.empty());
    }

    public static BusyTime appointment(Occupancy occupancy, String appointmentId) {
        return new BusyTime(occupancy, Origin.APPOINTMENT, appointmentId, Optional.empty());
    }

    public static BusyTime appointment(Occupancy occupancy, String appointmentId, ServiceId service) {
        return new BusyTime(occupancy, Origin.APPOINTMENT, appointmentId, Optional.empty(), Optional.of(service));
    }

    public static BusyTime hold(Occupancy occupancy, String token, String owner) {
        return new BusyTime(occupancy, Origin.HOLD, token, Optional.of(owner));
    }

    public static BusyTime hold(Occupancy occupancy, String token, String owner, ServiceId service) {
        return new BusyTime(occupancy, Origin.HOLD, token, Optional.of(owner), Optional.of(service));
    }

    public static BusyTime external(Occupancy occupancy, String reference) {
        return new BusyTime(occupancy, Origin.EXTERNAL_CALENDAR, reference, Optional.empty());
    }

    /** True for an appointment or a hold: a booking of this engine, which daily limits and the gap count. */
    public boolean isBooking() {
        return origin != Origin.EXTERNAL_CALENDAR;
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
