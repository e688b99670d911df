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
import dev.termin.booking.application.port.out.SlotConflictException;
import dev.termin.booking.application.port.out.StorageException;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.hold.Hold;
import dev.termin.booking.domain.hold.HoldStatus;
import dev.termin.booking.domain.appointment.HoldToken;
import dev.termin.booking.domain.slot.Occupancy;
import dev.termin.booking.domain.slot.OccupancyKind;
import dev.termin.booking.domain.slot.SegmentAssignment;
import dev.termin.booking.domain.time.TimeInterval;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
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
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Contract of {@link HoldRepository} together with the {@link AppointmentRepository} of the same storage: round
 * trips, expiry by time, the sweeper, and the owner-independent no-overlap check. {@link HoldRepository#expireDue}
 * works across tenants, so these tests sweep until nothing is due and look only at their own tenant's holds.
 */
public abstract class AbstractHoldRepositoryTest {

    /** The storage under test; called once per test, may return the same shared instance every time. */
    protected abstract BookingStorage storage();

    private BookingStorage storage;
    private HoldRepository holds;
    private AppointmentRepository appointments;
    private ContractFixtures f;
    private TenantId tenant;
    private StaffId staff;

    @BeforeEach
    void setUpTenant() {
        storage = storage();
        holds = storage.holds();
        appointments = storage.appointments();
        f = ContractFixtures.create(storage);
        tenant = f.tenant();
        staff = f.staff();
    }

    // ---- round trips ------------------------------------------------------------------------------------------

    @Test
    void insertedCompositeHold_isFoundWithEveryField() {
        // given
        StaffId emma = f.addStaff();
        Instant now = now();
        Hold hold = f.hold().owner("call-" + UUID.randomUUID() + " ü'%_\\")
                .interval(between("10:00", "11:45"))
                .segments(List.of(new SegmentAssignment("colour", "Farbe", 1, 2, staff, between("10:00", "10:30")),
                        new SegmentAssignment("cut", "Schnitt", 2, 2, emma, between("11:15", "11:45"))))
                .occupancies(new Occupancy(staff, between("10:00", "10:30"), OccupancyKind.WORK),
                        new Occupancy(staff, between("10:30", "11:15"), OccupancyKind.BLOCKED_PAUSE),
                        new Occupancy(emma, between("11:15", "11:45"), OccupancyKind.WORK),
                        new Occupancy(emma, between("11:45", "12:00"), OccupancyKind.WORK))
                .createdAt(now).expiresAt(now.plus(Duration.ofMinutes(3)))
                .build();

        // when
        holds.insert(hold, now);

        // then
        Hold found = holds.find(tenant, hold.token()).orElseThrow();
        assertThat(found).isEqualTo(hold);
        assertThat(found.occupancies()).containsExactlyElementsOf(hold.occupancies());
        assertThat(found.isComposite()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"converted", "cancelled", "expired"})
    void aStatusChange_roundTrips(String how) {
        Hold hold = f.hold(staff, at("10:00", 30));
        holds.insert(hold, hold.createdAt());
        Instant at = hold.createdAt().plusSeconds(42);
        Hold closed = switch (how) {
            case "converted" -> hold.convert(AppointmentId.of(randomId("appt")), at);
            case "cancelled" -> hold.cancel("Anrufer hat aufgelegt – 'weg'", at);
            default -> hold.expire();
        };

        holds.update(closed);

        assertThat(holds.find(tenant, hold.token())).contains(closed);
    }

    @Test
    void updatingAnUnknownHold_throwsStorageException() {
        Hold unknown = f.hold(staff, at("10:00", 30));

        assertThatThrownBy(() -> holds.update(unknown.cancel("x", now()))).isInstanceOf(StorageException.class);
        assertThat(holds.find(tenant, unknown.token())).isEmpty();
    }

    @Test
    void unknownToken_isNotFound() {
        assertThat(holds.find(tenant, new HoldToken(UUID.randomUUID()))).isEmpty();
    }

    // ---- active vs expired ------------------------------------------------------------------------------------

    @Test
    void findActiveOccupying_seesAHoldUntilItsExpiry_only() {
        Hold hold = f.hold(staff, at("10:00", 30));
        holds.insert(hold, hold.createdAt());

        assertThat(holds.findActiveOccupying(tenant, List.of(staff), at("10:00", 30), hold.createdAt()))
                .containsExactly(hold);
        assertThat(holds.findActiveOccupying(tenant, List.of(staff), at("10:00", 30),
                hold.expiresAt().minusMillis(1))).containsExactly(hold);
        assertThat(holds.findActiveOccupying(tenant, List.of(staff), at("10:00", 30), hold.expiresAt()))
                .isEmpty();
        assertThat(holds.findActiveOccupying(tenant, List.of(staff), at("10:00", 30),
                hold.expiresAt().plusSeconds(60))).isEmpty();
    }

    @Test
    void findActiveOccupying_returnsOnlyActiveHoldsOfTheStaffOverlappingTheRange() {
        // given
        StaffId emma = f.addStaff();
        Hold inRange = f.hold(staff, at("10:00", 30));
        Hold touching = f.hold(staff, at("11:00", 30));
        Hold hers = f.hold(emma, at("10:00", 30));
        Hold cancelled = f.hold(staff, at("12:00", 30));
        Hold composite = f.hold().composite(time("07:30"), OccupancyKind.FLEXIBLE_PAUSE).build();
        Instant now = now();
        for (Hold h : List.of(inRange, touching, hers, cancelled, composite)) {
            holds.insert(h, now);
        }
        holds.update(cancelled.cancel("weg", now));

        // then
        assertThat(holds.findActiveOccupying(tenant, List.of(staff), between("10:15", "11:00"), now))
                .containsExactly(inRange);
        assertThat(holds.findActiveOccupying(tenant, List.of(staff, emma), between("10:15", "11:00"), now))
                .containsExactlyInAnyOrder(inRange, hers);
        assertThat(holds.findActiveOccupying(tenant, List.of(staff), between("12:00", "12:30"), now)).isEmpty();
        assertThat(holds.findActiveOccupying(tenant, List.of(staff), between("08:15", "08:30"), now))
                .as("a flexible pause").containsExactly(composite);
    }

    // ---- sweeping ---------------------------------------------------------------------------------------------

    @Test
    void expireDue_marksOnlyDueActiveHolds_andReturnsEachOnce() {
        // given
        Instant sweep = now();
        Instant created = sweep.minus(Duration.ofMinutes(10));
        Hold due = insertedHold(at("08:00", 10), created, sweep.minus(Duration.ofMinutes(5)));
        Hold dueExactlyNow = insertedHold(at("08:15", 10), created, sweep);
        Hold notDue = insertedHold(at("08:30", 10), created, sweep.plus(Duration.ofHours(1)));
        Hold converted = insertedHold(at("08:45", 10), created, sweep.minus(Duration.ofMinutes(5)));
        Hold convertedVersion = converted.convert(AppointmentId.of(randomId("appt")), created.plusSeconds(5));
        holds.update(convertedVersion);

        // when
        List<Hold> first = ours(sweepAll(sweep, 50));
        List<Hold> second = ours(sweepAll(sweep, 50));

        // then
        assertThat(first).containsExactlyInAnyOrder(due.expire(), dueExactlyNow.expire());
        assertThat(second).isEmpty();
        assertThat(holds.find(tenant, due.token())).contains(due.expire());
        assertThat(holds.find(tenant, due.token()).orElseThrow().status()).isEqualTo(HoldStatus.EXPIRED);
        assertThat(holds.find(tenant, notDue.token())).contains(notDue);
        assertThat(holds.find(tenant, converted.token())).contains(convertedVersion);
    }

    @Test
    void expireDue_returnsAtMostTheLimit() {
        Instant sweep = now();
        Instant created = sweep.minus(Duration.ofMinutes(10));
        for (int i = 0; i < 3; i++) {
            insertedHold(TimeInterval.of(time("08:00").plus(Duration.ofMinutes(15L * i)), Duration.ofMinutes(10)),
                    created, sweep.minusSeconds(60));
        }

        assertThat(holds.expireDue(sweep, 1)).hasSizeLessThanOrEqualTo(1);
        assertThat(holds.expireDue(sweep, 2)).hasSizeLessThanOrEqualTo(2);
        sweepAll(sweep, 50);
        assertThat(holds.createdBetween(tenant, created, sweep)).extracting(Hold::status)
                .containsOnly(HoldStatus.EXPIRED);
    }

    @Test
    @Timeout(120)
    void fourConcurrentSweepers_expireEveryDueHoldExactlyOnce() {
        // given
        Instant sweep = now();
        Instant created = sweep.minus(Duration.ofMinutes(10));
        Set<HoldToken> due = new HashSet<>();
        for (int i = 0; i < 24; i++) {
            TimeInterval interval = TimeInterval.of(time("06:00").plus(Duration.ofMinutes(15L * i)),
                    Duration.ofMinutes(10));
            due.add(insertedHold(interval, created, sweep.minusSeconds(i)).token());
        }

        // when
        List<List<Hold>> perSweeper = Concurrency.race(4, n -> sweepAll(sweep, 3));

        // then
        List<String> everyExpired = perSweeper.stream().flatMap(List::stream)
                .map(h -> h.tenant().value() + "/" + h.token()).toList();
        assertThat(everyExpired).doesNotHaveDuplicates();
        assertThat(perSweeper.stream().flatMap(List::stream).filter(h -> h.tenant().equals(tenant))
                .map(Hold::token)).containsExactlyInAnyOrderElementsOf(due);
    }

    @Test
    void createdBetween_returnsTheTenantsHoldsCreatedInTheHalfOpenRange() {
        Instant t0 = now().minus(Duration.ofMinutes(30));
        Hold first = insertedHold(at("08:00", 10), t0, t0.plus(Duration.ofMinutes(5)));
        Hold second = insertedHold(at("08:15", 10), t0.plusSeconds(60), t0.plus(Duration.ofMinutes(6)));
        insertedHold(at("08:30", 10), t0.plusSeconds(120), t0.plus(Duration.ofMinutes(7)));

        assertThat(holds.createdBetween(tenant, t0, t0.plusSeconds(120))).containsExactlyInAnyOrder(first, second);
        assertThat(holds.createdBetween(tenant, t0.plusMillis(1), t0.plusSeconds(60))).isEmpty();
    }

    // ---- the store's no-overlap check -------------------------------------------------------------------------

    @Test
    void aHoldOverlappingAnActiveAppointment_isRefused_andNothingIsStored() {
        appointments.insert(f.appointment(staff, at("10:00", 30)));
        Hold hold = f.hold(staff, at("10:15", 30));

        assertThatThrownBy(() -> holds.insert(hold, hold.createdAt())).isInstanceOf(SlotConflictException.class);
        assertThat(holds.find(tenant, hold.token())).isEmpty();
    }

    @Test
    void aHoldOverACancelledAppointment_isAllowed() {
        appointments.insert(f.appointment().interval(at("10:00", 30)).cancelled("weg").build());
        Hold hold = f.hold(staff, at("10:00", 30));

        holds.insert(hold, hold.createdAt());

        assertThat(holds.find(tenant, hold.token())).contains(hold);
    }

    @Test
    void aHoldOverlappingAnotherUnexpiredHold_isRefused_evenForTheSameOwner() {
        Hold first = f.hold().owner("call-1").interval(at("10:00", 30)).build();
        holds.insert(first, first.createdAt());
        Hold sameOwner = f.hold().owner("call-1").interval(at("10:15", 30)).build();
        Hold otherOwner = f.hold().owner("call-2").interval(at("09:45", 30)).build();

        assertThatThrownBy(() -> holds.insert(sameOwner, sameOwner.createdAt()))
                .isInstanceOf(SlotConflictException.class);
        assertThatThrownBy(() -> holds.insert(otherOwner, otherOwner.createdAt()))
                .isInstanceOf(SlotConflictException.class);
        assertThat(holds.find(tenant, sameOwner.token())).isEmpty();
        assertThat(holds.find(tenant, otherOwner.token())).isEmpty();
    }

    @Test
    void aHoldOverAHoldThatExpiredByTime_isAllowed() {
        Instant created = now().minus(Duration.ofMinutes(10));
        Hold stale = insertedHold(at("10:00", 30), created, created.plus(Duration.ofMinutes(5)));
        Hold fresh = f.hold(staff, at("10:00", 30));

        holds.insert(fresh, fresh.createdAt());

        assertThat(holds.find(tenant, fresh.token())).contains(fresh);
        assertThat(holds.find(tenant, stale.token())).contains(stale);
    }

    @Test
    void anActiveHold_stopsBlockingAtItsExpiry_judgedByTheInsertsNow() {
        Hold first = f.hold(staff, at("10:00", 30));
        holds.insert(first, first.createdAt());
        Hold second = f.hold().interval(at("10:00", 30)).createdAt(first.expiresAt()).build();

        assertThatThrownBy(() -> holds.insert(second, first.expiresAt().minusMillis(1)))
                .isInstanceOf(SlotConflictException.class);
        holds.insert(second, first.expiresAt());

        assertThat(holds.find(tenant, second.token())).contains(second);
    }

    @ParameterizedTest
    @ValueSource(strings = {"converted", "cancelled", "expired"})
    void aHoldOverAClosedHold_isAllowed(String how) {
        Hold first = f.hold(staff, at("10:00", 30));
        holds.insert(first, first.createdAt());
        holds.update(switch (how) {
            case "converted" -> first.convert(AppointmentId.of(randomId("appt")), now());
            case "cancelled" -> first.cancel("weg", now());
            default -> first.expire();
        });
        Hold second = f.hold(staff, at("10:00", 30));

        holds.insert(second, second.createdAt());

        assertThat(holds.find(tenant, second.token())).contains(second);
    }

    @Test
    void touchingHolds_otherStaffAndFlexiblePauses_areAllowed() {
        StaffId emma = f.addStaff();
        Instant now = now();
        Hold composite = f.hold().composite(time("10:00"), OccupancyKind.FLEXIBLE_PAUSE).build();
        Hold inPause = f.hold(staff, between("10:40", "11:10"));
        Hold touching = f.hold(staff, between("11:45", "12:15"));
        Hold hers = f.hold(emma, between("10:00", "10:30"));

        for (Hold h : List.of(composite, inPause, touching, hers)) {
            holds.insert(h, now);
        }

        assertThat(holds.findActiveOccupying(tenant, List.of(staff, emma), between("09:00", "13:00"), now))
                .containsExactlyInAnyOrder(composite, inPause, touching, hers);
    }

    @Test
    void anAppointmentAndAHoldOfAnotherTenant_doNotConflict_evenWithTheSameStaffId() {
        // given
        ContractFixtures other = ContractFixtures.create(storage);
        storage.catalogue().saveStaff(ContractFixtures.staff(other.tenant(), other.branch(), staff,
                Set.of(other.service())));
        appointments.insert(other.appointment(staff, between("10:00", "10:30")));
        Hold theirs = other.hold(staff, between("10:30", "11:00"));
        holds.insert(theirs, theirs.createdAt());

        // when
        Hold mine = f.hold(staff, between("10:00", "11:00"));
        holds.insert(mine, mine.createdAt());

        // then
        assertThat(holds.find(tenant, mine.token())).contains(mine);
    }

    @Test
    @Timeout(120)
    void sixteenConcurrentHoldsForOneSlot_leaveExactlyOneStored() {
        List<Hold> candidates = IntStream.range(0, 16).mapToObj(i -> f.hold(staff, at("10:00", 30))).toList();

        List<Boolean> won = Concurrency.race(16, i -> {
            Hold h = candidates.get(i);
            try {
                holds.insert(h, h.createdAt());
                return true;
            } catch (SlotConflictException e) {
                return false;
            }
        });

        assertThat(won).containsOnlyOnce(true);
        Hold winner = candidates.get(won.indexOf(true));
        assertThat(holds.findActiveOccupying(tenant, List.of(staff), at("10:00", 30), now()))
                .containsExactly(winner);
    }

    // ---- tenant isolation and transactions --------------------------------------------------------------------

    @Test
    void anotherTenant_readsAndUpdatesNoneOfTheHolds() {
        // given
        Hold mine = f.hold(staff, at("10:00", 30));
        holds.insert(mine, mine.createdAt());
        ContractFixtures other = ContractFixtures.create(storage);
        Hold hijack = other.hold().token(mine.token()).interval(at("10:00", 30)).build()
                .cancel("gekapert", now());

        // then
        assertThat(holds.find(other.tenant(), mine.token())).isEmpty();
        assertThat(holds.findActiveOccupying(other.tenant(), List.of(staff), at("10:00", 30), mine.createdAt()))
                .isEmpty();
        assertThat(holds.createdBetween(other.tenant(), Instant.EPOCH, mine.createdAt().plusSeconds(1)))
                .isEmpty();
        assertThatThrownBy(() -> holds.update(hijack)).isInstanceOf(StorageException.class);
        assertThat(holds.find(tenant, mine.token())).contains(mine);
    }

    @Test
    void aHoldInsertedInARolledBackTransaction_isGone_andBlocksNothing() {
        Hold hold = f.hold(staff, at("10:00", 30));

        assertThatThrownBy(() -> storage.transactions().inTransaction(() -> {
            storage.staffLocks().lock(tenant, List.of(staff), OptionalLong.empty());
            holds.insert(hold, hold.createdAt());
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(holds.find(tenant, hold.token())).isEmpty();
        Hold again = f.hold(staff, at("10:00", 30));
        holds.insert(again, again.createdAt());
        assertThat(holds.find(tenant, again.token())).contains(again);
    }

    @Test
    void aRolledBackConversion_leavesTheHoldActive() {
        Hold hold = f.hold(staff, at("10:00", 30));
        holds.insert(hold, hold.createdAt());
        Appointment booked = f.appointment().interval(at("10:00", 30)).fromHold(Optional.of(hold.token())).build();

        assertThatThrownBy(() -> storage.transactions().inTransaction(() -> {
            storage.staffLocks().lock(tenant, List.of(staff), OptionalLong.empty());
            holds.update(hold.convert(booked.id(), now()));
            appointments.insert(booked);
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(holds.find(tenant, hold.token())).contains(hold);
        assertThat(appointments.find(tenant, booked.id())).isEmpty();
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private Hold insertedHold(TimeInterval interval, Instant createdAt, Instant expiresAt) {
        Hold hold = f.hold().interval(interval).createdAt(createdAt).expiresAt(expiresAt).build();
        holds.insert(hold, createdAt);
        return hold;
    }

    /** Expires everything due at {@code now}, {@code batch} at a time, until a call returns nothing. */
    private List<Hold> sweepAll(Instant now, int batch) {
        List<Hold> all = new ArrayList<>();
        for (int round = 0; round < 10_000; round++) {
            List<Hold> expired = holds.expireDue(now, batch);
            if (expired.isEmpty()) {
                return all;
            }
            assertThat(expired).hasSizeLessThanOrEqualTo(batch);
            all.addAll(expired);
        }
        throw new AssertionError("expireDue never ran dry");
    }

    private List<Hold> ours(List<Hold> expired) {
        return expired.stream().filter(h -> h.tenant().equals(tenant)).toList();
    }
}
