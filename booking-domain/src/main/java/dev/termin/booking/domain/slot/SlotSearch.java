package dev.termin.booking.domain.slot;

import dev.termin.booking.domain.catalogue.SlotGrid;
import dev.termin.booking.domain.catalogue.Staff;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.slot.Reason.Code;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds bookable slots, explains a single start, and proposes the nearest alternatives. Stateless and
 * thread-safe; every call works on one immutable {@link AvailabilityContext}.
 *
 * <p>Rules (see {@code docs/model.md}): a start is on the service's slot grid, counted from local midnight of the
 * branch's zone or, for a {@link SlotGrid#FREE_RANGE} service, from the start of each free range of the staff
 * member; it respects minimum notice and maximum advance; the customer's whole span lies in the branch's
 * opening hours; every work segment (and every pause its staff member stays for) lies in its staff member's
 * working time, outside breaks, time off and holidays; and no occupancy (buffers included) conflicts with busy
 * time of another owner. For "any staff" each start goes to the qualified staff member with the fewest booked
 * minutes that local day, ties broken by staff id.
 */
public final class SlotSearch {

    private SlotSearch() {
    }

    /** All bookable slots of the query's dates, ordered by start (one slot per start). */
    public static List<Slot> find(AvailabilityContext ctx, SlotQuery query) {
        SlotEvaluator ev = new SlotEvaluator(ctx, query.owner(), query.moving(), query.from().minusDays(1),
                query.to().plusDays(1));
        List<Staff> candidates = ev.candidates(query.staff());
        List<Slot> out = new ArrayList<>();
        if (candidates.isEmpty()) {
            return out;
        }
        for (LocalDate d = query.from(); !d.isAfter(query.to()); d = d.plusDays(1)) {
            collectDay(ev, d, candidates, out);
        }
        return out;
    }

    /**
     * Whether {@code start} is bookable for the context's service, with the staff member when given, else with
     * any qualified staff; if not, every reason found.
     */
    public static Explanation explain(AvailabilityContext ctx, Instant start, Optional<StaffId> staff,
            Optional<String> owner) {
        return explain(ctx, start, staff, owner, Optional.empty());
    }

    /**
     * Like {@link #explain(AvailabilityContext, Instant, Optional, Optional)} for moving the appointment with id
     * {@code moving}: its own occupancies (and booked minutes) do not count.
     */
    public static Explanation explain(AvailabilityContext ctx, Instant start, Optional<StaffId> staff,
            Optional<String> owner, Optional<String> moving) {
        ZoneId zone = ctx.branch().zone();
        LocalDate day = start.atZone(zone).toLocalDate();
        SlotEvaluator ev = new SlotEvaluator(ctx, owner, moving, day.minusDays(1), day.plusDays(1));
        LinkedHashSet<Reason> reasons = new LinkedHashSet<>();
        boolean freeRange = ctx.service().grid() == SlotGrid.FREE_RANGE;
        boolean offClock = !freeRange && !ev.onGrid(start);
        if (offClock) {
            reasons.add(Reason.general(Code.OFF_GRID, "Appointments for this service start every "
                    + ctx.service().slotInterval().toMinutes() + " minutes on the clock."));
        }
        List<Staff> candidates = ev.candidates(staff);
        if (candidates.isEmpty()) {
            String who = staff.map(s -> "Staff member " + s + " does not").orElse("Nobody in this branch does");
            reasons.add(Reason.general(Code.STAFF_NOT_QUALIFIED, who + " perform this service."));
        }
        List<Slot> feasible = new ArrayList<>();
        for (Staff s : candidates) {
            if (freeRange && !ev.onFreeRangeGrid(start, s.id())) {
                reasons.add(Reason.of(Code.OFF_GRID, s.id(), "With " + s.name() + " this service starts every "
                        + ctx.service().slotInterval().toMinutes() + " minutes from the beginning of free time."));
                continue;
            }
            Reasons perStaff = Reasons.collectAll();
            Optional<Slot> slot = ev.evaluate(start, s, perStaff);
            if (slot.isPresent()) {
                feasible.add(slot.get());
            } else {
                reasons.addAll(perStaff.list());
            }
        }
        if (!offClock && !feasible.isEmpty()) {
            return new Explanation(start, Optional.of(ev.pickLeastBooked(feasible)), List.of());
        }
        return new Explanation(start, Optional.empty(), new ArrayList<>(reasons));
    }

