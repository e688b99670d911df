package dev.termin.booking.adapter.jdbc;

import static dev.termin.booking.adapter.jdbc.Fixtures.T0;
import static dev.termin.booking.adapter.jdbc.Fixtures.appointment;
import static dev.termin.booking.adapter.jdbc.Fixtures.at;
import static dev.termin.booking.adapter.jdbc.Fixtures.hold;
import static dev.termin.booking.adapter.jdbc.Fixtures.moved;
import static dev.termin.booking.adapter.jdbc.Fixtures.staff;
import static dev.termin.booking.adapter.jdbc.Fixtures.tenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termin.booking.testing.MutableClock;
import dev.termin.booking.application.port.out.BookingStorage;
import dev.termin.booking.application.port.out.FlowEvent;
import dev.termin.booking.application.port.out.IdempotencyStore.Claim;
import dev.termin.booking.application.port.out.OutboxMessage;
import dev.termin.booking.application.port.out.SlotConflictException;
import dev.termin.booking.application.port.out.StaleFencingTokenException;
import dev.termin.booking.application.port.out.StorageException;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.appointment.ExternalRef;
import dev.termin.booking.domain.appointment.SyncState;
import dev.termin.booking.domain.calendar.DateOverride;
import dev.termin.booking.domain.catalogue.Holiday;
import dev.termin.booking.domain.catalogue.HolidayId;
import dev.termin.booking.domain.catalogue.HolidayType;
import dev.termin.booking.domain.calendar.OpeningHours;
import dev.termin.booking.domain.calendar.TimeOff;
import dev.termin.booking.domain.catalogue.Branch;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.Company;
import dev.termin.booking.domain.catalogue.CompositeDefinition;
import dev.termin.booking.domain.catalogue.Money;
import dev.termin.booking.domain.catalogue.PausePolicy;
import dev.termin.booking.domain.catalogue.Service;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.ServiceStep;
import dev.termin.booking.domain.catalogue.Staff;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.hold.Hold;
import dev.termin.booking.domain.policy.BookingPolicy;
import dev.termin.booking.domain.policy.PolicyOverride;
import dev.termin.booking.domain.slot.Occupancy;
import dev.termin.booking.domain.slot.OccupancyKind;
import dev.termin.booking.domain.slot.SegmentAssignment;
import dev.termin.booking.domain.time.LocalTimeWindow;
import dev.termin.booking.domain.time.TimeInterval;
import dev.termin.booking.domain.time.WeeklyHours;
import dev.termin.booking.domain.waitlist.WaitlistEntry;
import dev.termin.booking.domain.waitlist.WaitlistEntryId;
import dev.termin.booking.domain.waitlist.WaitlistStatus;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The adapter's own behaviour on a real database, beyond the port contracts: round trips of every stored shape,
 * the occupancy guarantee, holds expiring without a sweep, transactions, fencing, outbox leases, idempotency.
 * Run against PostgreSQL and H2 by the subclasses.
 */
abstract class AbstractJdbcStorageTest {

    protected final MutableClock clock = new MutableClock(T0);
    protected JdbcStorage store;
    protected BookingStorage storage;

    /** A configuration of an empty, private database. */
    protected abstract JdbcConfig newDatabase();

    @BeforeEach
    void open() {
        store = JdbcStorage.create(newDatabase(), clock);
        storage = CataloguedStorage.of(store.storage());
    }

    @AfterEach
    void close() {
        store.close();
    }

    // ---------------------------------------------------------------- catalogue

