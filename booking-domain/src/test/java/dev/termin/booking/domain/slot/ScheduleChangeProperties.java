package dev.termin.booking.domain.slot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.domain.calendar.OpeningHours;
import dev.termin.booking.domain.calendar.StaffDateException;
import dev.termin.booking.domain.catalogue.TimeBlock;
import dev.termin.booking.domain.catalogue.Branch;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.Money;
import dev.termin.booking.domain.catalogue.SchedulingSettings;
import dev.termin.booking.domain.catalogue.SchedulingSettings.BufferPlacement;
import dev.termin.booking.domain.catalogue.Service;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.SlotGrid;
import dev.termin.booking.domain.catalogue.Staff;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.policy.BookingLimits;
import dev.termin.booking.domain.policy.BookingPolicy;
import dev.termin.booking.domain.time.IntervalSet;
import dev.termin.booking.domain.time.LocalTimeWindow;
import dev.termin.booking.domain.time.TimeInterval;
import dev.termin.booking.domain.time.WeeklyHours;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.ShrinkingMode;

/**
 * Slot search with generated date exceptions, partial-day blocks, daily limits and a moved appointment, over two
 * days in Europe/Berlin (one of them the spring DST change) with two staff members.
 */
class ScheduleChangeProperties {

    private static final TenantId TENANT = TenantId.of("t");
    private static final BranchId BRANCH = BranchId.of("b");
    private static final ServiceId SERVICE = ServiceId.of("s");
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final List<StaffId> STAFF = List.of(StaffId.of("s1"), StaffId.of("s2"));
    private static final List<LocalDate> DAYS = List.of(LocalDate.of(2026, 3, 28), LocalDate.of(2026, 3, 29));

    /** One generated calendar. */
    record Scenario(AvailabilityContext ctx, Optional<String> moving) {
        SlotQuery query() {
            SlotQuery q = SlotQuery.days(DAYS.get(0), DAYS.get(1));
            return moving.map(q::moving).orElse(q);
        }
    }

    private static Arbitrary<Integer> uniform(int min, int max) {
        return Arbitraries.integers().between(min, max).withDistribution(RandomDistribution.uniform());
    }

    /** A window on the quarter-hour grid between 00:00 and midnight. */
    private static Arbitrary<LocalTimeWindow> window() {
        return Combinators.combine(uniform(0, 95), uniform(1, 48)).as((s, len) -> new LocalTimeWindow(
                LocalTime.MIN.plusMinutes(15L * s),
                s + len >= 96 ? LocalTime.MIDNIGHT : LocalTime.MIN.plusMinutes(15L * (s + len))));
    }

    private static Arbitrary<StaffDateException> exception() {
        return Combinators.combine(Arbitraries.of(DAYS), Arbitraries.of(StaffDateException.Mode.class),
                window().list().ofMaxSize(2))
                .as((day, mode, ws) -> {
                    List<LocalTimeWindow> disjoint = ws.size() == 2 && ws.get(0).overlaps(ws.get(1))
                            ? ws.subList(0, 1) : ws;
                    return mode == StaffDateException.Mode.ADD && disjoint.isEmpty()
                            ? StaffDateException.replace(day)
                            : new StaffDateException(day, mode, disjoint, "");
                });
    }

    private static Arbitrary<Staff> staff(StaffId id) {
        return Combinators.combine(window(), exception().optional(0.7))
                .as((w, ex) -> new Staff(id, TENANT, BRANCH, id.value(), List.of(), Set.of(SERVICE),
                        WeeklyHours.on(List.of(DayOfWeek.values()), w), WeeklyHours.none(), List.of(), true,
                        ex.map(List::of).orElse(List.of())));
    }

    private static Arbitrary<TimeBlock> block() {
        return Combinators.combine(uniform(0, 999), Arbitraries.of(DAYS), window(),
                Arbitraries.of(STAFF).set().ofMaxSize(1))
                .as((n, day, w, who) -> new TimeBlock("b-" + n, BRANCH, day, w, who, "Sitzung"));
    }