    /**
     * Up to {@code limit} bookable slots nearest to {@code around}: slots on the same local day first, ordered by
     * distance in either direction; then, while fewer than {@code limit} are found, days further away one ring at
     * a time (the day before and the day after), at most {@code maxDays} away.
     */
    public static List<Slot> nearest(AvailabilityContext ctx, Instant around, int limit, Optional<StaffId> staff,
            Optional<String> owner, int maxDays) {
        return nearest(ctx, around, limit, staff, owner, Optional.empty(), maxDays);
    }

    /**
     * Like {@link #nearest(AvailabilityContext, Instant, int, Optional, Optional, int)} for moving the appointment
     * with id {@code moving}: its own occupancies (and booked minutes) do not count.
     */
    public static List<Slot> nearest(AvailabilityContext ctx, Instant around, int limit, Optional<StaffId> staff,
            Optional<String> owner, Optional<String> moving, int maxDays) {
        if (limit < 1 || limit > 100) {
            throw new IllegalArgumentException("limit must be 1 to 100");
        }
        ZoneId zone = ctx.branch().zone();
        LocalDate day = around.atZone(zone).toLocalDate();
        SlotEvaluator ev = new SlotEvaluator(ctx, owner, moving, day.minusDays(maxDays + 1L),
                day.plusDays(maxDays + 1L));
        List<Staff> candidates = ev.candidates(staff);
        List<Slot> out = new ArrayList<>();
        if (candidates.isEmpty()) {
            return out;
        }
        Comparator<Slot> byDistance = Comparator
                .comparing((Slot s) -> Math.abs(ChronoUnit.SECONDS.between(around, s.start())))
                .thenComparing(Slot::start);
        List<Slot> sameDay = new ArrayList<>();
        collectDay(ev, day, candidates, sameDay);
        sameDay.sort(byDistance);
        out.addAll(sameDay.subList(0, Math.min(limit, sameDay.size())));
        for (int ring = 1; ring <= maxDays && out.size() < limit; ring++) {
            List<Slot> ringSlots = new ArrayList<>();
            collectDay(ev, day.minusDays(ring), candidates, ringSlots);
            collectDay(ev, day.plusDays(ring), candidates, ringSlots);
            ringSlots.sort(byDistance);
            out.addAll(ringSlots.subList(0, Math.min(limit - out.size(), ringSlots.size())));
        }
        return out;
    }

    private static void collectDay(SlotEvaluator ev, LocalDate date, List<Staff> candidates, List<Slot> out) {
        ZoneId zone = ev.zone();
        var windows = ev.context().branch().openingHours().windowsOn(date);
        if (windows.isEmpty()) {
            return;
        }
        long step = ev.context().service().slotInterval().toMinutes();
        Instant now = ev.context().now();
        var policy = ev.context().policy();
        Instant earliest = now.plus(policy.minimumNotice());
        Instant latest = now.plus(policy.maximumAdvance());
        // Every instant of the day whose local time is on the grid: none for a wall-clock time in a DST gap, two
        // in an overlap. Whether the customer's span fits is left to branchOpen: the windows' wall-clock times do
        // not bound the open instants on a DST day (a window opening at 02:30 on a fall-back day also covers
        // 02:15 in winter time) nor the span (it may continue into the next day's hours past midnight).
        // The first feasible staff member in (booked minutes that day, id) order is the least booked one, so
        // nobody after them needs to be evaluated.
        List<Staff> byLoad = ev.orderedByLoad(candidates, date);
        Map<StaffId, Set<Instant>> ownGrid = new HashMap<>();
        TreeSet<Instant> starts = new TreeSet<>();
        if (ev.context().service().grid() == SlotGrid.FREE_RANGE) {
            // each staff member's own starts: their grid begins at every free range
            for (Staff s : byLoad) {
                Set<Instant> own = new HashSet<>(ev.freeRangeStarts(s.id(), date));
                ownGrid.put(s.id(), own);
                starts.addAll(own);
            }
        } else {
            for (long m = 0; m < 24 * 60; m += step) {
                LocalDateTime local = date.atStartOfDay().plusMinutes(m);
                for (ZoneOffset offset : zone.getRules().getValidOffsets(local)) {
                    starts.add(local.toInstant(offset));
                }
            }
        }
        for (Instant t : starts) {
            if (t.isBefore(earliest)) {
                continue;
            }
            if (t.isAfter(latest)) {
                return;
            }
            if (!ev.branchOpen(t)) {
                continue;
            }
            for (Staff s : byLoad) {
                if (!ownGrid.isEmpty() && !ownGrid.get(s.id()).contains(t)) {
                    continue;
                }
                Optional<Slot> slot = ev.evaluate(t, s, Reasons.firstFailure());
                if (slot.isPresent()) {
                    out.add(slot.get());
                    break;
                }
            }
        }
    }
}
