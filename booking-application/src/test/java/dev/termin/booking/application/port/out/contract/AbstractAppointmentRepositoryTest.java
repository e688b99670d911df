package dev.termin.booking.application.port.out.contract;

import static dev.termin.booking.application.port.out.contract.ContractFixtures.at;
import static dev.termin.booking.application.port.out.contract.ContractFixtures.between;
import static dev.termin.booking.application.port.out.contract.ContractFixtures.now;
import static dev.termin.booking.application.port.out.contract.ContractFixtures.randomId;
import static dev.termin.booking.application.port.out.contract.ContractFixtures.time;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termin.booking.application.port.out.AppointmentRepository;
import dev.termin.booking.application.port.out.BookingStorage;
import dev.termin.booking.application.port.out.HoldRepository;
import dev.termin.booking.application.port.out.InfrastructureException;
import dev.termin.booking.application.port.out.SlotConflictException;
import dev.termin.booking.application.port.out.StorageException;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.appointment.AppointmentStatus;
import dev.termin.booking.domain.customer.Customer;
import dev.termin.booking.domain.customer.EmailAddress;
import dev.termin.booking.domain.appointment.ExternalRef;
import dev.termin.booking.domain.customer.PhoneNumber;
import dev.termin.booking.domain.appointment.Source;
import dev.termin.booking.domain.appointment.SyncState;
import dev.termin.booking.domain.appointment.SyncStatus;
import dev.termin.booking.domain.catalogue.Staff;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.hold.Hold;
import dev.termin.booking.domain.appointment.HoldToken;
import dev.termin.booking.domain.slot.Occupancy;
import dev.termin.booking.domain.slot.OccupancyKind;
import dev.termin.booking.domain.slot.SegmentAssignment;
import dev.termin.booking.domain.slot.Slot;
import dev.termin.booking.domain.time.TimeInterval;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Contract of {@link AppointmentRepository} together with the {@link HoldRepository} of the same storage: exact
 * round trips, the store's own no-overlap guarantee for exclusive occupancies, the queries' semantics, tenant
 * isolation, concurrency and transactions.
 */
public abstract class AbstractAppointmentRepositoryTest {

    /** The storage under test; called once per test, may return the same shared instance every time. */
    protected abstract BookingStorage storage();

    private BookingStorage storage;
    private AppointmentRepository appointments;
    private HoldRepository holds;
    private ContractFixtures f;
    private TenantId tenant;
    private StaffId staff;

    @BeforeEach
    void setUpTenant() {
        storage = storage();
        appointments = storage.appointments();
        holds = storage.holds();
        f = ContractFixtures.create(storage);
        tenant = f.tenant();
        staff = f.staff();
    }

    // ---- round trips ------------------------------------------------------------------------------------------

