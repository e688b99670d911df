package dev.termin.booking.domain.slot;

import dev.termin.booking.domain.catalogue.Holiday;
import dev.termin.booking.domain.catalogue.PausePolicy;
import dev.termin.booking.domain.catalogue.SchedulingSettings.BufferPlacement;
import dev.termin.booking.domain.catalogue.Service;
import dev.termin.booking.domain.catalogue.SlotGrid;
import dev.termin.booking.domain.catalogue.ServiceStep;
import dev.termin.booking.domain.catalogue.ServiceStep.WorkSegment;
import dev.termin.booking.domain.catalogue.Staff;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.slot.Reason.Code;
import dev.termin.booking.domain.time.IntervalSet;
import dev.termin.booking.domain.time.TimeInterval;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates candidate starts against one context for one asking owner (and the appointment it moves), caching
 * each staff member's calendar for the date range. Not thread-safe; one instance per search.
 */
final class SlotEvaluator {

    private final AvailabilityContext ctx;
    private final Optional<String> owner;
    private final Optional<String> moving;
    private final ZoneId zone;
    private final LocalDate from;
    private final LocalDate to;
    private final IntervalSet open;
    private final IntervalSet branchHolidays;
    private final IntervalSet openNotHoliday;
    private final Map<StaffId, Staff> staffById = new HashMap<>();
    private final Map<StaffId, StaffCalendar> calendars = new HashMap<>();
    private final List<ServiceStep> steps;
    private final int workSegments;
    private final PausePolicy pausePolicy;
    private final DailyLoad load;
    private final ResourceCheck resources;
    private final boolean buffersInWorkingTime;

    SlotEvaluator(AvailabilityContext ctx, Optional<String> owner, Optional<String> moving, LocalDate from,
            LocalDate to) {
        this.ctx = ctx;
        this.owner = owner;
        this.moving = moving;
        this.zone = ctx.branch().zone();
        this.from = from;
        this.to = to;
        this.open = ctx.branch().openingHours().openBetween(from, to, zone);
        this.branchHolidays = holidayDays(h -> h.appliesToWholeBranch(ctx.branch().id()));
        this.openNotHoliday = open.subtract(branchHolidays);
        Service service = ctx.service();
        this.steps = service.composite().map(c -> c.steps()).orElseGet(() -> List.of(service.segments().get(0)));
        this.workSegments = (int) steps.stream().filter(WorkSegment.class::isInstance).count();
        this.pausePolicy = service.composite().map(c -> c.pausePolicy()).orElse(PausePolicy.FREE);
        for (Staff s : ctx.staff()) {
            if (s.branch().equals(ctx.branch().id()) && s.active()) {
                staffById.put(s.id(), s);
            }
        }
        List<BusyTime> counted = ctx.busy().stream().filter(b -> b.blocks(owner, moving)).toList();
        this.load = new DailyLoad(counted, service.id(), zone, ctx.limits());
        this.resources = new ResourceCheck(ctx, owner, moving);
        this.buffersInWorkingTime = ctx.scheduling().bufferPlacement() == BufferPlacement.WORKING_TIME;
    }

    AvailabilityContext context() {
        return ctx;
    }

    ZoneId zone() {
        return zone;
    }

    /** The staff who may take the service: the preferred one if qualified, else all qualified, by id. */
    List<Staff> candidates(Optional<StaffId> preferred) {
        List<Staff> out = new ArrayList<>();
        for (Staff s : staffById.values()) {
            if (s.performs(ctx.service().id()) && preferred.map(p -> p.equals(s.id())).orElse(true)) {
                out.add(s);
            }
        }
        out.sort(Comparator.comparing(Staff::id));
        return out;
    }

    boolean onGrid(Instant t) {
        ZonedDateTime z = t.atZone(zone);
        LocalTime lt = z.toLocalTime();
        return lt.getSecond() == 0 && lt.getNano() == 0
                && (lt.toSecondOfDay() / 60) % ctx.service().slotInterval().toMinutes() == 0;
    }

