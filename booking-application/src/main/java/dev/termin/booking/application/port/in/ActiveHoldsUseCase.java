package dev.termin.booking.application.port.in;

import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.hold.Hold;
import dev.termin.booking.domain.time.TimeInterval;
import java.util.List;

/**
 * Incoming port for the holds the schedule shows: time reserved by a caller or a booking page that is not booked
 * yet. A hold that was converted, released or has expired is not among them.
 */
public interface ActiveHoldsUseCase {

    /**
     * The holds of {@code branch}'s staff that are active at the engine's current time and occupy part of
     * {@code range}, by start.
     */
    List<Hold> activeHolds(TenantId tenant, BranchId branch, TimeInterval range);
}