    @Test
    void insertedCompositeAppointment_isFoundWithEveryField() {
        // given
        StaffId emma = f.addStaff();
        Instant start = time("10:00");
        Instant now = now();
        AppointmentId id = AppointmentId.of(randomId("appt"));
        List<SegmentAssignment> segments = List.of(
                new SegmentAssignment("colour", "Farbe auftragen", 1, 2, staff, between("10:00", "10:30")),
                new SegmentAssignment("cut", "Schneiden", 2, 2, emma, between("11:15", "11:45")));
        List<Occupancy> occupancies = List.of(
                new Occupancy(staff, between("10:00", "10:30"), OccupancyKind.WORK),
                new Occupancy(staff, between("10:30", "11:15"), OccupancyKind.FLEXIBLE_PAUSE),
                new Occupancy(emma, between("11:15", "11:45"), OccupancyKind.WORK),
                new Occupancy(emma, between("11:45", "12:00"), OccupancyKind.WORK));
        SyncState sync = new SyncState(SyncStatus.SYNCED, 3, Optional.of("Zeitüberschreitung beim Kalender"), true,
                Optional.of(now.minus(Duration.ofMinutes(90))),
                List.of(new ExternalRef("colour", "cal-" + UUID.randomUUID(), start),
                        new ExternalRef("cut", "cal-" + UUID.randomUUID(), time("11:15"))));
        Appointment appointment = f.appointment().id(id).interval(between("10:00", "11:45"))
                .segments(segments).occupancies(occupancies)
                .customer(new Customer("Jürgen Groß-Öztürk", Optional.of(new PhoneNumber("+4915123456789")),
                        Optional.of(new EmailAddress("juergen@example.de"))))
                .notes("Allergie: PPD ✓ – bitte \"sanft\" färben; 'Ansatz' 3 cm")
                .status(AppointmentStatus.CONFIRMED).source(Source.PHONE).sync(sync)
                .compositeGroupId(Optional.of(id.value())).rescheduleCount(2).correlationId(randomId("corr"))
                .fromHold(Optional.of(new HoldToken(UUID.randomUUID()))).fencingToken(4242L)
                .createdAt(now.minus(Duration.ofDays(2))).updatedAt(now)
                .build();

        // when
        appointments.insert(appointment);

        // then
        Appointment found = appointments.find(tenant, id).orElseThrow();
        assertThat(found).isEqualTo(appointment);
        assertThat(found.segments()).containsExactlyElementsOf(segments);
        assertThat(found.occupancies()).containsExactlyElementsOf(occupancies);
        assertThat(found.sync().externalRefs()).containsExactlyElementsOf(sync.externalRefs());
    }

    @Test
    void findByContact_findsTheCustomersAppointments_byPhoneOrEmail_inTheTenantOnly() {
        // given
        Customer first = new Customer("Anna", Optional.of(new PhoneNumber("+491511111111")),
                Optional.of(new EmailAddress("anna@example.org")));
        Customer sameEmail = new Customer("Anna B.", Optional.of(new PhoneNumber("+491512222222")),
                Optional.of(new EmailAddress("anna@example.org")));
        Customer other = new Customer("Bert", Optional.of(new PhoneNumber("+491513333333")), Optional.empty());
        Appointment a1 = f.appointment().interval(between("10:00", "10:30")).customer(first).build();
        Appointment a2 = f.appointment().interval(between("12:00", "12:30")).customer(sameEmail).build();
        Appointment a3 = f.appointment().interval(between("14:00", "14:30")).customer(other).build();
        List.of(a1, a2, a3).forEach(appointments::insert);

        // then
        assertThat(appointments.findByContact(tenant, first.phone(), Optional.empty())).containsExactly(a1);
        assertThat(appointments.findByContact(tenant, Optional.empty(), first.email())).containsExactly(a1, a2);
        assertThat(appointments.findByContact(tenant, other.phone(), first.email())).containsExactly(a1, a2, a3);
        assertThat(appointments.findByContact(tenant, Optional.empty(), Optional.empty())).isEmpty();
        assertThat(appointments.findByContact(TenantId.of(randomId("other")), first.phone(), first.email()))
                .isEmpty();
    }

    @Test
    void cancelledAppointment_roundTripsItsCancellationReason() {
        Appointment appointment = f.appointment()
                .customer(new Customer("Anna", Optional.empty(), Optional.of(new EmailAddress("anna@example.org"))))
                .sync(SyncState.notRequired())
                .cancelled("Kundin krank – 'abgesagt'; %_\\")
                .build();

        appointments.insert(appointment);

        assertThat(appointments.find(tenant, appointment.id())).contains(appointment);
    }

    @ParameterizedTest
    @EnumSource(AppointmentStatus.class)
    void everyStatus_roundTrips(AppointmentStatus status) {
        Appointment appointment = f.appointment().status(status)
                .customer(Customer.withPhone("Ben", "+491701234567")).source(Source.DESK).build();

        appointments.insert(appointment);

        assertThat(appointments.find(tenant, appointment.id())).contains(appointment);
    }

