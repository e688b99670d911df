package dev.termin.booking.domain.policy;

import dev.termin.booking.domain.Checks;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Daily limits and spacing for one search, as the tenant (staff limits, gap) and the service (its own daily
 * maximum) set them; empty values mean no limit. {@link #NONE} limits nothing and asks for no gap. Immutable.
 *
 * <ul>
 *   <li>{@code staffAppointmentsPerDay}: at most that many appointments and holds per staff member per local day;
 *   <li>{@code staffMinutesPerDay}: at most that much occupied work time (buffers included) per staff member per
 *       local day;
 *   <li>{@code serviceAppointmentsPerDay}: at most that many appointments and holds of the searched service per
 *       local day in the branch;
 *   <li>{@code minimumGap}: free time a staff member keeps between the occupied time of two of their
 *       appointments or holds (zero: none).
 * </ul>
 */
public record BookingLimits(
        Optional<Integer> staffAppointmentsPerDay,
        Optional<Duration> staffMinutesPerDay,
        Optional<Integer> serviceAppointmentsPerDay,
        Duration minimumGap) {

    public static final BookingLimits NONE = new BookingLimits(Optional.empty(), Optional.empty(), Optional.empty(),
            Duration.ZERO);

    public BookingLimits {
        positive(staffAppointmentsPerDay, "staffAppointmentsPerDay");
        Objects.requireNonNull(staffMinutesPerDay, "staffMinutesPerDay")
                .ifPresent(d -> Checks.wholeMinutes(Checks.positive(d, "staffMinutesPerDay"), "staffMinutesPerDay"));
        positive(serviceAppointmentsPerDay, "serviceAppointmentsPerDay");
        Checks.wholeMinutes(Checks.notNegative(minimumGap, "minimumGap"), "minimumGap");
        if (minimumGap.compareTo(Duration.ofHours(12)) > 0) {
            throw new IllegalArgumentException("'minimumGap' must be at most 12 hours");
        }
    }

    private static void positive(Optional<Integer> value, String name) {
        Objects.requireNonNull(value, name).ifPresent(v -> {
            if (v < 1) {
                throw new IllegalArgumentException("'" + name + "' must be at least 1");
            }
        });
    }

    public BookingLimits withStaffAppointmentsPerDay(int max) {
        return new BookingLimits(Optional.of(max), staffMinutesPerDay, serviceAppointmentsPerDay, minimumGap);
    }

    public BookingLimits withStaffMinutesPerDay(Duration max) {
        return new BookingLimits(staffAppointmentsPerDay, Optional.of(max), serviceAppointmentsPerDay, minimumGap);
    }

    public BookingLimits withServiceAppointmentsPerDay(int max) {
        return new BookingLimits(staffAppointmentsPerDay, staffMinutesPerDay, Optional.of(max), minimumGap);
    }

    public BookingLimits withMinimumGap(Duration gap) {
        return new BookingLimits(staffAppointmentsPerDay, staffMinutesPerDay, serviceAppointmentsPerDay, gap);
    }
}
