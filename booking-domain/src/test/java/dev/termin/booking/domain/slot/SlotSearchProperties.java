package dev.termin.booking.domain.slot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.domain.calendar.DateOverride;
import dev.termin.booking.domain.catalogue.Holiday;
import dev.termin.booking.domain.catalogue.HolidayId;
import dev.termin.booking.domain.catalogue.HolidayType;
import dev.termin.booking.domain.calendar.OpeningHours;
import dev.termin.booking.domain.calendar.TimeOff;
import dev.termin.booking.domain.catalogue.Branch;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.CompositeDefinition;
import dev.termin.booking.domain.catalogue.Money;
import dev.termin.booking.domain.catalogue.PausePolicy;
import dev.termin.booking.domain.catalogue.Service;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.ServiceStep;
import dev.termin.booking.domain.catalogue.ServiceStep.Pause;
import dev.termin.booking.domain.catalogue.ServiceStep.WorkSegment;
import dev.termin.booking.domain.catalogue.Staff;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.policy.BookingPolicy;
import dev.termin.booking.domain.policy.PolicyOverride;
import dev.termin.booking.domain.time.IntervalSet;
import dev.termin.booking.domain.time.LocalTimeWindow;
import dev.termin.booking.domain.time.TimeInterval;
import dev.termin.booking.domain.time.WeeklyHours;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;

/**
 * Slot search on generated calendars: random opening hours (with overrides and holidays), staff hours, breaks and
 * time off, busy times of every origin and kind, plain and composite services, zones Europe/Berlin,
 * America/New_York and UTC, and dates around the DST changes of both zones.
 */
class SlotSearchProperties {