    @Test
    void catalogue_roundTripsEveryShape() {
        // given
        TenantId t = tenant();
        Company company = new Company(t, "Salon Schöne Haare", new BookingPolicy(Duration.ofHours(3),
                Duration.ofDays(30), Duration.ofHours(12), Duration.ofHours(1), 2, Duration.ofMinutes(4),
                Duration.ofHours(24)));
        WeeklyHours weekly = WeeklyHours.weekdays(LocalTimeWindow.of("09:00", "12:30"),
                LocalTimeWindow.of("13:30", "18:00")).with(DayOfWeek.SATURDAY, LocalTimeWindow.of("10:00", "00:00"));
        OpeningHours hours = OpeningHours.of(weekly, List.of(
                DateOverride.closed(LocalDate.of(2030, 12, 24), "Heiligabend"),
                new DateOverride(LocalDate.of(2030, 12, 31), List.of(LocalTimeWindow.of("09:00", "13:00")), "")));
        Branch branch = new Branch(BranchId.of("mitte"), t, "Berlin Mitte", ZoneId.of("Europe/Berlin"), hours);
        StaffId maria = StaffId.of("maria");
        Staff staff = new Staff(maria, t, branch.id(), "Maria", List.of("Mari", "Frau M."),
                Set.of(ServiceId.of("cut"), ServiceId.of("colour")), weekly,
                WeeklyHours.weekdays(LocalTimeWindow.of("12:30", "13:00")),
                List.of(new TimeOff(at(0, 60 * 24 * 7), "Urlaub")), true);
        CompositeDefinition definition = new CompositeDefinition(List.of(
                ServiceStep.WorkSegment.of("colour", "Farbe auftragen", 30), ServiceStep.Pause.of(45),
                new ServiceStep.WorkSegment("wash", "Waschen", Duration.ofMinutes(15), Set.of(StaffId.of("emma"),
                        maria)),
                ServiceStep.WorkSegment.of("cut", "Schneiden", 30)), PausePolicy.FLEXIBLE);
        Service colour = Service.composite(ServiceId.of("colour"), t, "Ansatzfärbung", definition, Money.euros(89))
                .withAliases(List.of("Färben")).withPolicy(new PolicyOverride(Optional.of(Duration.ofHours(24)),
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(1), Optional.empty()));
        Service cut = Service.plain(ServiceId.of("cut"), t, "Haarschnitt", 30, Money.euros(35))
                .withBuffers(Duration.ofMinutes(5), Duration.ofMinutes(10));
        Holiday xmas = new Holiday(HolidayId.of("xmas"), t, Optional.of(branch.id()), "Weihnachten",
                HolidayType.PUBLIC_HOLIDAY, LocalDate.of(2030, 12, 25), LocalDate.of(2030, 12, 26), true,
                Set.of(maria));
        var catalogue = storage.catalogue();

        // when
        catalogue.saveCompany(company);
        catalogue.saveBranch(branch);
        catalogue.saveStaff(staff);
        catalogue.saveService(colour);
        catalogue.saveService(cut);
        catalogue.saveHoliday(xmas);

        // then
        assertThat(catalogue.findCompany(t)).contains(company);
        assertThat(catalogue.findBranch(t, branch.id())).contains(branch);
        assertThat(catalogue.listBranches(t)).containsExactly(branch);
        assertThat(catalogue.findStaff(t, maria)).contains(staff);
        assertThat(catalogue.listStaff(t, branch.id())).containsExactly(staff);
        assertThat(catalogue.findService(t, colour.id())).contains(colour);
        assertThat(catalogue.listServices(t)).containsExactly(colour, cut);
        assertThat(catalogue.listHolidays(t)).containsExactly(xmas);
        assertThat(catalogue.findCompany(tenant())).isEmpty();
        assertThat(catalogue.findStaff(tenant(), maria)).isEmpty();
    }

    @Test
    void catalogue_saveReplacesAndDeleteRemovesOnlyInItsTenant() {
        // given
        TenantId t = tenant();
        TenantId other = tenant();
        var catalogue = storage.catalogue();
        Service cut = Service.plain(ServiceId.of("cut"), t, "Haarschnitt", 30, Money.euros(35));
        catalogue.saveService(cut);
        catalogue.saveService(Service.plain(ServiceId.of("cut"), other, "Cut", 20, Money.euros(20)));

        // when
        Service renamed = Service.plain(ServiceId.of("cut"), t, "Herrenschnitt", 45, Money.euros(40));
        catalogue.saveService(renamed);
        boolean deleted = catalogue.deleteService(t, cut.id());

        // then
        assertThat(deleted).isTrue();
        assertThat(catalogue.deleteService(t, cut.id())).isFalse();
        assertThat(catalogue.findService(t, cut.id())).isEmpty();
        assertThat(catalogue.findService(other, cut.id())).map(Service::name).contains("Cut");
    }

    // ---------------------------------------------------------------- appointments

