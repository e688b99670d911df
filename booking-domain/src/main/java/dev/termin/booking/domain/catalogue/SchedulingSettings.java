package dev.termin.booking.domain.catalogue;

import dev.termin.booking.domain.Checks;
import dev.termin.booking.domain.policy.BookingLimits;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * A company's scheduling settings. {@link #DEFAULTS}: services created without buffers get none (0 before, 0
 * after), buffers may fall anywhere ({@link BufferPlacement#ANYWHERE}), and nothing is limited
 * ({@link BookingLimits#NONE}; the limits' per-service maximum is the default for services that set none). A salon
 * that wants 15 minutes after every service opts in with {@code DEFAULTS.withDefaultBuffers(ZERO, ofMinutes(15))}.
 * Immutable.
 */
public record SchedulingSettings(Duration defaultBufferBefore, Duration defaultBufferAfter,
        BufferPlacement bufferPlacement, BookingLimits limits) {

    /** Where a service's buffers (staff time before and after the customer's) may lie. */
    public enum BufferPlacement {
        /** Buffers may reach into breaks, time off, blocks and past working hours; only bookings stop them. */
        ANYWHERE,
        /** Buffers must lie in the staff member's working time, outside breaks, time off, holidays and blocks. */
        WORKING_TIME;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** @throws IllegalArgumentException for an unknown code */
        public static BufferPlacement fromCode(String code) {
            return valueOf(code.trim().toUpperCase(Locale.ROOT));
        }
    }

    public static final SchedulingSettings DEFAULTS = new SchedulingSettings(Duration.ZERO, Duration.ZERO,
            BufferPlacement.ANYWHERE, BookingLimits.NONE);

    public SchedulingSettings {
        Checks.wholeMinutes(Checks.notNegative(defaultBufferBefore, "defaultBufferBefore"), "defaultBufferBefore");
        Checks.wholeMinutes(Checks.notNegative(defaultBufferAfter, "defaultBufferAfter"), "defaultBufferAfter");
        if (defaultBufferBefore.plus(defaultBufferAfter).compareTo(Duration.ofHours(4)) > 0) {
            throw new IllegalArgumentException("default buffers add up to at most 4 hours");
        }
        Objects.requireNonNull(bufferPlacement, "bufferPlacement");
        Objects.requireNonNull(limits, "limits");
    }

    public SchedulingSettings withDefaultBuffers(Duration before, Duration after) {
        return new SchedulingSettings(before, after, bufferPlacement, limits);
    }

    public SchedulingSettings withBufferPlacement(BufferPlacement placement) {
        return new SchedulingSettings(defaultBufferBefore, defaultBufferAfter, placement, limits);
    }

    public SchedulingSettings withLimits(BookingLimits newLimits) {
        return new SchedulingSettings(defaultBufferBefore, defaultBufferAfter, bufferPlacement, newLimits);
    }
}