    /** An appointment (of the service or unknown) or another caller's hold, up to two hours long. */
    private static Arbitrary<BusyTime> appointment() {
        Instant base = DAYS.get(0).atStartOfDay(ZONE).toInstant();
        return Combinators.combine(uniform(0, 5), Arbitraries.of(STAFF), uniform(0, 2 * 96 - 1), uniform(1, 8),
                uniform(0, 2))
                .as((n, who, s, len, origin) -> {
                    Occupancy o = new Occupancy(who, TimeInterval.of(base.plus(Duration.ofMinutes(15L * s)),
                            Duration.ofMinutes(15L * len)), OccupancyKind.WORK);
                    return switch (origin) {
                        case 0 -> BusyTime.appointment(o, "apt-" + n);
                        case 1 -> BusyTime.appointment(o, "apt-" + n, SERVICE);
                        default -> BusyTime.hold(o, "hold-" + n, "call-2", SERVICE);
                    };
                });
    }

    private static Arbitrary<BookingLimits> limits() {
        return Combinators.combine(uniform(1, 3).optional(0.5), uniform(2, 16).optional(0.4),
                uniform(1, 4).optional(0.4), Arbitraries.of(0, 0, 15, 30))
                .as((perStaff, quarters, perService, gap) -> new BookingLimits(perStaff,
                        quarters.map(q -> Duration.ofMinutes(15L * q)), perService, Duration.ofMinutes(gap)));
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<Service> service = Combinators.combine(uniform(1, 6), Arbitraries.of(0, 15), Arbitraries.of(1, 1, 2),
                Arbitraries.of(0, 0, 20, 35, 50))
                .as((q, after, together, freeRange) -> {
                    Service plain = Service.plain(SERVICE, TENANT, "s", 15 * q, Money.euros(1))
                            .withBuffers(Duration.ZERO, Duration.ofMinutes(after)).withStaffCount(together);
                    return freeRange == 0 ? plain : plain.withGrid(SlotGrid.FREE_RANGE, Duration.ofMinutes(freeRange));
                });
        Branch branch = new Branch(BRANCH, TENANT, "b", ZONE,
                OpeningHours.weekly(WeeklyHours.on(List.of(DayOfWeek.values()), LocalTimeWindow.of("06:00", "22:00"))));
        Instant now = DAYS.get(0).minusDays(1).atStartOfDay(ZONE).toInstant();
        return Combinators.combine(staff(STAFF.get(0)), staff(STAFF.get(1)), service,
                block().list().ofMaxSize(3), appointment().list().ofMaxSize(6),
                Arbitraries.of("apt-0", "apt-1", "apt-9").optional(0.6), limits().optional(0.6),
                Arbitraries.of(BufferPlacement.class))
                .as((a, b, svc, blocks, busy, moving, limits, placement) -> new Scenario(new AvailabilityContext(
                        branch, svc, BookingPolicy.DEFAULTS, List.of(a, b), List.of(), busy, now).withBlocks(blocks)
                        .withLimits(limits.orElse(BookingLimits.NONE))
                        .withScheduling(SchedulingSettings.DEFAULTS.withBufferPlacement(placement)), moving));
    }

    private static IntervalSet blockedFor(Scenario s, StaffId who) {
        List<TimeInterval> out = new ArrayList<>();
        for (TimeBlock b : s.ctx().blocks()) {
            if (b.appliesTo(BRANCH, who)) {
                b.instants(ZONE).ifPresent(out::add);
            }
        }
        return IntervalSet.of(out);
    }

    /** The working time of {@code st} on {@code day}, computed from the day's windows without interval algebra. */
    private static IntervalSet workingOn(Staff st, LocalDate day) {
        List<LocalTimeWindow> windows = new ArrayList<>(st.workingHours().windowsOn(day.getDayOfWeek()));
        for (StaffDateException e : st.dateExceptions()) {
            if (e.date().equals(day)) {
                if (e.mode() == StaffDateException.Mode.REPLACE) {
                    windows.clear();
                }
                windows.addAll(e.windows());
            }
        }
        List<TimeInterval> out = new ArrayList<>();
        windows.forEach(w -> w.instantsOn(day, ZONE).ifPresent(out::add));
        return IntervalSet.of(out);
    }

