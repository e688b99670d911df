package dev.termin.booking.application.port.out.contract;

import static dev.termin.booking.application.port.out.contract.ContractFixtures.at;
import static dev.termin.booking.application.port.out.contract.ContractFixtures.now;
import static dev.termin.booking.application.port.out.contract.ContractFixtures.randomId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termin.booking.application.port.out.BookingStorage;
import dev.termin.booking.application.port.out.FlowEvent;
import dev.termin.booking.application.port.out.IdempotencyStore;
import dev.termin.booking.application.port.out.OutboxMessage;
import dev.termin.booking.application.port.out.Transactions;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.catalogue.Holiday;
import dev.termin.booking.domain.catalogue.HolidayId;
import dev.termin.booking.domain.catalogue.HolidayType;
import dev.termin.booking.domain.catalogue.Branch;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.Company;
import dev.termin.booking.domain.catalogue.Money;
import dev.termin.booking.domain.catalogue.Service;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.hold.Hold;
import dev.termin.booking.domain.policy.BookingPolicy;
import dev.termin.booking.domain.waitlist.WaitlistEntry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link Transactions} over every port of one {@link BookingStorage}: commit makes all writes visible,
 * any exception or error rolls back every write of every port, and nested calls join the outer transaction.
 */
public abstract class AbstractTransactionsTest {

    /** The storage under test; called once per test, may return the same shared instance every time. */
    protected abstract BookingStorage storage();

    private BookingStorage storage;
    private Transactions transactions;
    private ContractFixtures f;
    private TenantId tenant;
    private StaffId staff;

    @BeforeEach
    void setUpTenant() {
        storage = storage();
        transactions = storage.transactions();
        f = ContractFixtures.create(storage);
        tenant = f.tenant();
        staff = f.staff();
    }

    @Test
    void inTransaction_returnsTheWorksValue() {
        assertThat(transactions.inTransaction(() -> "fertig")).isEqualTo("fertig");
    }