    @Test
    void update_replacesEveryFieldAndTheOccupancies() {
        // given
        Appointment original = f.appointment().interval(at("10:00", 30)).build();
        appointments.insert(original);
        TimeInterval later = at("14:00", 45);
        Slot slot = new Slot(later, staff, List.of(new SegmentAssignment("main", "Haarschnitt", 1, 1, staff, later)),
                List.of(new Occupancy(staff, later.expand(Duration.ZERO, Duration.ofMinutes(15)),
                        OccupancyKind.WORK)));
        Instant now = now();
        Appointment moved = original.rescheduleTo(slot, 99L, now)
                .withSync(SyncState.pending().synced(List.of(new ExternalRef("main", "cal-9", later.start())), now),
                        now);

        // when
        appointments.update(moved);

        // then
        assertThat(appointments.find(tenant, original.id())).contains(moved);
        assertThat(appointments.findActiveOccupying(tenant, List.of(staff), at("10:00", 30))).isEmpty();
        assertThat(appointments.findActiveOccupying(tenant, List.of(staff), at("14:45", 15)))
                .containsExactly(moved);
    }

    @Test
    void updatingAnUnknownAppointment_throwsStorageException() {
        Appointment unknown = f.appointment().build();

        assertThatThrownBy(() -> appointments.update(unknown)).isInstanceOf(StorageException.class);
        assertThat(appointments.find(tenant, unknown.id())).isEmpty();
    }

    @Test
    void insertingAnExistingIdAgain_isRefused_andKeepsTheFirst() {
        Appointment first = f.appointment().interval(at("10:00", 30)).build();
        appointments.insert(first);
        Appointment again = f.appointment().id(first.id()).interval(at("15:00", 30)).build();

        assertThatThrownBy(() -> appointments.insert(again)).isInstanceOf(InfrastructureException.class);

        assertThat(appointments.find(tenant, first.id())).contains(first);
    }

    @Test
    void unknownAppointment_isNotFound() {
        assertThat(appointments.find(tenant, AppointmentId.of(randomId("appt")))).isEmpty();
    }

    // ---- the store's no-overlap guarantee ---------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({"10:15,30", "09:45,30", "10:10,10", "09:30,90", "10:00,30"})
    void anOverlappingExclusiveOccupancyOfTheSameStaff_isRefused_andNothingIsStored(String start, int minutes) {
        // given
        Appointment existing = f.appointment(staff, at("10:00", 30));
        appointments.insert(existing);
        Appointment overlapping = f.appointment(staff, at(start, minutes));

        // when / then
        assertThatThrownBy(() -> appointments.insert(overlapping)).isInstanceOf(SlotConflictException.class);
        assertThat(appointments.find(tenant, overlapping.id())).isEmpty();
        assertThat(appointments.findActiveOccupying(tenant, List.of(staff), between("09:00", "12:00")))
                .containsExactly(existing);
    }

    @Test
    void touchingIntervals_areAllowed() {
        Appointment middle = f.appointment(staff, between("10:00", "10:30"));
        Appointment after = f.appointment(staff, between("10:30", "11:00"));
        Appointment before = f.appointment(staff, between("09:30", "10:00"));

        appointments.insert(middle);
        appointments.insert(after);
        appointments.insert(before);

        assertThat(appointments.findActiveOccupying(tenant, List.of(staff), between("09:00", "12:00")))
                .containsExactlyInAnyOrder(before, middle, after);
    }

    @Test
    void anotherStaffMember_doesNotConflict() {
        StaffId emma = f.addStaff();
        appointments.insert(f.appointment(staff, at("10:00", 30)));

        Appointment hers = f.appointment(emma, at("10:00", 30));
        appointments.insert(hers);

        assertThat(appointments.find(tenant, hers.id())).contains(hers);
    }

    @Test
    void anotherTenant_doesNotConflict_evenWithTheSameStaffId() {
        // given
        appointments.insert(f.appointment(staff, at("10:00", 30)));
        ContractFixtures other = ContractFixtures.create(storage);
        Staff sameId = ContractFixtures.staff(other.tenant(), other.branch(), staff, Set.of(other.service()));
        storage.catalogue().saveStaff(sameId);

        // when
        Appointment theirs = other.appointment(staff, at("10:00", 30));
        appointments.insert(theirs);

        // then
        assertThat(appointments.find(other.tenant(), theirs.id())).contains(theirs);
    }