    @Test
    void appointment_roundTripsWithSegmentsOccupanciesAndSyncState() {
        // given
        TenantId t = tenant();
        StaffId maria = staff();
        StaffId emma = staff();
        TimeInterval whole = at(0, 120);
        List<SegmentAssignment> segments = List.of(
                new SegmentAssignment("colour", "Farbe", 1, 2, maria, at(0, 30)),
                new SegmentAssignment("cut", "Schnitt", 2, 2, emma, at(75, 45)));
        List<Occupancy> occupancies = List.of(new Occupancy(maria, at(0, 30), OccupancyKind.WORK),
                new Occupancy(maria, at(30, 45), OccupancyKind.FLEXIBLE_PAUSE),
                new Occupancy(emma, at(75, 45), OccupancyKind.WORK));
        Appointment base = appointment(t, Fixtures.appointmentId(), maria, whole, occupancies);
        SyncState sync = new SyncState(dev.termin.booking.domain.appointment.SyncStatus.FAILED, 3,
                Optional.of("Cal.com antwortete 503"), true, Optional.of(T0.plusSeconds(5)),
                List.of(new ExternalRef("colour", "cal-1", at(0, 30).start())));
        Appointment a = new Appointment(base.id(), t, base.branch(), base.service(), maria, whole, segments,
                occupancies, dev.termin.booking.domain.customer.Customer.withPhone("Jürgen Ölmann", "+4930123456"),
                "Bitte 'kurz' -- ; DROP TABLE appointment; \"ok\"", base.status(), base.source(), sync,
                Optional.of(base.id().value()), 2, "corr-1", Optional.of(new dev.termin.booking.domain.appointment.HoldToken(
                        UUID.randomUUID())), 42L, T0, T0.plusSeconds(1), Optional.empty());

        // when
        storage.appointments().insert(a);

        // then
        assertThat(storage.appointments().find(t, a.id())).contains(a);
        assertThat(storage.appointments().find(tenant(), a.id())).isEmpty();
    }

    @Test
    void appointment_overlappingExclusiveOccupancyOfSameStaff_isRefused() {
        // given
        TenantId t = tenant();
        StaffId s = staff();
        storage.appointments().insert(appointment(t, s, at(0, 60)));

        // when / then
        assertThatThrownBy(() -> storage.appointments().insert(appointment(t, s, at(30, 60))))
                .isInstanceOf(SlotConflictException.class);
        storage.appointments().insert(appointment(t, s, at(60, 30))); // back to back is fine
        storage.appointments().insert(appointment(t, staff(), at(30, 60))); // other staff is fine
        storage.appointments().insert(appointment(tenant(), s, at(30, 60))); // other tenant is fine
        assertThat(storage.appointments().list(t, Optional.of(s), at(0, 24 * 60))).hasSize(2);
    }

    @Test
    void appointment_insideAFlexiblePause_isStoredAndTwoPausesMayOverlap() {
        // given
        TenantId t = tenant();
        StaffId s = staff();
        storage.appointments().insert(appointment(t, Fixtures.appointmentId(), s, at(0, 105), List.of(
                new Occupancy(s, at(0, 30), OccupancyKind.WORK),
                new Occupancy(s, at(30, 45), OccupancyKind.FLEXIBLE_PAUSE),
                new Occupancy(s, at(75, 30), OccupancyKind.WORK))));

        // when
        storage.appointments().insert(appointment(t, s, at(35, 30)));

        // then
        assertThat(storage.appointments().findActiveOccupying(t, List.of(s), at(40, 1))).hasSize(2);
        assertThatThrownBy(() -> storage.appointments().insert(appointment(t, s, at(70, 10))))
                .isInstanceOf(SlotConflictException.class);
    }

    @Test
    void appointment_cancelled_freesItsTimeButKeepsItsOccupancies() {
        // given
        TenantId t = tenant();
        StaffId s = staff();
        Appointment a = appointment(t, s, at(0, 60));
        storage.appointments().insert(a);

        // when
        Appointment cancelled = a.cancel("Kundin krank", T0.plusSeconds(60));
        storage.appointments().update(cancelled);

        // then
        assertThat(storage.appointments().find(t, a.id())).contains(cancelled);
        assertThat(storage.appointments().findActiveOccupying(t, List.of(s), at(0, 60))).isEmpty();
        storage.appointments().insert(appointment(t, s, at(0, 60)));
    }

