package dev.termin.booking.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.application.port.in.BookCommand;
import dev.termin.booking.application.port.in.ConfirmHoldCommand;
import dev.termin.booking.application.port.in.HoldCommand;
import dev.termin.booking.application.port.in.SlotRequest;
import dev.termin.booking.application.port.out.FlowEvent;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.Source;
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
import dev.termin.booking.domain.hold.Hold;
import dev.termin.booking.domain.policy.BookingPolicy;
import dev.termin.booking.domain.result.Result;
import dev.termin.booking.domain.slot.Slot;
import dev.termin.booking.domain.time.LocalTimeWindow;
import dev.termin.booking.domain.time.WeeklyHours;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The database round trips of the hot use cases, counted on the connections of a real store
 * ({@link RoundTripCounter}): a direct booking, a hold, its confirmation and an availability query of one staff
 * member's day, each in the steady state of a server (the catalogue read once before) on a branch of ten staff with
 * other appointments that day. The budgets are those of docs/performance.md; a change that sends more fails here.
 */
abstract class AbstractRoundTripBudgetTest {

    /**
     * The most round trips each use case may take on a database.
     *
     * @param book a direct booking
     * @param hold a hold
     * @param confirm confirming a hold
     * @param availability one staff member's day of availability
     */
    record Budget(int book, int hold, int confirm, int availability) {
    }

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate DAY = LocalDate.of(2030, 6, 18);

    private final TenantId tenant = Fixtures.tenant();
    private final BranchId branch = BranchId.of("main");
    private final ServiceId cut = ServiceId.of("cut");
    private final List<StaffId> staff = new ArrayList<>();
    private final RoundTripCounter counter = new RoundTripCounter();
    private JdbcStorage store;
    private BookingEngine engine;

    protected abstract JdbcConfig newDatabase();

    /** The budgets on this database, those of docs/performance.md. */
    protected abstract Budget budget();

    @BeforeEach
    void open() {
        store = JdbcStorage.create(newDatabase(), Clock.systemUTC(), counter, System::nanoTime);
        engine = BookingEngine.builder().storage(store.storage()).webhookStore(store.webhooks())
                .accessStorage(store.accessStorage()).clock(Clock.fixed(Fixtures.T0, ZoneOffset.UTC)).build();
        var catalogue = store.storage().catalogue();
        catalogue.saveCompany(new Company(tenant, "Salon Zählung", BookingPolicy.DEFAULTS));
        catalogue.saveBranch(new Branch(branch, tenant, "Mitte", BERLIN,
                OpeningHours.weekly(WeeklyHours.weekdays(LocalTimeWindow.of("08:00", "20:00")))));
        catalogue.saveService(Service.plain(cut, tenant, "Haarschnitt", 30, Money.euros(30)));
        for (int i = 0; i < 10; i++) {
            StaffId id = StaffId.of("staff-" + i);
            staff.add(id);
            catalogue.saveStaff(new Staff(id, tenant, branch, "Staff " + i, List.of(), Set.of(cut),
                    WeeklyHours.weekdays(LocalTimeWindow.of("08:00", "20:00")), WeeklyHours.none(), List.of(), true));
        }
        // the day is not empty: every staff member has two appointments, so the loads find rows to read
        for (StaffId s : staff) {
            book(s, "09:00");
            book(s, "15:00");
        }
        // and a second use of each path, so that what a server reads once (the catalogue) is read
        engine.availability().findSlots(request(staff.get(0)), DAY, DAY, Optional.empty());
        confirm(hold(staff.get(1), "12:00"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aDirectBookingStaysWithinItsRoundTripBudget() {
        int trips = count(() -> book(staff.get(2), "11:00"));

        assertThat(trips).as("round trips of a booking:%n%s", counter.sent())
                .isLessThanOrEqualTo(budget().book());
    }

    @Test
    void aHoldStaysWithinItsRoundTripBudget() {
        int trips = count(() -> hold(staff.get(3), "11:00"));

        assertThat(trips).as("round trips of a hold:%n%s", counter.sent())
                .isLessThanOrEqualTo(budget().hold());
    }

    @Test
    void confirmingAHoldStaysWithinItsRoundTripBudget() {
        Hold held = hold(staff.get(4), "11:00");

        int trips = count(() -> confirm(held));

        assertThat(trips).as("round trips of a confirmation:%n%s", counter.sent())
                .isLessThanOrEqualTo(budget().confirm());
    }

    @Test
    void oneStaffMembersDayOfAvailabilityStaysWithinItsRoundTripBudget() {
        int trips = count(() -> {
            List<Slot> slots = engine.availability().findSlots(request(staff.get(5)), DAY, DAY, Optional.empty())
                    .orElseThrow();
            assertThat(slots).isNotEmpty();
            return slots;
        });

        assertThat(trips).as("round trips of availability:%n%s", counter.sent())
                .isLessThanOrEqualTo(budget().availability());
    }

    @Test
    void aTransactionQueueingMoreRowsThanOneStatementTakes_storesThemAll_inAFewStatements() {
        var storage = store.storage();

        int trips = count(() -> storage.transactions().inTransaction(() -> {
            for (int i = 0; i < 450; i++) {
                storage.flowLog().record(new FlowEvent(tenant, "corr-many", Fixtures.T0, "step", "row " + i));
            }
            return null;
        }));

        assertThat(storage.flowLog().find(tenant, "corr-many")).hasSize(450);
        assertThat(trips).as("rows sent in parts of 200, then the commit").isEqualTo(4);
    }

    private int count(Supplier<?> work) {
        counter.reset();
        work.get();
        int trips = counter.roundTrips();
        System.out.printf("%s: %d round trips%n%s%n", getClass().getSimpleName(), trips, counter.sent());
        return trips;
    }

    private SlotRequest request(StaffId s) {
        return new SlotRequest(tenant, Optional.of(branch), cut, Optional.of(s));
    }

    private Instant at(String time) {
        return DAY.atTime(java.time.LocalTime.parse(time)).atZone(BERLIN).toInstant();
    }

    private Appointment book(StaffId s, String time) {
        Result<Appointment> r = engine.appointments().book(new BookCommand(request(s), at(time),
                Fixtures.customer(), "", Source.API, Optional.empty(), Optional.empty(), "corr-" + s + time));
        assertThat(r.isSuccess()).as("booking %s %s: %s", s, time, r).isTrue();
        return r.orElseThrow();
    }

    private Hold hold(StaffId s, String time) {
        Result<Hold> r = engine.holds().hold(new HoldCommand(request(s), at(time), "caller-" + s, Optional.empty(),
                "corr-hold-" + s + time));
        assertThat(r.isSuccess()).as("hold %s %s: %s", s, time, r).isTrue();
        return r.orElseThrow();
    }

    private Appointment confirm(Hold h) {
        Result<Appointment> r = engine.holds().confirm(new ConfirmHoldCommand(tenant, h.token(), h.owner(),
                Fixtures.customer(), "", Source.API, "corr-confirm-" + h.token()));
        assertThat(r.isSuccess()).as("confirming %s: %s", h.token(), r).isTrue();
        return r.orElseThrow();
    }
}
