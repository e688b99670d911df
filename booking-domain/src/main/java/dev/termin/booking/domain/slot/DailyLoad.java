package dev.termin.booking.domain.slot;

import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.policy.BookingLimits;
import dev.termin.booking.domain.slot.Reason.Code;
import dev.termin.booking.domain.time.TimeInterval;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What is already booked per staff member and local day, and per local day of the searched service, from the
 * appointments and holds that count for the asker; checks a candidate against {@link BookingLimits}. Not
 * thread-safe; one instance per search.
 *
 * <p>A booking counts on every local day on which one of its work occupancies starts (normally one day). Booked
 * minutes are the minutes of work occupancies, buffers included: the measure of the "any staff" rule.
 */
final class DailyLoad {

    private record StaffDay(StaffId staff, LocalDate day) {
    }

    private final ZoneId zone;
    private final BookingLimits limits;
    private final Map<StaffDay, Set<String>> staffBookings = new HashMap<>();
    private final Map<StaffDay, Long> staffMinutes = new HashMap<>();
    private final Map<LocalDate, Set<String>> serviceBookings = new HashMap<>();
    private final Map<StaffId, List<BusyTime>> exclusive = new HashMap<>();

    DailyLoad(List<BusyTime> counted, ServiceId service, ZoneId zone, BookingLimits limits) {
        this.zone = zone;
        this.limits = limits;
        for (BusyTime b : counted) {
            if (!b.isBooking()) {
                continue;
            }
            Occupancy o = b.occupancy();
            if (o.kind().isExclusive()) {
                exclusive.computeIfAbsent(o.staff(), k -> new ArrayList<>()).add(b);
            }
            if (o.kind() != OccupancyKind.WORK) {
                continue;
            }
            LocalDate day = day(o.interval());
            StaffDay key = new StaffDay(o.staff(), day);
            staffBookings.computeIfAbsent(key, k -> new HashSet<>()).add(b.reference());
            staffMinutes.merge(key, o.interval().duration().toMinutes(), Long::sum);
            if (b.service().map(service::equals).orElse(false)) {
                serviceBookings.computeIfAbsent(day, k -> new HashSet<>()).add(b.reference());
            }
        }
    }

    long bookedMinutes(StaffId staff, LocalDate day) {
        return staffMinutes.getOrDefault(new StaffDay(staff, day), 0L);
    }

    /**
     * True when a booking with {@code occupancies} stays within the limits; when {@code reasons} collects, every
     * breach is named, else the first one returns.
     */
    boolean withinLimits(List<Occupancy> occupancies, Reasons reasons) {
        boolean ok = true;
        Map<StaffDay, Long> ownMinutes = new LinkedHashMap<>();
        Set<LocalDate> ownDays = new HashSet<>();
        for (Occupancy o : occupancies) {
            if (o.kind() == OccupancyKind.WORK) {
                ownMinutes.merge(new StaffDay(o.staff(), day(o.interval())), o.interval().duration().toMinutes(),
                        Long::sum);
                ownDays.add(day(o.interval()));
            }
        }
        for (var e : ownMinutes.entrySet()) {
            StaffDay key = e.getKey();
            if (limits.staffAppointmentsPerDay().isPresent()) {
                int max = limits.staffAppointmentsPerDay().get();
                if (staffBookings.getOrDefault(key, Set.of()).size() + 1 > max) {
                    ok = false;
                    if (!reasons.collecting()) {
                        return false;
                    }
                    reasons.add(Reason.of(Code.STAFF_DAILY_APPOINTMENTS, key.staff(), "At most " + max
                            + " appointments per staff member and day; " + key.day() + " is full."));
                }
            }
            if (limits.staffMinutesPerDay().isPresent()) {
                Duration max = limits.staffMinutesPerDay().get();
                if (bookedMinutes(key.staff(), key.day()) + e.getValue() > max.toMinutes()) {
                    ok = false;
                    if (!reasons.collecting()) {
                        return false;
                    }
                    reasons.add(Reason.of(Code.STAFF_DAILY_MINUTES, key.staff(), "At most " + max.toMinutes()
                            + " booked minutes per staff member and day; " + bookedMinutes(key.staff(), key.day())
                            + " are booked on " + key.day() + "."));
                }
            }
        }
        if (limits.serviceAppointmentsPerDay().isPresent()) {
            int max = limits.serviceAppointmentsPerDay().get();
            for (LocalDate day : ownDays) {
                if (serviceBookings.getOrDefault(day, Set.of()).size() + 1 > max) {
                    ok = false;
                    if (!reasons.collecting()) {
                        return false;
                    }
                    reasons.add(Reason.general(Code.SERVICE_DAILY_APPOINTMENTS, "At most " + max
                            + " appointments of this service per day; " + day + " is full."));
                }
            }
        }
        return gapKept(occupancies, reasons) && ok;
    }

    private boolean gapKept(List<Occupancy> occupancies, Reasons reasons) {
        Duration gap = limits.minimumGap();
        if (gap.isZero()) {
            return true;
        }
        boolean ok = true;
        for (Occupancy o : occupancies) {
            if (!o.kind().isExclusive()) {
                continue;
            }
            TimeInterval widened = o.interval().expand(gap, gap);
            for (BusyTime b : exclusive.getOrDefault(o.staff(), List.of())) {
                TimeInterval other = b.occupancy().interval();
                if (widened.overlaps(other) && !o.interval().overlaps(other)) {
                    ok = false;
                    if (!reasons.collecting()) {
                        return false;
                    }
                    // a hold of another owner is never identified
                    boolean appointment = b.origin() == BusyTime.Origin.APPOINTMENT;
                    String message = "Staff keep " + gap.toMinutes() + " minutes free between appointments; "
                            + (appointment ? "appointment " + b.reference() : "another booking") + " is too close.";
                    reasons.add(appointment ? Reason.of(Code.MINIMUM_GAP, o.staff(), message, b.reference())
                            : Reason.of(Code.MINIMUM_GAP, o.staff(), message));
                }
            }
        }
        return ok;
    }

    private LocalDate day(TimeInterval interval) {
        return interval.start().atZone(zone).toLocalDate();
    }
}