    @Test
    void appointment_movedOntoPartOfItsOwnTime_isStoredAndFreesTheRest() {
        // given
        TenantId t = tenant();
        StaffId s = staff();
        Appointment a = appointment(t, s, at(0, 60));
        storage.appointments().insert(a);

        // when
        Appointment m = moved(a, at(30, 60));
        storage.appointments().update(m);

        // then
        assertThat(storage.appointments().find(t, a.id())).contains(m);
        storage.appointments().insert(appointment(t, s, at(0, 30)));
        assertThatThrownBy(() -> storage.appointments().update(moved(m, at(15, 30))))
                .isInstanceOf(SlotConflictException.class);
        assertThat(storage.appointments().find(t, a.id())).contains(m);
    }

    @Test
    void appointment_updateOfUnknown_throwsStorageException() {
        Appointment a = appointment(tenant(), staff(), at(0, 60));
        assertThatThrownBy(() -> storage.appointments().update(a)).isInstanceOf(StorageException.class);
    }

    @Test
    void appointment_queriesAreScopedAndOrdered() {
        // given
        TenantId t = tenant();
        StaffId s1 = staff();
        StaffId s2 = staff();
        Appointment late = appointment(t, s1, at(120, 30));
        Appointment early = appointment(t, s2, at(0, 30));
        Appointment cancelled = appointment(t, s1, at(60, 30)).cancel("", T0);
        storage.appointments().insert(late);
        storage.appointments().insert(early);
        storage.appointments().insert(cancelled);
        storage.appointments().insert(appointment(tenant(), s1, at(0, 300)));

        // then
        assertThat(storage.appointments().list(t, Optional.empty(), at(0, 300)))
                .containsExactly(early, cancelled, late);
        assertThat(storage.appointments().list(t, Optional.of(s1), at(0, 300))).containsExactly(cancelled, late);
        assertThat(storage.appointments().list(t, Optional.empty(), at(30, 30))).isEmpty();
        assertThat(storage.appointments().findActiveOccupying(t, List.of(s1, s2), at(0, 300)))
                .containsExactly(early, late);
        assertThat(storage.appointments().findActiveOccupying(t, List.of(), at(0, 300))).isEmpty();
    }

    @Test
    void appointment_syncRelevant_areRecentOnesAndOpenOnesOfAnyAge() {
        // given
        TenantId t = tenant();
        Appointment oldSynced = withSyncAndCreated(appointment(t, staff(), at(0, 30)),
                SyncState.pending().synced(List.of(), T0), T0.minus(Duration.ofDays(10)));
        Appointment oldPending = withSyncAndCreated(appointment(t, staff(), at(0, 30)), SyncState.pending(),
                T0.minus(Duration.ofDays(10)));
        Appointment oldReview = withSyncAndCreated(appointment(t, staff(), at(0, 30)),
                SyncState.pending().attemptFailed("x", T0, true), T0.minus(Duration.ofDays(20)));
        Appointment recentSynced = withSyncAndCreated(appointment(t, staff(), at(0, 30)),
                SyncState.pending().synced(List.of(), T0), T0);
        for (Appointment a : List.of(oldSynced, oldPending, oldReview, recentSynced)) {
            storage.appointments().insert(a);
        }

        // then
        assertThat(storage.appointments().findSyncRelevant(t, T0.minus(Duration.ofDays(1))))
                .containsExactlyInAnyOrder(oldPending, oldReview, recentSynced);
    }

    private static Appointment withSyncAndCreated(Appointment a, SyncState sync, Instant created) {
        return new Appointment(a.id(), a.tenant(), a.branch(), a.service(), a.staff(), a.interval(), a.segments(),
                a.occupancies(), a.customer(), a.notes(), a.status(), a.source(), sync, a.compositeGroupId(),
                a.rescheduleCount(), a.correlationId(), a.fromHold(), a.fencingToken(), created, created,
                a.cancellationReason());
    }

    // ---------------------------------------------------------------- holds

    @Test
    void hold_roundTripsAndBlocksOverlappingAppointmentsAndHolds() {
        // given
        TenantId t = tenant();
        StaffId s = staff();
        Hold h = hold(t, s, at(0, 60), "call-1", T0, 5);

        // when
        storage.holds().insert(h, T0);

        // then
        assertThat(storage.holds().find(t, h.token())).contains(h);
        assertThatThrownBy(() -> storage.appointments().insert(appointment(t, s, at(30, 60))))
                .isInstanceOf(SlotConflictException.class);
        assertThatThrownBy(() -> storage.holds().insert(hold(t, s, at(59, 10), "call-2", T0, 5), T0))
                .isInstanceOf(SlotConflictException.class);
        assertThat(storage.holds().findActiveOccupying(t, List.of(s), at(30, 1), T0)).containsExactly(h);
    }

