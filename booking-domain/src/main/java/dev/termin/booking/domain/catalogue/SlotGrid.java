package dev.termin.booking.domain.catalogue;

import java.util.Locale;

/**
 * Where a service's starts lie. See {@code docs/model.md} for pictures.
 *
 * <ul>
 *   <li>{@link #CLOCK} (default): every slot interval counted from local midnight (:00 :15 :30 :45); the interval
 *       must divide a day.</li>
 *   <li>{@link #FREE_RANGE}: every slot interval counted from the start of each free range of the staff member
 *       (working, not on a break, off or blocked, and not busy), so that a 50-minute service packs a free morning
 *       09:00, 09:50, 10:40 … and the first start after an appointment is the moment it ends.</li>
 * </ul>
 */
public enum SlotGrid {
    CLOCK, FREE_RANGE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException for an unknown code */
    public static SlotGrid fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