    @Test
    void aCancelledAppointment_blocksNothing() {
        appointments.insert(f.appointment().interval(at("10:00", 30)).cancelled("abgesagt").build());

        Appointment booked = f.appointment(staff, at("10:00", 30));
        appointments.insert(booked);

        assertThat(appointments.find(tenant, booked.id())).contains(booked);
    }

    @Test
    void cancellingAnAppointment_freesItsTime() {
        Appointment first = f.appointment(staff, at("10:00", 30));
        appointments.insert(first);

        appointments.update(first.cancel("Kunde verhindert", now()));
        Appointment second = f.appointment(staff, at("10:00", 30));
        appointments.insert(second);

        assertThat(appointments.findActiveOccupying(tenant, List.of(staff), at("10:00", 30)))
                .containsExactly(second);
    }

    @Test
    void reactivatingACancelledAppointmentOntoTakenTime_isRefused() {
        Appointment first = f.appointment(staff, at("10:00", 30));
        appointments.insert(first);
        Appointment cancelled = first.cancel("verhindert", now());
        appointments.update(cancelled);
        appointments.insert(f.appointment(staff, at("10:00", 30)));

        assertThatThrownBy(() -> appointments.update(cancelled.withStatus(AppointmentStatus.BOOKED, now())))
                .isInstanceOf(SlotConflictException.class);
        assertThat(appointments.find(tenant, first.id())).contains(cancelled);
    }

    @ParameterizedTest
    @ValueSource(strings = {"converted", "cancelled", "expired"})
    void aClosedHold_blocksNothing(String how) {
        // given
        Hold hold = f.hold(staff, at("10:00", 30));
        holds.insert(hold, hold.createdAt());
        Hold closed = switch (how) {
            case "converted" -> hold.convert(AppointmentId.of(randomId("appt")), now());
            case "cancelled" -> hold.cancel("Anrufer hat aufgelegt", now());
            default -> hold.expire();
        };
        holds.update(closed);

        // when
        Appointment booked = f.appointment(staff, at("10:00", 30));
        appointments.insert(booked);

        // then
        assertThat(appointments.find(tenant, booked.id())).contains(booked);
    }

    @Test
    void anActiveHoldPastItsExpiry_blocksNothing() {
        Instant created = now().minus(Duration.ofMinutes(10));
        Hold stale = f.hold().interval(at("10:00", 30)).createdAt(created)
                .expiresAt(created.plus(Duration.ofMinutes(5))).build();
        holds.insert(stale, created.plusSeconds(1));

        Appointment booked = f.appointment(staff, at("10:00", 30));
        appointments.insert(booked);

        assertThat(appointments.find(tenant, booked.id())).contains(booked);
        assertThat(holds.find(tenant, stale.token())).contains(stale);
    }

    @Test
    void anUnexpiredActiveHold_blocksAnAppointment_whoeverOwnsIt() {
        Hold hold = f.hold(staff, at("10:00", 30));
        holds.insert(hold, hold.createdAt());

        Appointment overlapping = f.appointment().interval(at("10:15", 30)).fromHold(Optional.of(hold.token()))
                .build();

        assertThatThrownBy(() -> appointments.insert(overlapping)).isInstanceOf(SlotConflictException.class);
        assertThat(appointments.find(tenant, overlapping.id())).isEmpty();
    }

    @Test
    void aConvertedHoldFollowedByItsAppointment_inOneTransaction_isStored() {
        Hold hold = f.hold(staff, at("10:00", 30));
        holds.insert(hold, hold.createdAt());
        Appointment booked = f.appointment().interval(at("10:00", 30)).fromHold(Optional.of(hold.token())).build();

        storage.transactions().inTransaction(() -> {
            storage.staffLocks().lock(tenant, List.of(staff), OptionalLong.empty());
            holds.update(hold.convert(booked.id(), now()));
            appointments.insert(booked);
            return null;
        });

        assertThat(appointments.find(tenant, booked.id())).contains(booked);
    }