    @Test
    void hold_expiredButNotSwept_blocksNothing() {
        // given
        TenantId t = tenant();
        StaffId s = staff();
        Hold h = hold(t, s, at(0, 60), "call-1", T0, 5);
        storage.holds().insert(h, T0);

        // when
        clock.set(T0.plus(Duration.ofMinutes(5)));
        Instant later = clock.instant();

        // then
        assertThat(storage.holds().findActiveOccupying(t, List.of(s), at(0, 60), later)).isEmpty();
        storage.holds().insert(hold(t, s, at(0, 30), "call-2", later, 5), later);
        storage.appointments().insert(appointment(t, s, at(30, 30)));
        assertThat(storage.holds().find(t, h.token())).contains(h);
    }

    @Test
    void hold_notActive_blocksNothingAndStatusChangesAreStored() {
        // given
        TenantId t = tenant();
        StaffId s = staff();
        Hold h = hold(t, s, at(0, 60), "call-1", T0, 5);
        storage.holds().insert(h, T0);
        AppointmentId id = Fixtures.appointmentId();

        // when
        Hold converted = h.convert(id, T0.plusSeconds(30));
        storage.holds().update(converted);

        // then
        assertThat(storage.holds().find(t, h.token())).contains(converted);
        assertThat(storage.holds().findActiveOccupying(t, List.of(s), at(0, 60), T0)).isEmpty();
        storage.appointments().insert(appointment(t, id, s, at(0, 60),
                List.of(new Occupancy(s, at(0, 60), OccupancyKind.WORK))));
    }

    @Test
    void hold_expireDue_marksEachDueHoldOnceAndReturnsIt() {
        // given
        TenantId t = tenant();
        StaffId s = staff();
        Hold due = hold(t, s, at(0, 30), "call-1", T0, 5);
        Hold notDue = hold(t, s, at(60, 30), "call-2", T0, 10);
        storage.holds().insert(due, T0);
        storage.holds().insert(notDue, T0);

        // when
        List<Hold> expired = storage.holds().expireDue(T0.plus(Duration.ofMinutes(6)), 1000).stream()
                .filter(x -> x.tenant().equals(t)).toList();

        // then
        assertThat(expired).containsExactly(due.expire());
        assertThat(storage.holds().find(t, due.token())).contains(due.expire());
        assertThat(storage.holds().expireDue(T0.plus(Duration.ofMinutes(6)), 1000))
                .noneMatch(x -> x.tenant().equals(t));
        assertThat(storage.holds().createdBetween(t, T0, T0.plusSeconds(1)))
                .containsExactlyInAnyOrder(due.expire(), notDue);
    }

    // ---------------------------------------------------------------- transactions and locks

