package dev.termin.booking.benchmarks;

import dev.termin.booking.application.port.in.CatalogueUseCase;
import dev.termin.booking.domain.calendar.OpeningHours;
import dev.termin.booking.domain.catalogue.Branch;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.Company;
import dev.termin.booking.domain.catalogue.Money;
import dev.termin.booking.domain.catalogue.Service;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.Staff;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.policy.BookingPolicy;
import dev.termin.booking.domain.time.LocalTimeWindow;
import dev.termin.booking.domain.time.WeeklyHours;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load test's own tenant: {@value #STAFF} staff spread over one or more branches in Europe/Berlin, open every
 * day 06:00–22:00, and a 30-minute service without buffers, so that there are 32 × {@value #STAFF} bookable slots a
 * day; {@link #next()} hands out each slot once, cycling through the staff first and the days second, so that
 * consecutive bookings hit different staff and the days fill evenly.
 */
final class BenchTenant {

    static final int STAFF = 50;
    static final String SERVICE = "cut";
    private static final int SLOTS_PER_DAY = 32;
    private static final LocalTime OPEN = LocalTime.of(6, 0);
    private static final int SLOT_MINUTES = 30;

    /** A slot of the bench tenant: staff id and local start time in the branch's zone. */
    record Slot(String staff, String start) {
    }

    private final TenantId tenant;
    private final LocalDate firstDay;
    private final int days;
    private final int branches;
    private final AtomicLong handedOut = new AtomicLong();

    /**
     * The tenant {@code id} with its staff in {@code branches} branches of equal size, its slots from
     * {@code firstDay} for {@code days} days.
     */
    BenchTenant(String id, LocalDate firstDay, int days, int branches) {
        if (branches < 1 || STAFF % branches != 0) {
            throw new IllegalArgumentException("the branches must divide " + STAFF + " staff evenly");
        }
        this.tenant = TenantId.of(id);
        this.firstDay = firstDay;
        this.days = days;
        this.branches = branches;
    }

    String id() {
        return tenant.value();
    }

    static String staffId(int i) {
        return String.format("s%02d", i);
    }

    /** Writes company, branch, service and staff through the engine's catalogue (an upsert). */
    void load(CatalogueUseCase catalogue) {
        ZoneId zone = ZoneId.of("Europe/Berlin");
        WeeklyHours open = WeeklyHours.on(List.of(DayOfWeek.values()), LocalTimeWindow.of("06:00", "22:00"));
        ServiceId cut = ServiceId.of(SERVICE);
        catalogue.saveCompany(new Company(tenant, "Load test salon", BookingPolicy.DEFAULTS)).orElseThrow();
        for (int b = 0; b < branches; b++) {
            catalogue.saveBranch(new Branch(BranchId.of("b" + b), tenant, "Load test branch " + b, zone,
                    OpeningHours.weekly(open))).orElseThrow();
        }
        catalogue.saveService(Service.plain(cut, tenant, "Cut", SLOT_MINUTES, Money.euros(30))
                .withBuffers(Duration.ZERO, Duration.ZERO)).orElseThrow();
        int perBranch = STAFF / branches;
        for (int i = 0; i < STAFF; i++) {
            catalogue.saveStaff(new Staff(StaffId.of(staffId(i)), tenant, BranchId.of("b" + i / perBranch),
                    "Staff " + i, List.of(), Set.of(cut), open, WeeklyHours.none(), List.of(), true)).orElseThrow();
        }
    }

    /** Slots in the plan, of which {@link #handedOut()} are used. */
    long capacity() {
        return (long) days * SLOTS_PER_DAY * STAFF;
    }

    long handedOut() {
        return handedOut.get();
    }

    /** Branches the staff work in. */
    int branches() {
        return branches;
    }

    /** Days the slots are spread over. */
    int days() {
        return days;
    }

    /**
     * The next never-used slot.
     *
     * @throws IllegalStateException when all slots are used
     */
    Slot next() {
        long i = handedOut.getAndIncrement();
        if (i >= capacity()) {
            throw new IllegalStateException("the bench tenant has no free slot left; shorten the runs");
        }
        int staff = (int) (i % STAFF);
        long round = i / STAFF;
        LocalDate day = firstDay.plusDays(round % days);
        LocalTime time = OPEN.plusMinutes(SLOT_MINUTES * (round / days));
        return new Slot(staffId(staff), day + "T" + time);
    }
}