    @Test
    void flexiblePauses_doNotTriggerTheStoreCheck_whenSomethingLiesInsideThem() {
        // given: work 10:00–10:30, flexible pause 10:30–11:15, work 11:15–11:45
        appointments.insert(f.appointment().composite(time("10:00"), OccupancyKind.FLEXIBLE_PAUSE).build());

        // when
        Appointment inside = f.appointment(staff, between("10:35", "11:05"));
        appointments.insert(inside);

        // then
        assertThat(appointments.find(tenant, inside.id())).contains(inside);
    }

    @Test
    void flexiblePauses_doNotTriggerTheStoreCheck_whenTheyOverlapWorkOrEachOther() {
        // given: work 10:00–10:30, flexible pause 10:30–11:15, work 11:15–11:45
        appointments.insert(f.appointment().composite(time("10:00"), OccupancyKind.FLEXIBLE_PAUSE).build());

        // when: work 09:30–10:00, flexible pause 10:00–10:45 (over the work above), work 10:45–11:15 (in the pause)
        Appointment interleaved = f.appointment().composite(time("09:30"), OccupancyKind.FLEXIBLE_PAUSE).build();
        appointments.insert(interleaved);

        // then
        assertThat(appointments.find(tenant, interleaved.id())).contains(interleaved);
    }

    @Test
    void blockedPauses_conflictLikeWork() {
        appointments.insert(f.appointment().composite(time("10:00"), OccupancyKind.BLOCKED_PAUSE).build());

        Appointment inside = f.appointment(staff, between("10:35", "11:05"));

        assertThatThrownBy(() -> appointments.insert(inside)).isInstanceOf(SlotConflictException.class);
        assertThat(appointments.find(tenant, inside.id())).isEmpty();
    }

    @Test
    void anOccupancyOfAnotherSegmentStaffMember_conflictsForThatStaffMember() {
        // given: a composite whose second segment is done by Emma 11:15–11:45
        StaffId emma = f.addStaff();
        appointments.insert(f.appointment().interval(between("10:00", "11:45"))
                .segments(List.of(new SegmentAssignment("a", "A", 1, 2, staff, between("10:00", "10:30")),
                        new SegmentAssignment("b", "B", 2, 2, emma, between("11:15", "11:45"))))
                .occupancies(new Occupancy(staff, between("10:00", "10:30"), OccupancyKind.WORK),
                        new Occupancy(emma, between("11:15", "11:45"), OccupancyKind.WORK))
                .build());

        // then
        assertThatThrownBy(() -> appointments.insert(f.appointment(emma, between("11:30", "12:00"))))
                .isInstanceOf(SlotConflictException.class);
        Appointment staffFree = f.appointment(staff, between("11:30", "12:00"));
        appointments.insert(staffFree);
        assertThat(appointments.find(tenant, staffFree.id())).contains(staffFree);
    }

    // ---- updates ----------------------------------------------------------------------------------------------

    @Test
    void anUpdateOntoABusyInterval_isRefused_andLeavesTheOldRowIntact() {
        // given
        Appointment busy = f.appointment(staff, at("14:00", 30));
        Appointment mine = f.appointment(staff, at("10:00", 30));
        appointments.insert(busy);
        appointments.insert(mine);
        TimeInterval target = at("14:15", 30);
        Appointment moved = mine.rescheduleTo(new Slot(target, staff,
                List.of(new SegmentAssignment("main", "Haarschnitt", 1, 1, staff, target)),
                List.of(new Occupancy(staff, target, OccupancyKind.WORK))), 5L, now());

        // when / then
        assertThatThrownBy(() -> appointments.update(moved)).isInstanceOf(SlotConflictException.class);
        assertThat(appointments.find(tenant, mine.id())).contains(mine);
        assertThat(appointments.findActiveOccupying(tenant, List.of(staff), at("10:00", 30))).containsExactly(mine);
    }