    @Test
    void transaction_thatThrows_leavesNothingBehind() {
        // given
        TenantId t = tenant();
        StaffId s = staff();
        Appointment a = appointment(t, s, at(0, 60));

        // when
        assertThatThrownBy(() -> storage.transactions().inTransaction(() -> {
            storage.staffLocks().lock(t, List.of(s), OptionalLong.empty());
            storage.appointments().insert(a);
            storage.outbox().enqueue(OutboxMessage.of(UUID.randomUUID(), t, OutboxMessage.Kind.CALENDAR_SYNC,
                    a.id(), "", T0));
            storage.transactions().inTransaction(() -> {
                assertThat(storage.appointments().find(t, a.id())).contains(a); // joined: sees its own write
                return null;
            });
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        // then
        assertThat(storage.appointments().find(t, a.id())).isEmpty();
        storage.appointments().insert(appointment(t, s, at(0, 60)));
    }

    @Test
    void transaction_returnsTheResultOfItsWork() {
        assertThat(storage.transactions().inTransaction(() -> 42)).isEqualTo(42);
    }

    @Test
    void staffLock_withOlderFencingToken_isRefused() {
        // given
        TenantId t = tenant();
        StaffId s = staff();
        storage.transactions().inTransaction(() -> {
            storage.staffLocks().lock(t, List.of(s), OptionalLong.of(7));
            return null;
        });

        // when / then
        storage.transactions().inTransaction(() -> {
            storage.staffLocks().lock(t, List.of(s, staff()), OptionalLong.of(7)); // same token again
            storage.staffLocks().lock(t, List.of(s), OptionalLong.of(8));
            return null;
        });
        assertThatThrownBy(() -> storage.transactions().inTransaction(() -> {
            storage.staffLocks().lock(t, List.of(staff(), s), OptionalLong.of(7));
            return null;
        })).isInstanceOf(StaleFencingTokenException.class);
        storage.transactions().inTransaction(() -> { // other tenant: own history
            storage.staffLocks().lock(tenant(), List.of(s), OptionalLong.of(1));
            return null;
        });
    }

    // ---------------------------------------------------------------- outbox

    @Test
    void outbox_claimLeaseRetryParkComplete() {
        // given
        TenantId t = tenant();
        AppointmentId a = Fixtures.appointmentId();
        // later than every other test's messages; the store keeps microseconds
        Instant now = Instant.now().plus(Duration.ofDays(3650)).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        OutboxMessage first = OutboxMessage.of(UUID.randomUUID(), t, OutboxMessage.Kind.CALENDAR_SYNC, a, "", now);
        OutboxMessage second = OutboxMessage.of(UUID.randomUUID(), t, OutboxMessage.Kind.NOTIFY_BOOKED, a,
                "{\"x\":1}", now.plusMillis(1));
        storage.outbox().enqueue(first);
        storage.outbox().enqueue(second);
        long pending = storage.outbox().pendingCount();

        // when
        List<OutboxMessage> claimed = mine(storage.outbox().claimDue(now.plusSeconds(1), 1000,
                Duration.ofMinutes(1)), t);

        // then
        assertThat(claimed).containsExactly(first, second);
        assertThat(mine(storage.outbox().claimDue(now.plusSeconds(2), 1000, Duration.ofMinutes(1)), t)).isEmpty();
        storage.outbox().retryLater(first.id(), 1, now.plusSeconds(30), "503");
        storage.outbox().park(second.id(), 5, "400 Bad Request");
        assertThat(storage.outbox().pendingCount()).isEqualTo(pending - 1);
        assertThat(mine(storage.outbox().claimDue(now.plusSeconds(10), 1000, Duration.ofMinutes(1)), t)).isEmpty();
        List<OutboxMessage> retried = mine(storage.outbox().claimDue(now.plusSeconds(30), 1000,
                Duration.ofMinutes(1)), t);
        assertThat(retried).singleElement().satisfies(m -> {
            assertThat(m.attempts()).isEqualTo(1);
            assertThat(m.lastError()).contains("503");
        });
        // the lease ends: a crashed worker's message comes back
        assertThat(mine(storage.outbox().claimDue(now.plusSeconds(91), 1000, Duration.ofMinutes(1)), t)).hasSize(1);
        storage.outbox().complete(first.id());
        assertThat(storage.outbox().pendingCount()).isEqualTo(pending - 2);
    }

    private static List<OutboxMessage> mine(List<OutboxMessage> claimed, TenantId t) {
        return claimed.stream().filter(m -> m.tenant().equals(t)).toList();
    }

    // ---------------------------------------------------------------- idempotency

    @Test
    void idempotency_claimReplayMismatchInFlightTakeoverRelease() {
        // given
        TenantId t = tenant();
        var store = storage.idempotency();
        Duration ttl = Duration.ofHours(24);
        Duration timeout = Duration.ofMinutes(1);

        // then
        assertThat(store.claim(t, "k1", "fp1", T0, ttl, timeout)).isInstanceOf(Claim.Claimed.class);
        assertThat(store.claim(t, "k1", "fp1", T0.plusSeconds(1), ttl, timeout)).isInstanceOf(Claim.InFlight.class);
        assertThat(store.claim(t, "k1", "fp2", T0.plusSeconds(1), ttl, timeout)).isInstanceOf(Claim.Mismatch.class);
        assertThat(store.claim(tenant(), "k1", "fp2", T0, ttl, timeout)).isInstanceOf(Claim.Claimed.class);
        assertThat(store.claim(t, "k1", "fp1", T0.plusSeconds(61), ttl, timeout)).isInstanceOf(Claim.Claimed.class);
        store.complete(t, "k1", "{\"appointment\":\"a-1\"}");
        assertThat(store.claim(t, "k1", "fp1", T0.plusSeconds(62), ttl, timeout))
                .isEqualTo(new Claim.Replay("{\"appointment\":\"a-1\"}"));
        assertThat(store.claim(t, "k2", "fp", T0, ttl, timeout)).isInstanceOf(Claim.Claimed.class);
        store.release(t, "k2");
        assertThat(store.claim(t, "k2", "fp", T0, ttl, timeout)).isInstanceOf(Claim.Claimed.class);
        assertThat(store.claim(t, "k1", "other", T0.plus(ttl).plusSeconds(62), ttl, timeout))
                .isInstanceOf(Claim.Claimed.class); // expired: a new request
    }

    @Test
    void idempotency_purgeExpired_deletesOnlyExpiredRecords() {
        TenantId t = tenant();
        var store = storage.idempotency();
        Instant farAhead = Instant.parse("2100-01-01T00:00:00Z");
        store.claim(t, "old", "fp", farAhead, Duration.ofHours(1), Duration.ofMinutes(1));
        store.claim(t, "new", "fp", farAhead.plus(Duration.ofHours(2)), Duration.ofHours(1), Duration.ofMinutes(1));

        int purged = store.purgeExpired(farAhead.plus(Duration.ofMinutes(90)));

        assertThat(purged).isGreaterThanOrEqualTo(1);
        assertThat(store.claim(t, "old", "other", farAhead, Duration.ofHours(1), Duration.ofMinutes(1)))
                .isInstanceOf(Claim.Claimed.class);
        assertThat(store.claim(t, "new", "other", farAhead.plus(Duration.ofHours(2)), Duration.ofHours(1),
                Duration.ofMinutes(1))).isInstanceOf(Claim.Mismatch.class);
    }

    // ---------------------------------------------------------------- flow log and waitlist

    @Test
    void flowLog_returnsEventsOfOneFlowInRecordedOrder() {
        TenantId t = tenant();
        String corr = "corr-" + UUID.randomUUID();
        FlowEvent e1 = new FlowEvent(t, corr, T0.plusSeconds(2), "hold.placed", "staff=maria");
        FlowEvent e2 = new FlowEvent(t, corr, T0.plusSeconds(1), "booking.confirmed", "");
        storage.flowLog().record(e1);
        storage.flowLog().record(new FlowEvent(tenant(), corr, T0, "hold.placed", ""));
        storage.flowLog().record(e2);

        assertThat(storage.flowLog().find(t, corr)).containsExactly(e1, e2);
        assertThat(storage.flowLog().find(t, "nope")).isEmpty();
    }

    @Test
    void waitlist_savesUpsertsAndListsOpenEntriesOldestFirst() {
        TenantId t = tenant();
        ServiceId cut = ServiceId.of("cut");
        WaitlistEntry first = new WaitlistEntry(WaitlistEntryId.of("w1"), t, BranchId.of("main"), cut,
                Optional.of(StaffId.of("maria")), Fixtures.customer(), LocalDate.of(2030, 6, 1),
                LocalDate.of(2030, 6, 30), Set.of(DayOfWeek.TUESDAY, DayOfWeek.FRIDAY),
                List.of(LocalTimeWindow.of("14:00", "18:00")), 5, T0, WaitlistStatus.WAITING, Optional.empty(),
                Optional.empty());
        WaitlistEntry second = new WaitlistEntry(WaitlistEntryId.of("w2"), t, BranchId.of("main"),
                ServiceId.of("colour"), Optional.empty(), new dev.termin.booking.domain.customer.Customer(
                        "Max", Optional.empty(), Optional.of(new dev.termin.booking.domain.customer.EmailAddress(
                                "max@example.org"))), LocalDate.of(2030, 6, 1), LocalDate.of(2030, 6, 2), Set.of(),
                List.of(), 0, T0.plusSeconds(1), WaitlistStatus.WAITING, Optional.empty(), Optional.empty());
        storage.waitlist().save(first);
        storage.waitlist().save(second);

        WaitlistEntry offered = first.offer(at(60, 30), T0.plusSeconds(5));
        storage.waitlist().save(offered);
        storage.waitlist().save(second.remove());

        assertThat(storage.waitlist().find(t, first.id())).contains(offered);
        assertThat(storage.waitlist().listOpen(t, Optional.empty())).containsExactly(offered);
        assertThat(storage.waitlist().listOpen(t, Optional.of(ServiceId.of("colour")))).isEmpty();
        assertThat(storage.waitlist().listOpen(tenant(), Optional.empty())).isEmpty();
    }
}