    /** {@code ctx} with its service on the clock grid every 15 minutes. */
    private static AvailabilityContext onTheClock(AvailabilityContext ctx) {
        return new AvailabilityContext(ctx.branch(), ctx.service().withGrid(SlotGrid.CLOCK, Duration.ofMinutes(15)),
                ctx.policy(), ctx.staff(), ctx.holidays(), ctx.busy(), ctx.now(), ctx.blocks(), ctx.limits(),
                ctx.resourceTypes(), ctx.resourceUse(), ctx.scheduling());
    }

    @Property(tries = 200, shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.MIXIN)
    void everySlotLiesInTheWorkingTimeOfItsDateWithExceptionsAndOutsideBlocks(@ForAll("scenarios") Scenario s) {
        // when
        List<Slot> slots = SlotSearch.find(s.ctx(), s.query());

        // then
        for (Slot slot : slots) {
            Staff st = s.ctx().staff().stream().filter(x -> x.id().equals(slot.staff())).findFirst().orElseThrow();
            LocalDate day = slot.start().atZone(ZONE).toLocalDate();
            IntervalSet working = workingOn(st, day.minusDays(1)).union(workingOn(st, day))
                    .union(workingOn(st, day.plusDays(1)));
            assertThat(working.contains(slot.interval())).as("%s in %s", slot.interval(), working).isTrue();
            assertThat(blockedFor(s, st.id()).overlaps(slot.interval())).as("%s blocked", slot.interval()).isFalse();
        }
    }

    @Property(tries = 150, shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.MIXIN)
    void onTheClockGridBlocksOnlyEverTakeStartsAway(@ForAll("scenarios") Scenario s) {
        // given: on the free-range grid a block also moves starts (a free range begins where it ends)
        AvailabilityContext ctx = onTheClock(s.ctx());
        AvailabilityContext unblocked = ctx.withBlocks(List.of());

        // when
        List<Instant> with = SlotSearch.find(ctx, s.query()).stream().map(Slot::start).toList();
        List<Instant> without = SlotSearch.find(unblocked, s.query()).stream().map(Slot::start).toList();

        // then
        assertThat(without).containsAll(with);
    }

    @Property(tries = 150, shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.MIXIN)
    void movingAnAppointmentIsTheSameAsSearchingWithoutIt(@ForAll("scenarios") Scenario s) {
        // given
        List<BusyTime> others = s.ctx().busy().stream()
                .filter(b -> s.moving().map(m -> !m.equals(b.reference())).orElse(true)).toList();
        AvailabilityContext withoutIt = s.ctx().withBusy(others);

        // when
        List<Slot> moving = SlotSearch.find(s.ctx(), s.query());
        List<Slot> removed = SlotSearch.find(withoutIt, SlotQuery.days(DAYS.get(0), DAYS.get(1)));

        // then
        assertThat(moving).isEqualTo(removed);
    }