    @Test
    void anUpdateOverlappingItsOwnOldTime_isAllowed() {
        Appointment mine = f.appointment(staff, at("10:00", 30));
        appointments.insert(mine);
        TimeInterval target = at("10:15", 30);
        Appointment moved = mine.rescheduleTo(new Slot(target, staff,
                List.of(new SegmentAssignment("main", "Haarschnitt", 1, 1, staff, target)),
                List.of(new Occupancy(staff, target, OccupancyKind.WORK))), 6L, now());

        appointments.update(moved);

        assertThat(appointments.find(tenant, mine.id())).contains(moved);
    }

    // ---- queries ----------------------------------------------------------------------------------------------

    @Test
    void findActiveOccupying_returnsActiveAppointmentsOfTheGivenStaffWithAnOccupancyOverlappingTheRange() {
        // given
        StaffId emma = f.addStaff();
        Appointment inRange = f.appointment(staff, at("10:00", 30));
        Appointment touchingEnd = f.appointment(staff, at("11:00", 30));
        Appointment cancelled = f.appointment().interval(at("10:15", 30)).cancelled("weg").build();
        Appointment hers = f.appointment(emma, at("10:00", 30));
        Appointment withBuffer = f.appointment().interval(at("12:00", 30))
                .occupancies(new Occupancy(staff, at("12:00", 45), OccupancyKind.WORK)).build();
        Appointment composite = f.appointment().composite(time("07:30"), OccupancyKind.FLEXIBLE_PAUSE).build();
        for (Appointment a : List.of(inRange, touchingEnd, cancelled, hers, withBuffer, composite)) {
            appointments.insert(a);
        }

        // then
        assertThat(appointments.findActiveOccupying(tenant, List.of(staff), between("10:15", "11:00")))
                .containsExactly(inRange);
        assertThat(appointments.findActiveOccupying(tenant, List.of(staff, emma), between("10:15", "11:00")))
                .containsExactlyInAnyOrder(inRange, hers);
        assertThat(appointments.findActiveOccupying(tenant, List.of(staff), between("12:30", "12:45")))
                .as("an occupancy beyond the customer's interval (buffer)").containsExactly(withBuffer);
        assertThat(appointments.findActiveOccupying(tenant, List.of(staff), between("08:15", "08:30")))
                .as("a flexible pause").containsExactly(composite);
        assertThat(appointments.findActiveOccupying(tenant, List.of(), between("00:00", "23:00"))).isEmpty();
    }

    @Test
    void list_returnsAppointmentsOfAnyStatusWhoseCustomerIntervalOverlaps() {
        // given
        StaffId emma = f.addStaff();
        Appointment booked = f.appointment().interval(at("10:00", 30))
                .occupancies(new Occupancy(staff, at("10:00", 45), OccupancyKind.WORK)).build();
        Appointment cancelled = f.appointment().interval(at("10:00", 30)).cancelled("weg").build();
        Appointment completed = f.appointment().interval(at("09:00", 30)).status(AppointmentStatus.COMPLETED)
                .build();
        Appointment hers = f.appointment(emma, at("10:15", 30));
        for (Appointment a : List.of(booked, cancelled, completed, hers)) {
            appointments.insert(a);
        }

        // then
        assertThat(appointments.list(tenant, Optional.empty(), between("10:00", "11:00")))
                .containsExactlyInAnyOrder(booked, cancelled, hers);
        assertThat(appointments.list(tenant, Optional.of(staff), between("08:00", "11:00")))
                .containsExactlyInAnyOrder(booked, cancelled, completed);
        assertThat(appointments.list(tenant, Optional.of(emma), between("08:00", "11:00")))
                .containsExactly(hers);
        assertThat(appointments.list(tenant, Optional.of(staff), between("10:30", "10:45")))
                .as("the buffer is not part of the customer's interval").isEmpty();
    }

