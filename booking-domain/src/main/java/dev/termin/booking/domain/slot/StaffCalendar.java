package dev.termin.booking.domain.slot;

import dev.termin.booking.domain.catalogue.TimeBlock;
import dev.termin.booking.domain.calendar.TimeOff;
import dev.termin.booking.domain.catalogue.Staff;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.slot.Reason.Code;
import dev.termin.booking.domain.time.IntervalSet;
import dev.termin.booking.domain.time.TimeInterval;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One staff member's working time (weekly hours with date exceptions, less breaks, time off, holidays and blocks,
 * within opening hours) and busy time over a search's dates, as seen by one asker. Not thread-safe.
 */
final class StaffCalendar {

    final Staff staff;
    final IntervalSet working;
    final IntervalSet breaks;
    final IntervalSet timeOff;
    final IntervalSet holidays;
    final List<TimeBlock> blockList = new ArrayList<>();
    final IntervalSet blocked;
    final IntervalSet available;
    /** Working time outside breaks, time off, holidays and blocks, regardless of opening hours. */
    final IntervalSet workable;
    final List<BusyTime> busy = new ArrayList<>();
    final IntervalSet exclusiveBusy;
    final List<BusyTime> flexibleBusy = new ArrayList<>();

    private final ZoneId zone;
    private final IntervalSet open;
    private final IntervalSet branchHolidays;
    private IntervalSet free;

    StaffCalendar(Staff staff, AvailabilityContext ctx, Optional<String> owner, Optional<String> moving,
            LocalDate from, LocalDate to, IntervalSet open, IntervalSet branchHolidays, IntervalSet holidays) {
        this.staff = staff;
        this.zone = ctx.branch().zone();
        this.open = open;
        this.branchHolidays = branchHolidays;
        this.working = staff.workingTime(from, to, zone);
        this.breaks = staff.breaks().between(from, to, zone);
        this.timeOff = IntervalSet.of(staff.timeOff().stream().map(TimeOff::period).toList());
        this.holidays = holidays;
        List<TimeInterval> blockedIntervals = new ArrayList<>();
        for (TimeBlock b : ctx.blocks()) {
            if (b.appliesTo(ctx.branch().id(), staff.id())) {
                b.instants(zone).ifPresent(i -> {
                    blockList.add(b);
                    blockedIntervals.add(i);
                });
            }
        }
        this.blocked = IntervalSet.of(blockedIntervals);
        this.workable = working.subtract(breaks).subtract(timeOff).subtract(holidays).subtract(blocked);
        this.available = open.intersect(workable);
        List<TimeInterval> exclusive = new ArrayList<>();
        for (BusyTime b : ctx.busy()) {
            if (!b.occupancy().staff().equals(staff.id()) || !b.blocks(owner, moving)) {
                continue;
            }
            busy.add(b);
            if (b.occupancy().kind().isExclusive()) {
                exclusive.add(b.occupancy().interval());
            } else {
                flexibleBusy.add(b);
            }
        }
        this.exclusiveBusy = IntervalSet.of(exclusive);
    }

    /** True when {@code o} conflicts with busy time; when {@code reasons} collects, names every conflict. */
    boolean conflicts(Occupancy o, Reasons reasons) {
        if (!reasons.collecting()) {
            if (o.kind().isExclusive() && exclusiveBusy.overlaps(o.interval())) {
                return true;
            }
            List<BusyTime> toCheck = o.kind().isExclusive() ? flexibleBusy : busy;
            for (BusyTime b : toCheck) {
                if (o.conflictsWith(b.occupancy())) {
                    return true;
                }
            }
            return false;
        }
        boolean found = false;
        for (BusyTime b : busy) {
            if (o.conflictsWith(b.occupancy())) {
                found = true;
                reasons.add(reasonFor(b, o));
            }
        }
        return found;
    }

    private Reason reasonFor(BusyTime b, Occupancy candidate) {
        StaffId id = staff.id();
        return switch (b.origin()) {
            case HOLD -> Reason.of(Code.HELD_BY_OTHER_OWNER, id, "Another caller is holding this time.");
            case EXTERNAL_CALENDAR -> Reason.of(Code.EXTERNAL_CALENDAR_BUSY, id,
                    "The external calendar shows " + staff.name() + " as busy.");
            case APPOINTMENT -> b.occupancy().kind() != OccupancyKind.WORK
                    || candidate.kind() != OccupancyKind.WORK
                    ? Reason.of(Code.PAUSE_POLICY, id, "The pause policy of appointment " + b.reference()
                            + " does not allow this.", b.reference())
                    : Reason.of(Code.APPOINTMENT_CONFLICT, id, staff.name() + " has appointment "
                            + b.reference() + " at that time.", b.reference());
        };
    }

    /**
     * True when work at {@code work} fits this staff member's available time and, with {@code buffersInWorkingTime},
     * its {@code occupied} time (buffers included) lies in their working time outside breaks, time off, holidays
     * and blocks; when {@code reasons} collects, explains a misfit.
     */
    boolean fits(TimeInterval work, TimeInterval occupied, boolean buffersInWorkingTime, Reasons reasons) {
        if (!available.contains(work)) {
            if (reasons.collecting()) {
                explainUnavailable(work, reasons);
            }
            return false;
        }
        if (buffersInWorkingTime && !workable.contains(occupied)) {
            if (reasons.collecting()) {
                explainUnavailable(occupied, reasons);
            }
            return false;
        }
        return true;
    }

    /** The free ranges: available time not taken by exclusive busy time. */
    IntervalSet free() {
        if (free == null) {
            free = available.subtract(exclusiveBusy);
        }
        return free;
    }

    void explainUnavailable(TimeInterval work, Reasons reasons) {
        StaffId id = staff.id();
        if (holidays.overlaps(work) && !branchHolidays.overlaps(work)) {
            reasons.add(Reason.of(Code.HOLIDAY, id, staff.name() + " has a day off (holiday)."));
        }
        if (timeOff.overlaps(work)) {
            reasons.add(Reason.of(Code.STAFF_TIME_OFF, id, staff.name() + " is off at that time."));
        }
        if (!working.contains(work)) {
            reasons.add(Reason.of(Code.OUTSIDE_STAFF_HOURS, id, staff.name()
                    + " does not work at that time."));
        }
        if (breaks.overlaps(work)) {
            reasons.add(Reason.of(Code.STAFF_BREAK, id, staff.name() + " is on a break at that time."));
        }
        for (TimeBlock b : blockList) {
            if (b.instants(zone).map(work::overlaps).orElse(false)) {
                reasons.add(Reason.of(Code.TIME_BLOCK, id, staff.name() + " is not available: " + b.name()
                        + " " + b.window() + ".", b.id()));
            }
        }
        if (reasons.isEmpty() && !open.contains(work)) {
            reasons.add(Reason.general(Code.CLOSED, "The branch is closed at that time."));
        }
    }
}
