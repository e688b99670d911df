package dev.termin.booking.domain.waitlist;

/**
 * What else a waiting customer accepts besides exactly the service and staff member asked for. Immutable.
 *
 * @param anyStaff another staff member will do, although the entry named one (an entry naming nobody takes anyone
 *     anyway)
 * @param compatibleService a freed time of another service will do when the customer's own service fits into it:
 *     the staff member of the freed time performs it and it is no longer than the freed time (see
 *     {@link FreedSlot#of})
 */
public record WaitlistFlexibility(boolean anyStaff, boolean compatibleService) {

    /** Exactly what was asked for. */
    public static final WaitlistFlexibility NONE = new WaitlistFlexibility(false, false);
}
