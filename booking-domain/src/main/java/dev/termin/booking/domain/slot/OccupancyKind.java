package dev.termin.booking.domain.slot;

import java.util.Locale;

/** How an occupied interval blocks its staff member; see {@link Occupancy#conflictsWith(Occupancy)}. */
public enum OccupancyKind {
    /** Work on a customer, including buffers: nothing else may overlap. */
    WORK,
    /** A pause under the {@code blocked} or {@code never} policy: occupies like work. */
    BLOCKED_PAUSE,
    /** A pause under the {@code flexible} policy: another booking may use it only by fitting entirely inside. */
    FLEXIBLE_PAUSE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OccupancyKind fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    public boolean isExclusive() {
        return this != FLEXIBLE_PAUSE;
    }
}
