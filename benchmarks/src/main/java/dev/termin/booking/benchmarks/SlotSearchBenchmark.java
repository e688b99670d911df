package dev.termin.booking.benchmarks;

import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.application.port.in.BookCommand;
import dev.termin.booking.application.port.in.SlotRequest;
import dev.termin.booking.domain.customer.Customer;
import dev.termin.booking.domain.appointment.Source;
import dev.termin.booking.domain.calendar.OpeningHours;
import dev.termin.booking.domain.catalogue.Branch;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.Company;
import dev.termin.booking.domain.catalogue.CompositeDefinition;
import dev.termin.booking.domain.catalogue.Money;
import dev.termin.booking.domain.catalogue.PausePolicy;
import dev.termin.booking.domain.catalogue.ResourceNeed;
import dev.termin.booking.domain.catalogue.ResourceType;
import dev.termin.booking.domain.catalogue.ResourceTypeId;
import dev.termin.booking.domain.catalogue.SchedulingSettings;
import dev.termin.booking.domain.catalogue.Service;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.ServiceStep.Pause;
import dev.termin.booking.domain.catalogue.ServiceStep.WorkSegment;
import dev.termin.booking.domain.catalogue.Staff;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.policy.BookingLimits;
import dev.termin.booking.domain.policy.BookingPolicy;
import dev.termin.booking.domain.slot.AvailabilityContext;
import dev.termin.booking.domain.slot.BusyTime;
import dev.termin.booking.domain.slot.Occupancy;
import dev.termin.booking.domain.slot.ResourceUse;
import dev.termin.booking.domain.slot.Slot;
import dev.termin.booking.domain.slot.SlotQuery;
import dev.termin.booking.domain.slot.SlotSearch;
import dev.termin.booking.domain.time.LocalTimeWindow;
import dev.termin.booking.domain.time.WeeklyHours;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Slot search over 10 staff and 30 days on a 15-minute grid with 500 existing appointments, for a plain
 * 30-minute service and a composite colour service, in the domain alone and through the engine (in-memory
 * storage, so loading the context is included). With {@code schedulingModel = true} the branch has three wash
 * basins, the cut takes one for its whole time and the colour one for its wash, and the company limits every staff
 * member to 8 appointments and 360 booked minutes a day, so that resources and limits are checked at every start.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SlotSearchBenchmark {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final Instant NOW = Instant.parse("2026-06-01T06:00:00Z");
    static final LocalDate FIRST = LocalDate.of(2026, 6, 2);
    static final LocalDate LAST = FIRST.plusDays(29);
    static final TenantId TENANT = TenantId.of("bench");
    static final BranchId BRANCH = BranchId.of("main");
    static final ServiceId CUT = ServiceId.of("cut");
    static final ServiceId COLOUR = ServiceId.of("colour");
    static final ResourceTypeId BASIN = ResourceTypeId.of("wash-basin");

    /** Whether resources and daily limits are switched on. */
    @Param({"false", "true"})
    public boolean schedulingModel;

    AvailabilityContext plain;
    AvailabilityContext composite;
    BookingEngine engine;
    StaffId firstStaff;
    Instant busyStart;

    @Setup
    public void setUp() {
        WeeklyHours open = WeeklyHours.on(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), LocalTimeWindow.of("09:00", "19:00"));
        Branch branch = new Branch(BRANCH, TENANT, "Bench", ZONE, OpeningHours.weekly(open));
        Service cut = Service.plain(CUT, TENANT, "Cut", 30, Money.euros(30));
        Service colour = Service.composite(COLOUR, TENANT, "Colour", new CompositeDefinition(List.of(
                WorkSegment.of("a", "Colour", 30), Pause.of(45), WorkSegment.of("b", "Wash", 15),
                WorkSegment.of("c", "Cut", 30), Pause.of(15), WorkSegment.of("d", "Dry", 30)), PausePolicy.FREE),
                Money.euros(80));
        List<ResourceType> types = List.of();
        BookingLimits limits = BookingLimits.NONE;
        if (schedulingModel) {
            types = List.of(new ResourceType(BASIN, TENANT, BRANCH, "Wash basin", 3));
            cut = cut.withResources(List.of(ResourceNeed.whole(BASIN, 1)));
            colour = colour.withResources(List.of(ResourceNeed.during("b", BASIN, 1)));
            limits = BookingLimits.NONE.withStaffAppointmentsPerDay(8).withStaffMinutesPerDay(Duration.ofMinutes(360));
        }
        List<Staff> staff = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            staff.add(new Staff(StaffId.of("staff-" + i), TENANT, BRANCH, "Staff " + i, List.of(),
                    Set.of(CUT, COLOUR), open, WeeklyHours.on(List.of(DayOfWeek.values()),
                            LocalTimeWindow.of("13:00", "13:30")), List.of(), true));
        }
        firstStaff = staff.get(0).id();

        engine = BookingEngine.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
        engine.catalogue().saveCompany(new Company(TENANT, "Bench", BookingPolicy.DEFAULTS,
                SchedulingSettings.DEFAULTS.withLimits(limits))).orElseThrow();
        engine.catalogue().saveBranch(branch).orElseThrow();
        types.forEach(t -> engine.catalogue().saveResourceType(t).orElseThrow());
        engine.catalogue().saveService(cut).orElseThrow();
        engine.catalogue().saveService(colour).orElseThrow();
        staff.forEach(s -> engine.catalogue().saveStaff(s).orElseThrow());

        // 500 appointments at random grid times, booked through the engine so they are consistent
        SplittableRandom rnd = new SplittableRandom(42);
        int booked = 0;
        while (booked < 500) {
            LocalDate day = FIRST.plusDays(rnd.nextInt(30));
            Instant start = day.atTime(9, 0).atZone(ZONE).toInstant().plus(Duration.ofMinutes(15L * rnd.nextInt(38)));
            StaffId who = staff.get(rnd.nextInt(10)).id();
            var r = engine.appointments().book(new BookCommand(new SlotRequest(TENANT, Optional.of(BRANCH), CUT,
                    Optional.of(who)), start, Customer.withPhone("Bench", "+4915112345678"), "", Source.API,
                    Optional.empty(), Optional.empty(), "bench-" + booked));
            if (r.isSuccess()) {
                booked++;
                if (busyStart == null && who.equals(firstStaff)) {
                    busyStart = start;
                }
            }
        }
        List<BusyTime> busy = new ArrayList<>();
        List<ResourceUse> uses = new ArrayList<>();
        engine.appointments().list(TENANT, Optional.empty(), dev.termin.booking.domain.time.TimeInterval.of(
                NOW, NOW.plus(Duration.ofDays(40)))).forEach(a -> {
                    for (Occupancy o : a.activeOccupancies()) {
                        busy.add(BusyTime.appointment(o, a.id().value(), a.service()));
                    }
                    a.activeResources().forEach(r -> uses.add(ResourceUse.appointment(r, a.id().value())));
                });
        plain = new AvailabilityContext(branch, cut, BookingPolicy.DEFAULTS, staff, List.of(), busy, NOW)
                .withResources(types, uses).withLimits(cut.limitsUnder(limits));
        composite = new AvailabilityContext(branch, colour, BookingPolicy.DEFAULTS, staff, List.of(), busy, NOW)
                .withResources(types, uses).withLimits(colour.limitsUnder(limits));
    }

    @Benchmark
    public List<Slot> plainServiceAnyStaffThirtyDays() {
        return SlotSearch.find(plain, SlotQuery.days(FIRST, LAST));
    }

    @Benchmark
    public List<Slot> compositeServiceAnyStaffThirtyDays() {
        return SlotSearch.find(composite, SlotQuery.days(FIRST, LAST));
    }

    @Benchmark
    public List<Slot> plainServiceOneStaffThirtyDays() {
        return SlotSearch.find(plain, new SlotQuery(FIRST, LAST, Optional.of(firstStaff), Optional.empty()));
    }

    @Benchmark
    public Object explainOneBusyStart() {
        return SlotSearch.explain(plain, busyStart, Optional.of(firstStaff), Optional.empty());
    }

    @Benchmark
    public Object nearestFiveAlternatives() {
        return SlotSearch.nearest(plain, busyStart, 5, Optional.empty(), Optional.empty(), 14);
    }

    @Benchmark
    public Object engineFindSlotsOneDayInMemory() {
        return engine.availability().findSlots(SlotRequest.of(TENANT, BRANCH, CUT), FIRST.plusDays(3),
                FIRST.plusDays(3), Optional.empty()).orElseThrow();
    }

    @Benchmark
    public Object engineFindSlotsThirtyDaysInMemory() {
        return engine.availability().findSlots(SlotRequest.of(TENANT, BRANCH, CUT), FIRST, LAST, Optional.empty())
                .orElseThrow();
    }
}