    @Test
    void list_forAStaffMember_includesCompositesWhereTheyDoASegment() {
        StaffId emma = f.addStaff();
        Appointment composite = f.appointment().interval(between("10:00", "11:45"))
                .segments(List.of(new SegmentAssignment("a", "A", 1, 2, staff, between("10:00", "10:30")),
                        new SegmentAssignment("b", "B", 2, 2, emma, between("11:15", "11:45"))))
                .occupancies(new Occupancy(staff, between("10:00", "10:30"), OccupancyKind.WORK),
                        new Occupancy(emma, between("11:15", "11:45"), OccupancyKind.WORK))
                .build();
        appointments.insert(composite);

        assertThat(appointments.list(tenant, Optional.of(emma), between("09:00", "13:00")))
                .containsExactly(composite);
    }

    @Test
    void findSyncRelevant_returnsRecentAppointmentsAndUnsettledOnesWhateverTheirAge() {
        // given
        Instant now = now();
        Instant old = now.minus(Duration.ofDays(3));
        Instant since = now.minus(Duration.ofDays(1));
        SyncState synced = SyncState.pending().synced(List.of(new ExternalRef("main", "cal-1", time("10:00"))), old);
        Appointment recentSynced = f.appointment().interval(at("09:00", 15)).sync(synced).createdAt(now).build();
        Appointment recentAtBoundary = f.appointment().interval(at("09:15", 15)).sync(synced).createdAt(since)
                .build();
        Appointment oldSynced = f.appointment().interval(at("09:30", 15)).sync(synced).createdAt(old).build();
        Appointment oldPending = f.appointment().interval(at("09:45", 15)).sync(SyncState.pending())
                .createdAt(old).build();
        Appointment oldFailed = f.appointment().interval(at("10:00", 15))
                .sync(SyncState.pending().attemptFailed("HTTP 503", old, true)).createdAt(old).build();
        Appointment oldFlagged = f.appointment().interval(at("10:15", 15))
                .sync(new SyncState(SyncStatus.SYNCED, 1, Optional.empty(), true, Optional.of(old), List.of()))
                .createdAt(old).build();
        Appointment oldNotRequired = f.appointment().interval(at("10:30", 15)).sync(SyncState.notRequired())
                .createdAt(old).build();
        Appointment oldCancelledPending = f.appointment().interval(at("10:45", 15)).sync(SyncState.pending())
                .cancelled("weg").createdAt(old).build();
        List<Appointment> all = List.of(recentSynced, recentAtBoundary, oldSynced, oldPending, oldFailed,
                oldFlagged, oldNotRequired, oldCancelledPending);
        all.forEach(appointments::insert);

        // when
        List<Appointment> relevant = appointments.findSyncRelevant(tenant, since);

        // then
        assertThat(relevant).containsExactlyInAnyOrder(recentSynced, recentAtBoundary, oldPending, oldFailed,
                oldFlagged, oldCancelledPending);
    }

    // ---- tenant isolation -------------------------------------------------------------------------------------

    @Test
    void anotherTenant_readsNoneOfTheAppointments() {
        // given
        Appointment mine = f.appointment(staff, at("10:00", 30));
        appointments.insert(mine);
        TenantId other = ContractFixtures.create(storage).tenant();

        // then
        assertThat(appointments.find(other, mine.id())).isEmpty();
        assertThat(appointments.findActiveOccupying(other, List.of(staff), at("10:00", 30))).isEmpty();
        assertThat(appointments.list(other, Optional.empty(), at("10:00", 30))).isEmpty();
        assertThat(appointments.list(other, Optional.of(staff), at("10:00", 30))).isEmpty();
        assertThat(appointments.findSyncRelevant(other, Instant.EPOCH)).isEmpty();
    }

    @Test
    void anotherTenant_cannotUpdateTheAppointment() {
        // given
        Appointment mine = f.appointment(staff, at("10:00", 30));
        appointments.insert(mine);
        ContractFixtures other = ContractFixtures.create(storage);
        Appointment hijack = other.appointment().id(mine.id()).interval(at("10:00", 30)).cancelled("gekapert")
                .build();

        // when / then
        assertThatThrownBy(() -> appointments.update(hijack)).isInstanceOf(StorageException.class);
        assertThat(appointments.find(tenant, mine.id())).contains(mine);
        assertThat(appointments.find(other.tenant(), mine.id())).isEmpty();
    }