    private static final TenantId TENANT = TenantId.of("t");
    private static final BranchId BRANCH = BranchId.of("b");
    private static final ServiceId SERVICE = ServiceId.of("s");
    private static final List<StaffId> STAFF = List.of(StaffId.of("s1"), StaffId.of("s2"), StaffId.of("s3"));
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"),
            ZoneId.of("UTC"));
    /** Mondays of ordinary weeks. */
    private static final List<LocalDate> WEEKS = List.of(LocalDate.of(2026, 2, 9), LocalDate.of(2026, 6, 15),
            LocalDate.of(2026, 9, 7), LocalDate.of(2027, 1, 11));
    /** The Sundays of 2026 on which the clocks change, per zone (UTC: Berlin's, where nothing happens). */
    private static final Map<ZoneId, List<LocalDate>> DST_SUNDAYS = Map.of(
            ZONES.get(0), List.of(LocalDate.of(2026, 3, 29), LocalDate.of(2026, 10, 25)),
            ZONES.get(1), List.of(LocalDate.of(2026, 3, 8), LocalDate.of(2026, 11, 1)),
            ZONES.get(2), List.of(LocalDate.of(2026, 3, 29), LocalDate.of(2026, 10, 25)));
    private static final String OWNER = "call-1";

    /** One generated calendar and query. */
    record Scenario(AvailabilityContext ctx, SlotQuery query) {

        ZoneId zone() {
            return ctx.branch().zone();
        }

        @Override
        public String toString() {
            return "Scenario[zone=" + zone() + ", query=" + query + ", now=" + ctx.now() + ", service="
                    + ctx.service() + ", opening=" + ctx.branch().openingHours() + ", staff=" + ctx.staff()
                    + ", holidays=" + ctx.holidays() + ", busy=" + ctx.busy() + "]";
        }
    }

    // ---------------------------------------------------------------- generators

    /** Integers spread evenly (jqwik's default distribution favours values near zero). */
    private static Arbitrary<Integer> uniform(int min, int max) {
        return Arbitraries.integers().between(min, max).withDistribution(RandomDistribution.uniform());
    }

    /** 0 to 2 non-touching windows on a 5-minute grid, possibly starting at 00:00 or ending at midnight. */
    private static Arbitrary<List<LocalTimeWindow>> windows(int maxWindows) {
        return uniform(0, 288).set().ofMaxSize(maxWindows * 2).map(set -> {
            List<Integer> b = new ArrayList<>(set);
            b.sort(null);
            List<LocalTimeWindow> out = new ArrayList<>();
            for (int i = 0; i + 1 < b.size(); i += 2) {
                LocalTime start = LocalTime.MIN.plusMinutes(5L * b.get(i));
                LocalTime end = b.get(i + 1) == 288 ? LocalTime.MIDNIGHT : LocalTime.MIN.plusMinutes(5L * b.get(i + 1));
                out.add(new LocalTimeWindow(start, end));
            }
            return out;
        });
    }

    /** Mostly daytime hours, sometimes random windows including the night. */
    private static Arbitrary<List<LocalTimeWindow>> dayWindows() {
        Arbitrary<List<LocalTimeWindow>> daytime = Combinators.combine(
                uniform(6 * 12, 11 * 12), uniform(12 * 12, 21 * 12))
                .as((s, e) -> List.of(new LocalTimeWindow(LocalTime.MIN.plusMinutes(5L * s),
                        LocalTime.MIN.plusMinutes(5L * e))));
        Arbitrary<List<LocalTimeWindow>> allDay = Arbitraries.just(List.of(LocalTimeWindow.of("00:00", "00:00")));
        // windows that start or end in the night hours where the clocks change (01:00-03:00)
        Arbitrary<List<LocalTimeWindow>> night = Combinators.combine(uniform(0, 3 * 12), uniform(1, 4 * 12))
                .as((s, len) -> List.of(new LocalTimeWindow(LocalTime.MIN.plusMinutes(5L * s),
                        LocalTime.MIN.plusMinutes(5L * (s + len)))));
        return Arbitraries.frequencyOf(
                Tuple.of(5, daytime),
                Tuple.of(3, windows(2)),
                Tuple.of(2, allDay),
                Tuple.of(2, night),
                Tuple.of(1, Arbitraries.just(List.<LocalTimeWindow>of())));
    }

    private static Arbitrary<WeeklyHours> weekly(Arbitrary<List<LocalTimeWindow>> perDay) {
        return perDay.list().ofSize(7).map(days -> {
            Map<DayOfWeek, List<LocalTimeWindow>> m = new EnumMap<>(DayOfWeek.class);
            for (int i = 0; i < 7; i++) {
                m.put(DayOfWeek.of(i + 1), days.get(i));
            }
            return new WeeklyHours(m);
        });
    }

    private static Arbitrary<WeeklyHours> breaks() {
        Arbitrary<List<LocalTimeWindow>> oneBreak = Combinators.combine(
                uniform(0, 287), uniform(1, 18))
                .as((s, len) -> List.of(new LocalTimeWindow(LocalTime.MIN.plusMinutes(5L * s),
                        s + len >= 288 ? LocalTime.MIDNIGHT : LocalTime.MIN.plusMinutes(5L * (s + len)))));
        return weekly(Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(List.<LocalTimeWindow>of())),
                Tuple.of(2, oneBreak)));
    }

    private static Arbitrary<Service> service() {
        Arbitrary<Duration> minutes5 = uniform(1, 12).map(n -> Duration.ofMinutes(5L * n));
        Arbitrary<Duration> buffer = Arbitraries.of(0, 0, 5, 10, 15).map(Duration::ofMinutes);
        Arbitrary<Duration> grid = Arbitraries.of(5, 10, 15, 15, 20, 30, 60).map(Duration::ofMinutes);
        Arbitrary<Service> plain = Combinators.combine(minutes5, buffer, buffer, grid).as((d, before, after, g) ->
                new Service(SERVICE, TENANT, "plain", List.of(), d, Money.euros(10), before, after, g,
                        Optional.empty(), PolicyOverride.none(), true));
        Arbitrary<Optional<Set<StaffId>>> qualified = Arbitraries.of(STAFF).set().ofMinSize(1).ofMaxSize(2)
                .optional(0.4);
        Arbitrary<Service> composite = Combinators.combine(
                Arbitraries.of(PausePolicy.class), minutes5, minutes5, minutes5, qualified, buffer, buffer, grid)
                .as((policy, a, pause, c, q, before, after, g) -> {
                    List<ServiceStep> steps = List.of(
                            new WorkSegment("A", "A", a, Set.of()),
                            new Pause(pause),
                            new WorkSegment("B", "B", Duration.ofMinutes(15), q.orElse(Set.of())),
                            new WorkSegment("C", "C", c, Set.of()),
                            new Pause(Duration.ofMinutes(15)),
                            new WorkSegment("D", "D", Duration.ofMinutes(20), Set.of()));
                    return Service.composite(SERVICE, TENANT, "composite", new CompositeDefinition(steps, policy),
                            Money.euros(50)).withBuffers(before, after).withSlotInterval(g);
                });
        return Arbitraries.oneOf(plain, composite);
    }

    private static Arbitrary<TimeInterval> intervalNear(LocalDate from, ZoneId zone, int days, int maxLength5) {
        Instant base = from.atStartOfDay(zone).toInstant();
        return Combinators.combine(uniform(0, days * 288),
                uniform(1, maxLength5))
                .as((s, len) -> TimeInterval.of(base.plus(Duration.ofMinutes(5L * s)),
                        Duration.ofMinutes(5L * len)));
    }

    private static Arbitrary<BusyTime> busy(LocalDate from, ZoneId zone, int days) {
        Arbitrary<OccupancyKind> kind = Arbitraries.frequency(Tuple.of(6, OccupancyKind.WORK),
                Tuple.of(1, OccupancyKind.BLOCKED_PAUSE),
                Tuple.of(2, OccupancyKind.FLEXIBLE_PAUSE));
        return Combinators.combine(Arbitraries.of(STAFF), intervalNear(from.minusDays(1), zone, days + 2, 36), kind,
                uniform(0, 3), uniform(0, 99))
                .as((staff, interval, k, origin, ref) -> {
                    Occupancy o = new Occupancy(staff, interval, k);
                    return switch (origin) {
                        case 0 -> BusyTime.appointment(o, "apt-" + ref);
                        case 1 -> BusyTime.hold(o, "hold-" + ref, OWNER);
                        case 2 -> BusyTime.hold(o, "hold-" + ref, "call-2");
                        default -> BusyTime.external(o, "ext-" + ref);
                    };
                });
    }

    private static Arbitrary<Staff> staff(StaffId id, LocalDate from, ZoneId zone, int days) {
        Arbitrary<WeeklyHours> hours = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(WeeklyHours.on(List.of(DayOfWeek.values()),
                        LocalTimeWindow.of("07:00", "21:00")))),
                Tuple.of(1, Arbitraries.just(WeeklyHours.on(List.of(DayOfWeek.values()),
                        LocalTimeWindow.of("00:00", "00:00")))),
                Tuple.of(3, weekly(dayWindows())));
        return Combinators.combine(hours, breaks(),
                intervalNear(from, zone, days, 120).list().ofMaxSize(1),
                Arbitraries.frequency(Tuple.of(18, "ok"), Tuple.of(1, "unqualified"), Tuple.of(1, "inactive")))
                .as((working, br, off, flag) -> new Staff(id, TENANT, BRANCH, id.value(), List.of(),
                        flag.equals("unqualified") ? Set.of() : Set.of(SERVICE), working, br,
                        off.stream().map(i -> new TimeOff(i, "off")).toList(), !flag.equals("inactive")));
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<ZoneId> zones = Arbitraries.of(ZONES);
        // a range of 1 to 3 days: mostly one that contains a DST change of the zone, otherwise an ordinary one
        Arbitrary<Tuple.Tuple3<ZoneId, LocalDate, Integer>> ranges = zones.flatMap(zone -> Arbitraries.frequencyOf(
                Tuple.of(3, Combinators.combine(Arbitraries.of(DST_SUNDAYS.get(zone)),
                        uniform(0, 2), uniform(0, 2))
                        .as((sunday, before, after) -> Tuple.of(zone, sunday.minusDays(before),
                                Math.min(2, before + after)))),
                Tuple.of(2, Combinators.combine(Arbitraries.of(WEEKS), uniform(0, 6),
                        uniform(0, 2))
                        .as((monday, plus, extra) -> Tuple.of(zone, monday.plusDays(plus), extra)))));
        return ranges.flatMap(range -> {
            ZoneId zone = range.get1();
            LocalDate from = range.get2();
            int extra = range.get3();
            int days = extra + 1;
            LocalDate to = from.plusDays(extra);
            Arbitrary<List<Staff>> staff = Combinators.combine(
                    staff(STAFF.get(0), from, zone, days), staff(STAFF.get(1), from, zone, days),
                    staff(STAFF.get(2), from, zone, days), uniform(1, 3))
                    .as((a, b, c, n) -> List.of(a, b, c).subList(0, n == 1 ? 1 : 3));
            Arbitrary<OpeningHours> opening = Combinators.combine(weekly(dayWindows()),
                    uniform(0, days - 1).optional(0.3), windows(2))
                    .as((weekly, overrideDay, overrideWindows) -> overrideDay
                            .map(d -> OpeningHours.of(weekly, List.of(new DateOverride(from.plusDays(d),
                                    overrideWindows, "override"))))
                            .orElse(OpeningHours.weekly(weekly)));
            Arbitrary<List<Holiday>> holidays = Combinators.combine(
                    uniform(-1, days).optional(0.3),
                    uniform(-1, days).optional(0.3),
                    Arbitraries.of(STAFF))
                    .as((branchDay, staffDay, who) -> {
                        List<Holiday> out = new ArrayList<>();
                        branchDay.ifPresent(d -> out.add(new Holiday(HolidayId.of("h-branch"), TENANT,
                                Optional.of(BRANCH), "Feiertag", HolidayType.PUBLIC_HOLIDAY, from.plusDays(d),
                                from.plusDays(d), false, Set.of())));
                        staffDay.ifPresent(d -> out.add(new Holiday(HolidayId.of("h-staff"), TENANT,
                                Optional.empty(), "Schulung", HolidayType.TRAINING, from.plusDays(d),
                                from.plusDays(d), false, Set.of(who))));
                        return out;
                    });
            Arbitrary<BookingPolicy> policy = Combinators.combine(Arbitraries.of(0, 30, 120, 240),
                    Arbitraries.of(1, 2, 90, 90)).as((notice, advanceDays) -> new BookingPolicy(
                            Duration.ofMinutes(notice), Duration.ofDays(advanceDays), Duration.ofHours(24),
                            Duration.ofHours(2), 3, Duration.ofMinutes(5), Duration.ofHours(48)));
            Arbitrary<Instant> now = uniform(-36 * 12, 6 * 12)
                    .map(m -> from.atStartOfDay(zone).toInstant().plus(Duration.ofMinutes(5L * m)));
            Arbitrary<SlotQuery> query = Combinators.combine(Arbitraries.of(STAFF).optional(0.3),
                    Arbitraries.of(OWNER, "call-3").optional(0.5))
                    .as((pref, own) -> new SlotQuery(from, to, pref, own));
            Arbitrary<List<BusyTime>> busy = busy(from, zone, days).list().ofMaxSize(10);
            return Combinators.combine(staff, opening, holidays, policy, now, query, busy, service())
                    .as((st, oh, hol, pol, n, q, bz, svc) -> new Scenario(
                            new AvailabilityContext(new Branch(BRANCH, TENANT, "Filiale", zone, oh), svc, pol, st,
                                    hol, bz, n), q));
        });
    }

    // ---------------------------------------------------------------- independent views of the calendar

    private static Map<StaffId, Staff> staffById(Scenario s) {
        Map<StaffId, Staff> m = new HashMap<>();
        s.ctx().staff().forEach(st -> m.put(st.id(), st));
        return m;
    }

    private static IntervalSet days(Scenario s, Predicate<Holiday> applies) {
        List<TimeInterval> out = new ArrayList<>();
        for (LocalDate d = s.query().from().minusDays(1); !d.isAfter(s.query().to().plusDays(1)); d = d.plusDays(1)) {
            for (Holiday h : s.ctx().holidays()) {
                if (applies.test(h) && h.covers(d)) {
                    out.add(TimeInterval.of(d.atStartOfDay(s.zone()).toInstant(),
                            d.plusDays(1).atStartOfDay(s.zone()).toInstant()));
                }
            }
        }
        return IntervalSet.of(out);
    }

    private static IntervalSet openTime(Scenario s) {
        IntervalSet open = s.ctx().branch().openingHours().openBetween(s.query().from().minusDays(1),
                s.query().to().plusDays(1), s.zone());
        return open.subtract(days(s, h -> h.appliesToWholeBranch(BRANCH)));
    }

    private static IntervalSet workable(Scenario s, Staff st) {
        LocalDate from = s.query().from().minusDays(1);
        LocalDate to = s.query().to().plusDays(1);
        return st.workingHours().between(from, to, s.zone())
                .subtract(st.breaks().between(from, to, s.zone()))
                .subtract(IntervalSet.of(st.timeOff().stream().map(TimeOff::period).toList()))
                .subtract(days(s, h -> h.appliesTo(BRANCH, st.id())));
    }

    private static List<Slot> find(Scenario s) {
        return SlotSearch.find(s.ctx(), s.query());
    }

    // ---------------------------------------------------------------- properties

    @Property(tries = 150, shrinking = ShrinkingMode.BOUNDED)
    void noSlotConflictsWithBusyTimeThatBlocksTheOwner(@ForAll("scenarios") Scenario s) {
        // given
        List<BusyTime> blocking = s.ctx().busy().stream().filter(b -> b.blocks(s.query().owner())).toList();

        // when
        List<Slot> slots = find(s);

        // then
        for (Slot slot : slots) {
            for (Occupancy o : slot.occupancies()) {
                for (BusyTime b : blocking) {
                    assertThat(o.conflictsWith(b.occupancy())).as("%s conflicts with %s", o, b).isFalse();
                }
            }
        }
    }

    @Property(tries = 150, shrinking = ShrinkingMode.BOUNDED)
    void everyCustomerSpanLiesInsideTheBranchsOpenTime(@ForAll("scenarios") Scenario s) {
        // given
        IntervalSet open = openTime(s);

        // when
        List<Slot> slots = find(s);

        // then
        for (Slot slot : slots) {
            assertThat(open.contains(slot.interval())).as("%s inside %s", slot.interval(), open).isTrue();
            assertThat(slot.interval().duration()).isEqualTo(s.ctx().service().duration());
        }
    }

    @Property(tries = 150, shrinking = ShrinkingMode.BOUNDED)
    void everyWorkSegmentLiesInItsStaffMembersWorkingTimeOutsideBreaksTimeOffAndHolidays(
            @ForAll("scenarios") Scenario s) {
        // given
        Map<StaffId, Staff> staff = staffById(s);

        // when
        List<Slot> slots = find(s);

        // then
        for (Slot slot : slots) {
            Staff main = staff.get(slot.staff());
            assertThat(main.performs(SERVICE)).isTrue();
            assertThat(s.query().staff().map(p -> p.equals(main.id())).orElse(true)).isTrue();
            for (SegmentAssignment seg : slot.segments()) {
                Staff worker = staff.get(seg.staff());
                assertThat(worker.active()).isTrue();
                assertThat(workable(s, worker).contains(seg.interval()))
                        .as("%s of %s", seg.interval(), worker.id()).isTrue();
            }
        }
    }

    @Property(tries = 150, shrinking = ShrinkingMode.BOUNDED)
    void occupanciesFollowTheSegmentsBuffersAndPausePolicy(@ForAll("scenarios") Scenario s) {
        // given
        Service service = s.ctx().service();
        PausePolicy policy = service.composite().map(CompositeDefinition::pausePolicy).orElse(PausePolicy.FREE);
        Map<StaffId, Staff> staff = staffById(s);

        // when
        List<Slot> slots = find(s);

        // then
        for (Slot slot : slots) {
            List<SegmentAssignment> segs = slot.segments();
            assertThat(segs).hasSize(service.segments().size());
            List<Occupancy> expected = new ArrayList<>();
            for (int i = 0; i < segs.size(); i++) {
                SegmentAssignment seg = segs.get(i);
                assertThat(seg.index()).isEqualTo(i + 1);
                assertThat(seg.total()).isEqualTo(segs.size());
                assertThat(seg.key()).isEqualTo(service.segments().get(i).key());
                expected.add(new Occupancy(seg.staff(), seg.interval().expand(
                        i == 0 ? service.bufferBefore() : Duration.ZERO,
                        i == segs.size() - 1 ? service.bufferAfter() : Duration.ZERO), OccupancyKind.WORK));
            }
            assertThat(segs.get(0).interval().start()).isEqualTo(slot.start());
            assertThat(segs.get(segs.size() - 1).interval().end()).isEqualTo(slot.end());
            Set<StaffId> involved = new LinkedHashSet<>();
            segs.forEach(seg -> involved.add(seg.staff()));
            for (int i = 0; i + 1 < segs.size(); i++) {
                Instant ps = segs.get(i).interval().end();
                Instant pe = segs.get(i + 1).interval().start();
                if (!pe.isAfter(ps)) {
                    continue;
                }
                TimeInterval pause = TimeInterval.of(ps, pe);
                StaffId before = segs.get(i).staff();
                StaffId after = segs.get(i + 1).staff();
                switch (policy) {
                    case FREE -> { }
                    case BLOCKED -> {
                        expected.add(new Occupancy(before, pause, OccupancyKind.BLOCKED_PAUSE));
                        assertThat(workable(s, staff.get(before)).contains(pause)).isTrue();
                    }
                    case NEVER -> {
                        involved.forEach(w -> expected.add(new Occupancy(w, pause, OccupancyKind.BLOCKED_PAUSE)));
                        assertThat(workable(s, staff.get(before)).contains(pause)).isTrue();
                    }
                    case FLEXIBLE -> {
                        expected.add(new Occupancy(before, pause, OccupancyKind.FLEXIBLE_PAUSE));
                        if (!after.equals(before)) {
                            expected.add(new Occupancy(after, pause, OccupancyKind.FLEXIBLE_PAUSE));
                        }
                    }
                    default -> throw new IllegalStateException();
                }
            }
            assertThat(slot.occupancies()).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Property(tries = 150, shrinking = ShrinkingMode.BOUNDED)
    void startsAreOnTheGridInOrderAndWithinNoticeAndAdvance(@ForAll("scenarios") Scenario s) {
        // given
        long step = s.ctx().service().slotInterval().toMinutes();
        Instant earliest = s.ctx().now().plus(s.ctx().policy().minimumNotice());
        Instant latest = s.ctx().now().plus(s.ctx().policy().maximumAdvance());

        // when
        List<Slot> slots = find(s);

        // then
        for (int i = 0; i < slots.size(); i++) {
            Slot slot = slots.get(i);
            LocalDateTime local = LocalDateTime.ofInstant(slot.start(), s.zone());
            assertThat(local.getSecond()).isZero();
            assertThat(local.getNano()).isZero();
            assertThat((local.getHour() * 60L + local.getMinute()) % step).isZero();
            assertThat(local.toLocalDate()).isBetween(s.query().from(), s.query().to());
            assertThat(slot.start()).isBetween(earliest, latest);
            if (i > 0) {
                assertThat(slot.start()).isAfter(slots.get(i - 1).start());
            }
        }
    }

    @Property(tries = 80, shrinking = ShrinkingMode.BOUNDED)
    void explainAgreesWithFindForEveryGridStartOfEveryDay(@ForAll("scenarios") Scenario s) {
        // given
        Map<Instant, Slot> found = new HashMap<>();
        find(s).forEach(slot -> found.put(slot.start(), slot));
        long step = s.ctx().service().slotInterval().toMinutes();

        // when / then
        for (LocalDate d = s.query().from(); !d.isAfter(s.query().to()); d = d.plusDays(1)) {
            for (long m = 0; m < 24 * 60; m += step) {
                LocalDateTime local = d.atStartOfDay().plusMinutes(m);
                for (ZoneOffset offset : s.zone().getRules().getValidOffsets(local)) {
                    Instant t = local.toInstant(offset);
                    Explanation e = SlotSearch.explain(s.ctx(), t, s.query().staff(), s.query().owner());
                    assertThat(e.bookable()).as("explain(%s) = %s, find has %s", t, e.reasons(), found.get(t))
                            .isEqualTo(found.containsKey(t));
                    if (e.bookable()) {
                        assertThat(e.slot()).contains(found.get(t));
                    }
                }
            }
        }
    }

    @Property(tries = 50, shrinking = ShrinkingMode.BOUNDED)
    void anOffGridStartIsNeverBookable(@ForAll("scenarios") Scenario s) {
        // given: one minute past every found slot
        List<Slot> slots = find(s);

        // when / then
        for (Slot slot : slots) {
            Explanation e = SlotSearch.explain(s.ctx(), slot.start().plus(Duration.ofMinutes(1)), s.query().staff(),
                    s.query().owner());
            assertThat(e.bookable()).isFalse();
            assertThat(e.reasons()).extracting(Reason::code).contains(Reason.Code.OFF_GRID);
        }
    }
}