    @Property(tries = 200, shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.MIXIN)
    void noSlotBreaksADailyLimitOrTheMinimumGap(@ForAll("scenarios") Scenario s) {
        // given: the bookings that count, counted independently of the search
        BookingLimits limits = s.ctx().limits();
        List<BusyTime> counted = s.ctx().busy().stream()
                .filter(b -> b.isBooking() && s.moving().map(m -> !m.equals(b.reference())).orElse(true)).toList();

        // when
        List<Slot> slots = SlotSearch.find(s.ctx(), s.query());

        // then
        for (Slot slot : slots) {
            LocalDate day = slot.start().atZone(ZONE).toLocalDate();
            Set<String> staffRefs = new HashSet<>();
            Set<String> serviceRefs = new HashSet<>();
            long minutes = 0;
            for (BusyTime b : counted) {
                if (!b.occupancy().interval().start().atZone(ZONE).toLocalDate().equals(day)) {
                    continue;
                }
                if (b.occupancy().staff().equals(slot.staff())) {
                    staffRefs.add(b.reference());
                    minutes += b.occupancy().interval().duration().toMinutes();
                }
                if (b.service().isPresent()) {
                    serviceRefs.add(b.reference());
                }
            }
            long own = slot.occupancies().get(0).interval().duration().toMinutes();
            limits.staffAppointmentsPerDay().ifPresent(max -> assertThat(staffRefs.size() + 1)
                    .isLessThanOrEqualTo(max));
            long total = minutes + own;
            limits.staffMinutesPerDay().ifPresent(max -> assertThat(total).isLessThanOrEqualTo(max.toMinutes()));
            limits.serviceAppointmentsPerDay().ifPresent(max -> assertThat(serviceRefs.size() + 1)
                    .isLessThanOrEqualTo(max));
            TimeInterval widened = slot.occupancies().get(0).interval().expand(limits.minimumGap(),
                    limits.minimumGap());
            for (BusyTime b : counted) {
                if (b.occupancy().staff().equals(slot.staff())) {
                    assertThat(widened.overlaps(b.occupancy().interval())).as("gap to %s", b).isFalse();
                }
            }
        }
    }

    @Property(tries = 150, shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.MIXIN)
    void limitsOnlyEverTakeStartsAway(@ForAll("scenarios") Scenario s) {
        // given
        AvailabilityContext unlimited = s.ctx().withLimits(BookingLimits.NONE);

        // when
        List<Instant> with = SlotSearch.find(s.ctx(), s.query()).stream().map(Slot::start).toList();
        List<Instant> without = SlotSearch.find(unlimited, s.query()).stream().map(Slot::start).toList();

        // then
        assertThat(without).containsAll(with);
    }

    @Property(tries = 200, shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.MIXIN)
    void everybodyWorkingOnASegmentIsWorkingUnblockedAndFreeForAllOfIt(@ForAll("scenarios") Scenario s) {
        // given
        List<BusyTime> blocking = s.ctx().busy().stream()
                .filter(b -> b.blocks(Optional.empty(), s.moving())).toList();

        // when
        List<Slot> slots = SlotSearch.find(s.ctx(), s.query());

        // then
        for (Slot slot : slots) {
            for (SegmentAssignment seg : slot.segments()) {
                assertThat(seg.allStaff()).hasSize(s.ctx().service().staffCount()).doesNotHaveDuplicates();
                LocalDate day = seg.interval().start().atZone(ZONE).toLocalDate();
                for (StaffId who : seg.allStaff()) {
                    Staff st = s.ctx().staff().stream().filter(x -> x.id().equals(who)).findFirst().orElseThrow();
                    IntervalSet working = workingOn(st, day.minusDays(1)).union(workingOn(st, day))
                            .union(workingOn(st, day.plusDays(1)));
                    assertThat(working.contains(seg.interval())).as("%s works %s", who, seg.interval()).isTrue();
                    assertThat(blockedFor(s, who).overlaps(seg.interval())).isFalse();
                }
            }
            for (Occupancy o : slot.occupancies()) {
                for (BusyTime b : blocking) {
                    assertThat(o.conflictsWith(b.occupancy())).as("%s conflicts with %s", o, b).isFalse();
                }
            }
        }
    }

    @Property(tries = 25, shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.MIXIN)
    void explainAgreesWithFindAtEveryFiveMinutesOnEitherGrid(@ForAll("scenarios") Scenario s) {
        // given
        Set<Instant> found = new HashSet<>();
        SlotSearch.find(s.ctx(), s.query()).forEach(slot -> found.add(slot.start()));
        Instant from = DAYS.get(0).atStartOfDay(ZONE).toInstant();
        Instant to = DAYS.get(1).plusDays(1).atStartOfDay(ZONE).toInstant();

        // when / then
        for (Instant t = from; t.isBefore(to); t = t.plus(Duration.ofMinutes(5))) {
            Explanation e = SlotSearch.explain(s.ctx(), t, Optional.empty(), Optional.empty(), s.moving());
            assertThat(e.bookable()).as("%s: %s", t, e.reasons()).isEqualTo(found.contains(t));
        }
    }
}
