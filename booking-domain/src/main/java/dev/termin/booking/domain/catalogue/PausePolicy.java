package dev.termin.booking.domain.catalogue;

import java.util.Locale;

/**
 * What the pauses of a composite service mean for the staff involved. See {@code docs/model.md}.
 *
 * <ul>
 *   <li>{@link #FREE}: the pause occupies nobody; any booking may overlap it.</li>
 *   <li>{@link #BLOCKED}: the staff member of the segment before the pause stays with the customer; the pause
 *       occupies that one person like work.</li>
 *   <li>{@link #FLEXIBLE}: the pause may be used, but only by bookings whose occupied time (buffers included)
 *       lies entirely inside it; partial overlaps are refused.</li>
 *   <li>{@link #NEVER}: nobody who works on any segment of this appointment may take another booking during any
 *       of its pauses. Unlike {@code BLOCKED}, which holds one person, it holds every staff member involved.</li>
 * </ul>
 */
public enum PausePolicy {
    FREE, BLOCKED, FLEXIBLE, NEVER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException for an unknown code */
    public static PausePolicy fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