    /**
     * For a {@link SlotGrid#FREE_RANGE} service: whether {@code t} lies on {@code staff}'s grid, i.e. the buffer
     * before plus a whole number of slot intervals after the start of the free range containing it. A time in no
     * free range counts as on the grid: other reasons say why it is not bookable.
     */
    boolean onFreeRangeGrid(Instant t, StaffId staff) {
        for (TimeInterval r : calendar(staff).free().intervals()) {
            if (r.contains(t)) {
                long d = Duration.between(r.start().plus(ctx.service().bufferBefore()), t).toSeconds();
                return d >= 0 && d % ctx.service().slotInterval().toSeconds() == 0;
            }
        }
        return true;
    }

    /** The starts on {@code staff}'s free-range grid whose local date is {@code date}, in order. */
    List<Instant> freeRangeStarts(StaffId staff, LocalDate date) {
        Instant dayStart = date.atStartOfDay(zone).toInstant();
        Instant dayEnd = date.plusDays(1).atStartOfDay(zone).toInstant();
        Duration step = ctx.service().slotInterval();
        List<Instant> out = new ArrayList<>();
        for (TimeInterval r : calendar(staff).free().intervals()) {
            if (!r.end().isAfter(dayStart) || !r.start().isBefore(dayEnd)) {
                continue;
            }
            for (Instant t = r.start().plus(ctx.service().bufferBefore()); t.isBefore(r.end())
                    && t.isBefore(dayEnd); t = t.plus(step)) {
                if (!t.isBefore(dayStart)) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    boolean branchOpen(Instant t) {
        return openNotHoliday.contains(t, t.plus(ctx.service().duration()));
    }

    /** {@code staff} ordered by booked minutes on {@code day}, then by id: the "any staff" preference order. */
    List<Staff> orderedByLoad(List<Staff> staff, LocalDate day) {
        List<Staff> out = new ArrayList<>(staff);
        out.sort(Comparator.comparingLong((Staff s) -> load.bookedMinutes(s.id(), day))
                .thenComparing(Staff::id));
        return out;
    }

    /** The least booked slot of those offered at one start; ties go to the smaller staff id. */
    Slot pickLeastBooked(List<Slot> feasible) {
        Slot best = null;
        long bestMinutes = Long.MAX_VALUE;
        for (Slot s : feasible) {
            long m = load.bookedMinutes(s.staff(), s.start().atZone(zone).toLocalDate());
            if (m < bestMinutes || (m == bestMinutes && s.staff().compareTo(best.staff()) < 0)) {
                best = s;
                bestMinutes = m;
            }
        }
        return best;
    }

    /**
     * The slot starting at {@code t} with {@code main} as the customer's staff member, if it is bookable. With
     * {@link Reasons#collectAll()} every reason is named; with {@link Reasons#firstFailure()} the first failure ends
     * the evaluation.
     */
    Optional<Slot> evaluate(Instant t, Staff main, Reasons reasons) {
        boolean collect = reasons.collecting();
        Service service = ctx.service();
        boolean ok = true;
        if (collect) {
            ok = checkGeneral(t, reasons);
        }
        int total = workSegments;
        List<SegmentAssignment> segments = new ArrayList<>(total);
        List<Occupancy> occupancies = new ArrayList<>(steps.size() + 2);
        Instant cursor = t;
        int index = 0;
        for (ServiceStep step : steps) {
            TimeInterval interval = TimeInterval.of(cursor, step.duration());
            cursor = interval.end();
            if (step instanceof WorkSegment w) {
                index++;
                Duration before = index == 1 ? service.bufferBefore() : Duration.ZERO;
                Duration after = index == total ? service.bufferAfter() : Duration.ZERO;
                TimeInterval occupied = interval.expand(before, after);
                Optional<StaffCalendar> found = segmentWorker(w, main, interval, occupied, reasons);
                if (found.isEmpty()) {
                    ok = false;
                    if (!collect) {
                        return Optional.empty();
                    }
                }
                StaffCalendar worker = found.orElseGet(() -> calendar(main.id()));
                List<StaffId> together = List.of();
                if (w.staffCount() > 1) {
                    Optional<List<StaffId>> helpers = together(w, worker.staff.id(), interval, occupied, reasons);
                    if (helpers.isEmpty()) {
                        ok = false;
                        if (!collect) {
                            return Optional.empty();
                        }
                    }
                    together = helpers.orElse(List.of());
                }
                segments.add(new SegmentAssignment(w.key(), w.name(), index, total, worker.staff.id(), interval,
                        together));
                occupancies.add(new Occupancy(worker.staff.id(), occupied, OccupancyKind.WORK));
                for (StaffId helper : together) {
                    occupancies.add(new Occupancy(helper, occupied, OccupancyKind.WORK));
                }
            }
        }
        PausePolicy policy = pausePolicy;
        if (policy != PausePolicy.FREE && segments.size() > 1) {
            Set<StaffId> involved = new LinkedHashSet<>();
            segments.forEach(s -> involved.addAll(s.allStaff()));
            for (int i = 0; i + 1 < segments.size(); i++) {
                Instant ps = segments.get(i).interval().end();
                Instant pe = segments.get(i + 1).interval().start();
                if (!pe.isAfter(ps)) {
                    continue;
                }
                TimeInterval pause = TimeInterval.of(ps, pe);
                StaffId before = segments.get(i).staff();
                StaffId after = segments.get(i + 1).staff();
                List<Occupancy> pauseOccupancies = new ArrayList<>();
                switch (policy) {
                    case BLOCKED -> pauseOccupancies.add(new Occupancy(before, pause, OccupancyKind.BLOCKED_PAUSE));
                    case NEVER -> involved.forEach(s -> pauseOccupancies.add(
                            new Occupancy(s, pause, OccupancyKind.BLOCKED_PAUSE)));
                    case FLEXIBLE -> {
                        pauseOccupancies.add(new Occupancy(before, pause, OccupancyKind.FLEXIBLE_PAUSE));
                        if (!after.equals(before)) {
                            pauseOccupancies.add(new Occupancy(after, pause, OccupancyKind.FLEXIBLE_PAUSE));
                        }
                    }
                    default -> throw new IllegalStateException();
                }
                if (policy != PausePolicy.FLEXIBLE) {
                    // the staff member who stays with the customer must be working during the pause
                    if (!calendar(before).available.contains(pause)) {
                        ok = false;
                        if (!collect) {
                            return Optional.empty();
                        }
                        calendar(before).explainUnavailable(pause, reasons);
                    }
                }
                for (Occupancy o : pauseOccupancies) {
                    if (calendar(o.staff()).conflicts(o, reasons)) {
                        ok = false;
                        if (!collect) {
                            return Optional.empty();
                        }
                    }
                }
                occupancies.addAll(pauseOccupancies);
            }
        }
        TimeInterval span = TimeInterval.of(t, cursor);
        List<ResourceOccupancy> used = List.of();
        if (segments.size() == total) {
            used = resources.occupancies(span, segments);
            ok = resources.fits(t, used, reasons) && ok;
        }
        if (!ok || !load.withinLimits(occupancies, reasons)) {
            return Optional.empty();
        }
        return Optional.of(new Slot(span, main.id(), segments, occupancies, used));
    }

    private boolean checkGeneral(Instant t, Reasons reasons) {
        boolean ok = true;
        var policy = ctx.policy();
        if (policy.noticeTooShort(t, ctx.now())) {
            reasons.add(Reason.general(Code.NOTICE_TOO_SHORT, "This time is too soon: bookings need at least "
                    + policy.minimumNotice().toMinutes() + " minutes notice."));
            ok = false;
        }
        if (policy.tooFarAhead(t, ctx.now())) {
            reasons.add(Reason.general(Code.TOO_FAR_AHEAD, "This time is too far ahead: bookings open "
                    + policy.maximumAdvance().toDays() + " days in advance."));
            ok = false;
        }
        TimeInterval span = TimeInterval.of(t, ctx.service().duration());
        if (branchHolidays.overlaps(span)) {
            // every local day the span touches: a span running past midnight may reach a holiday the next day
            LocalDate lastDay = span.end().minusNanos(1).atZone(zone).toLocalDate();
            for (Holiday h : ctx.holidays()) {
                for (LocalDate day = t.atZone(zone).toLocalDate(); !day.isAfter(lastDay); day = day.plusDays(1)) {
                    if (h.appliesToWholeBranch(ctx.branch().id()) && h.covers(day)) {
                        reasons.add(Reason.general(Code.HOLIDAY, "Closed for " + h.name() + " ("
                                + h.type().code() + ")."));
                        break;
                    }
                }
            }
            ok = false;
        } else if (!open.contains(span)) {
            reasons.add(Reason.general(Code.CLOSED, "The branch is closed at that time."));
            ok = false;
        }
        return ok;
    }

    /**
     * The {@code w.staffCount() - 1} staff who work on {@code w} together with {@code lead}: from the segment's
     * qualified staff, or else everybody who performs the service, in "any staff" order (fewest booked minutes
     * that day, then id), each free for the whole segment. Empty when there are not enough.
     */
    private Optional<List<StaffId>> together(WorkSegment w, StaffId lead, TimeInterval work, TimeInterval occupied,
            Reasons reasons) {
        List<Staff> pool = new ArrayList<>();
        for (Staff s : staffById.values()) {
            boolean qualified = w.qualifiedStaff().isEmpty() ? s.performs(ctx.service().id())
                    : w.qualifiedStaff().contains(s.id());
            if (qualified && !s.id().equals(lead)) {
                pool.add(s);
            }
        }
        List<StaffId> out = new ArrayList<>();
        for (Staff s : orderedByLoad(pool, work.start().atZone(zone).toLocalDate())) {
            StaffCalendar c = calendar(s.id());
            if (c.fits(work, occupied, buffersInWorkingTime, Reasons.firstFailure())
                    && !c.conflicts(new Occupancy(s.id(), occupied, OccupancyKind.WORK), Reasons.firstFailure())) {
                out.add(s.id());
                if (out.size() == w.staffCount() - 1) {
                    return Optional.of(out);
                }
            }
        }
        if (reasons.collecting()) {
            reasons.add(Reason.of(Code.NOT_ENOUGH_STAFF, lead, "'" + w.name() + "' needs " + w.staffCount()
                    + " staff at the same time; only " + (out.size() + 1) + " are free."));
        }
        return Optional.empty();
    }

    /** Who works on {@code w}: the main staff member unless the segment needs someone else qualified. */
    private Optional<StaffCalendar> segmentWorker(WorkSegment w, Staff main, TimeInterval work, TimeInterval occupied,
            Reasons reasons) {
        if (w.qualifiedStaff().isEmpty() || w.qualifiedStaff().contains(main.id())) {
            StaffCalendar c = calendar(main.id());
            boolean ok = c.fits(work, occupied, buffersInWorkingTime, reasons);
            if ((ok || reasons.collecting()) && c.conflicts(new Occupancy(main.id(), occupied, OccupancyKind.WORK),
                    reasons)) {
                ok = false;
            }
            return ok ? Optional.of(c) : Optional.empty();
        }
        List<StaffId> qualified = new ArrayList<>(w.qualifiedStaff());
        qualified.sort(Comparator.naturalOrder());
        for (StaffId id : qualified) {
            if (!staffById.containsKey(id)) {
                continue;
            }
            StaffCalendar c = calendar(id);
            if (c.fits(work, occupied, buffersInWorkingTime, Reasons.firstFailure())
                    && !c.conflicts(new Occupancy(id, occupied, OccupancyKind.WORK), Reasons.firstFailure())) {
                return Optional.of(c);
            }
        }
        if (reasons.collecting()) {
            reasons.add(Reason.of(Code.SEGMENT_STAFF_UNAVAILABLE, main.id(), "Nobody qualified for '" + w.name()
                    + "' is free at that time."));
        }
        return Optional.empty();
    }

    private StaffCalendar calendar(StaffId id) {
        return calendars.computeIfAbsent(id, k -> {
            Staff st = staffById.get(k);
            return new StaffCalendar(st, ctx, owner, moving, from, to, open, branchHolidays,
                    holidayDays(h -> h.appliesTo(ctx.branch().id(), st.id())));
        });
    }

    private IntervalSet holidayDays(java.util.function.Predicate<Holiday> applies) {
        List<TimeInterval> days = new ArrayList<>();
        for (Holiday h : ctx.holidays()) {
            if (!applies.test(h)) {
                continue;
            }
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                if (h.covers(d)) {
                    days.add(TimeInterval.of(d.atStartOfDay(zone).toInstant(),
                            d.plusDays(1).atStartOfDay(zone).toInstant()));
                }
            }
        }
        return IntervalSet.of(days);
    }
}