    @Test
    void aCommittedTransaction_makesItsWritesVisibleToOtherThreads() throws Exception {
        // given
        Appointment appointment = f.appointment(staff, at("10:00", 30));
        WaitlistEntry entry = f.waitlistEntry(f.service(), now());

        // when
        transactions.inTransaction(() -> {
            storage.staffLocks().lock(tenant, List.of(staff), OptionalLong.empty());
            storage.appointments().insert(appointment);
            storage.waitlist().save(entry);
            return null;
        });

        // then
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            assertThat(other.submit(() -> storage.appointments().find(tenant, appointment.id()))
                    .get(10, TimeUnit.SECONDS)).contains(appointment);
            assertThat(other.submit(() -> storage.waitlist().find(tenant, entry.id()))
                    .get(10, TimeUnit.SECONDS)).contains(entry);
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void aTransaction_seesItsOwnWrites() {
        Appointment appointment = f.appointment(staff, at("10:00", 30));

        Optional<Appointment> seen = transactions.inTransaction(() -> {
            storage.appointments().insert(appointment);
            return storage.appointments().find(tenant, appointment.id());
        });

        assertThat(seen).contains(appointment);
    }

    @Test
    void anException_rollsBackEveryWriteOfEveryPort() {
        // given: rows that exist before the transaction
        Before before = new Before();
        RuntimeException boom = new IllegalStateException("boom");

        // when
        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            before.writeEverything();
            throw boom;
        })).isSameAs(boom);

        // then
        before.assertNothingChanged();
    }

    @Test
    void anError_rollsBackToo() {
        Before before = new Before();

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            before.writeEverything();
            throw new AssertionError("kaputt");
        })).isInstanceOf(AssertionError.class).hasMessage("kaputt");

        before.assertNothingChanged();
    }

    @Test
    void aNestedCall_joinsTheOuterTransaction_andIsRolledBackWithIt() {
        Appointment outer = f.appointment(staff, at("10:00", 30));
        Appointment inner = f.appointment(staff, at("11:00", 30));

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            storage.staffLocks().lock(tenant, List.of(staff), OptionalLong.empty());
            storage.appointments().insert(outer);
            Optional<Appointment> seenInside = transactions.inTransaction(() -> {
                storage.staffLocks().lock(tenant, List.of(staff), OptionalLong.empty());
                storage.appointments().insert(inner);
                return storage.appointments().find(tenant, outer.id());
            });
            assertThat(seenInside).contains(outer);
            throw new IllegalStateException("after the nested call returned");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(storage.appointments().find(tenant, outer.id())).isEmpty();
        assertThat(storage.appointments().find(tenant, inner.id())).isEmpty();
    }

    @Test
    void anExceptionInANestedCall_propagatingOut_rollsBackTheOuterWritesToo() {
        Appointment outer = f.appointment(staff, at("10:00", 30));

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            storage.appointments().insert(outer);
            return transactions.inTransaction(() -> {
                throw new IllegalStateException("inner");
            });
        })).isInstanceOf(IllegalStateException.class).hasMessage("inner");

        assertThat(storage.appointments().find(tenant, outer.id())).isEmpty();
    }

    @Test
    void aNestedCall_commitsWithTheOuterTransaction() {
        Appointment outer = f.appointment(staff, at("10:00", 30));
        Appointment inner = f.appointment(staff, at("11:00", 30));

        transactions.inTransaction(() -> {
            storage.appointments().insert(outer);
            return transactions.inTransaction(() -> {
                storage.appointments().insert(inner);
                return null;
            });
        });

        assertThat(storage.appointments().find(tenant, outer.id())).contains(outer);
        assertThat(storage.appointments().find(tenant, inner.id())).contains(inner);
    }

    /** Rows written before the transaction, the writes of the transaction, and the check that none stuck. */
    private final class Before {
        final Company company = storage.catalogue().findCompany(tenant).orElseThrow();
        final Branch branch = storage.catalogue().findBranch(tenant, f.branch()).orElseThrow();
        final Service service = storage.catalogue().findService(tenant, f.service()).orElseThrow();
        final Holiday holiday = Holiday.singleDay(HolidayId.of(randomId("hol")), tenant, "Feiertag",
                HolidayType.PUBLIC_HOLIDAY, LocalDate.of(2031, 5, 1), true);
        final Appointment appointment = f.appointment(staff, at("09:00", 30));
        final Hold hold = f.hold(staff, at("09:30", 30));
        final WaitlistEntry entry = f.waitlistEntry(f.service(), now());
        final String idempotencyKey = randomId("key");
        final String correlationId = randomId("corr");

        final BranchId newBranch = BranchId.of(randomId("branch"));
        final StaffId newStaff = StaffId.of(randomId("staff"));
        final Appointment newAppointment = f.appointment(staff, at("12:00", 30));
        final Hold newHold = f.hold(staff, at("13:00", 30));
        final WaitlistEntry newEntry = f.waitlistEntry(f.service(), now());
        final OutboxMessage message = f.outboxMessage(now().minus(Duration.ofMinutes(1)));
        final long pendingBefore;

        Before() {
            storage.catalogue().saveHoliday(holiday);
            storage.appointments().insert(appointment);
            storage.holds().insert(hold, hold.createdAt());
            storage.waitlist().save(entry);
            pendingBefore = storage.outbox().pendingCount();
        }

        void writeEverything() {
            Instant now = now();
            storage.staffLocks().lock(tenant, List.of(staff), OptionalLong.empty());
            storage.catalogue().saveCompany(new Company(tenant, "Umbenannt", BookingPolicy.DEFAULTS));
            storage.catalogue().saveBranch(ContractFixtures.branch(tenant, newBranch));
            storage.catalogue().saveStaff(ContractFixtures.staff(tenant, f.branch(), newStaff, Set.of()));
            storage.catalogue().saveService(Service.plain(service.id(), tenant, "Umbenannt", 90, Money.euros(9)));
            storage.catalogue().deleteHoliday(tenant, holiday.id());
            storage.appointments().update(appointment.cancel("im Test", now));
            storage.appointments().insert(newAppointment);
            storage.holds().update(hold.cancel("im Test", now));
            storage.holds().insert(newHold, newHold.createdAt());
            storage.waitlist().save(entry.remove());
            storage.waitlist().save(newEntry);
            storage.outbox().enqueue(message);
            assertThat(storage.idempotency().claim(tenant, idempotencyKey, "fp", now, Duration.ofHours(24),
                    Duration.ofMinutes(1))).isInstanceOf(IdempotencyStore.Claim.Claimed.class);
            storage.flowLog().record(new FlowEvent(tenant, correlationId, now, "booking.started", ""));
        }

        void assertNothingChanged() {
            Instant now = now();
            assertThat(storage.catalogue().findCompany(tenant)).contains(company);
            assertThat(storage.catalogue().findBranch(tenant, newBranch)).isEmpty();
            assertThat(storage.catalogue().listBranches(tenant)).containsExactly(branch);
            assertThat(storage.catalogue().findStaff(tenant, newStaff)).isEmpty();
            assertThat(storage.catalogue().findService(tenant, service.id())).contains(service);
            assertThat(storage.catalogue().listHolidays(tenant)).containsExactly(holiday);
            assertThat(storage.appointments().find(tenant, appointment.id())).contains(appointment);
            assertThat(storage.appointments().find(tenant, newAppointment.id())).isEmpty();
            assertThat(storage.holds().find(tenant, hold.token())).contains(hold);
            assertThat(storage.holds().find(tenant, newHold.token())).isEmpty();
            assertThat(storage.waitlist().find(tenant, entry.id())).contains(entry);
            assertThat(storage.waitlist().find(tenant, newEntry.id())).isEmpty();
            assertThat(storage.outbox().claimDue(now, 10_000, Duration.ofSeconds(1)))
                    .extracting(OutboxMessage::id).doesNotContain(message.id());
            assertThat(storage.outbox().pendingCount()).isEqualTo(pendingBefore);
            assertThat(storage.idempotency().claim(tenant, idempotencyKey, "other fingerprint", now,
                    Duration.ofHours(24), Duration.ofMinutes(1))).isInstanceOf(IdempotencyStore.Claim.Claimed.class);
            assertThat(storage.flowLog().find(tenant, correlationId)).isEmpty();
            assertThat(storage.appointments().findActiveOccupying(tenant, List.of(staff), at("12:00", 30))).isEmpty();
            Appointment reuse = f.appointment(staff, at("13:00", 30));
            storage.appointments().insert(reuse);
            assertThat(storage.appointments().find(tenant, reuse.id())).contains(reuse);
            assertThat(storage.catalogue().listServices(tenant)).extracting(Service::id).containsExactly(service.id());
        }
    }
}