    // ---- concurrency and transactions -------------------------------------------------------------------------

    @Test
    @Timeout(120)
    void sixteenConcurrentLockedBookers_storeNoOverlap_andEveryReportedSuccessIsStored() {
        // given: 16 candidate intervals of 30 minutes, starting every 10 minutes from 10:00 in a cycle of 6
        List<Appointment> candidates = IntStream.range(0, 16)
                .mapToObj(i -> f.appointment(staff, TimeInterval.of(time("10:00")
                        .plus(Duration.ofMinutes(10L * (i % 6))), Duration.ofMinutes(30))))
                .toList();

        // when
        List<Boolean> booked = Concurrency.race(16, i -> {
            Appointment a = candidates.get(i);
            try {
                return storage.transactions().inTransaction(() -> {
                    storage.staffLocks().lock(tenant, List.of(staff), OptionalLong.empty());
                    if (!appointments.findActiveOccupying(tenant, List.of(staff), a.interval()).isEmpty()) {
                        return false;
                    }
                    appointments.insert(a);
                    return true;
                });
            } catch (SlotConflictException e) {
                return false;
            }
        });

        // then
        List<Appointment> successes = IntStream.range(0, 16).filter(booked::get).mapToObj(candidates::get).toList();
        assertThat(successes).isNotEmpty();
        assertNoOverlapsAndExactly(successes);
    }

    @Test
    @Timeout(120)
    void sixteenConcurrentInsertsWithoutLocks_stillStoreNoOverlap() {
        List<Appointment> candidates = IntStream.range(0, 16)
                .mapToObj(i -> f.appointment(staff, TimeInterval.of(time("10:00")
                        .plus(Duration.ofMinutes(5L * (i % 8))), Duration.ofMinutes(30))))
                .toList();

        List<Boolean> inserted = Concurrency.race(16, i -> {
            try {
                appointments.insert(candidates.get(i));
                return true;
            } catch (SlotConflictException e) {
                return false;
            }
        });

        List<Appointment> successes = IntStream.range(0, 16).filter(inserted::get).mapToObj(candidates::get)
                .toList();
        assertThat(successes).isNotEmpty();
        assertNoOverlapsAndExactly(successes);
    }

    @Test
    void anExceptionAfterInsertInATransaction_leavesNoAppointment() {
        Appointment a = f.appointment(staff, at("10:00", 30));

        assertThatThrownBy(() -> storage.transactions().inTransaction(() -> {
            storage.staffLocks().lock(tenant, List.of(staff), OptionalLong.empty());
            appointments.insert(a);
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");

        assertThat(appointments.find(tenant, a.id())).isEmpty();
        Appointment again = f.appointment(staff, at("10:00", 30));
        appointments.insert(again);
        assertThat(appointments.find(tenant, again.id())).contains(again);
    }

    @Test
    void aRolledBackUpdate_restoresThePreviousVersion() {
        Appointment a = f.appointment(staff, at("10:00", 30));
        appointments.insert(a);

        assertThatThrownBy(() -> storage.transactions().inTransaction(() -> {
            storage.staffLocks().lock(tenant, List.of(staff), OptionalLong.empty());
            appointments.update(a.cancel("test", now()));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(appointments.find(tenant, a.id())).contains(a);
    }

    private void assertNoOverlapsAndExactly(List<Appointment> successes) {
        List<Appointment> stored = appointments.list(tenant, Optional.of(staff), between("00:00", "23:59"))
                .stream().filter(Appointment::isActive).toList();
        assertThat(stored).containsExactlyInAnyOrderElementsOf(successes);
        for (int i = 0; i < stored.size(); i++) {
            for (int j = i + 1; j < stored.size(); j++) {
                for (Occupancy x : stored.get(i).occupancies()) {
                    for (Occupancy y : stored.get(j).occupancies()) {
                        assertThat(x.staff().equals(y.staff()) && x.interval().overlaps(y.interval()))
                                .as("%s overlaps %s", x, y).isFalse();
                    }
                }
            }
        }
    }
}
