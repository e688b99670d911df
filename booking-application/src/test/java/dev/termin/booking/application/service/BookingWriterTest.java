package dev.termin.booking.application.service;

import static dev.termin.booking.application.scenario.Salon.NOW;
import static dev.termin.booking.application.scenario.Salon.wednesday;
import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.adapter.inmemory.InMemorySlotLocks;
import dev.termin.booking.adapter.inmemory.InMemoryStorage;
import dev.termin.booking.application.port.out.BookingMetrics;
import dev.termin.booking.application.port.out.BookingStorage;
import dev.termin.booking.application.port.out.LockKey;
import dev.termin.booking.application.port.out.LockLease;
import dev.termin.booking.application.port.out.SlotLocks;
import dev.termin.booking.application.port.out.StorageException;
import dev.termin.booking.testing.MutableClock;
import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.hold.Hold;
import dev.termin.booking.domain.appointment.HoldToken;
import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.result.Result;
import dev.termin.booking.domain.slot.Occupancy;
import dev.termin.booking.domain.slot.OccupancyKind;
import dev.termin.booking.domain.slot.SegmentAssignment;
import dev.termin.booking.domain.slot.Slot;
import dev.termin.booking.domain.time.TimeInterval;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BookingWriterTest {

    private final MutableClock clock = new MutableClock(NOW);
    private final BookingStorage storage = new InMemoryStorage(clock).storage();
    private final TenantId tenant = TenantId.of("writer-" + UUID.randomUUID().toString().substring(0, 8));
    private final StaffId maria = StaffId.of("maria");
    private final List<Occupancy> ten = List.of(new Occupancy(maria,
            TimeInterval.of(wednesday("10:00"), wednesday("10:30")), OccupancyKind.WORK));

    private BookingWriter writer(SlotLocks locks) {
        return new BookingWriter(storage.transactions(), storage.staffLocks(), storage.bookedTime(),
                new SlotLockGuard(locks, BookingMetrics.none(), Duration.ofSeconds(10),
                        Duration.ZERO), clock, BookingMetrics.none());
    }

    private Hold holdOf(String owner) {
        Slot slot = new Slot(ten.get(0).interval(), maria,
                List.of(new SegmentAssignment("main", "Haarschnitt", 1, 1, maria, ten.get(0).interval())), ten);
        Hold hold = Hold.place(new HoldToken(UUID.randomUUID()), tenant, BranchId.of("mitte"), ServiceId.of("cut"),
                owner, slot, clock.instant(), Duration.ofMinutes(5));
        storage.holds().insert(hold, clock.instant());
        return hold;
    }

    @Test
    void givenAnotherCallersHold_aNewBooking_isRefusedAsSlotTaken_andTheWorkNeverRuns() {
        holdOf("call-1");
        AtomicInteger ran = new AtomicInteger();

        Result<String> r = writer(new InMemorySlotLocks(clock)).write(
                new WriteIntent.NewBooking(tenant, ten, Optional.of("call-2")), "call-2", (none, fence, now) -> {
                    ran.incrementAndGet();
                    return Result.ok("written");
                });

        assertThat(r).isEqualTo(BookingWriter.slotTaken());
        assertThat(ran).hasValue(0);
    }

    @Test
    void givenTheCallersOwnHold_itsConversion_isNotBlockedByTheHoldItself() {
        Hold own = holdOf("call-1");

        Result<String> converted = writer(new InMemorySlotLocks(clock)).write(
                new WriteIntent.ConvertHold(tenant, own), "call-1", (none, fence, now) -> Result.ok("written"));
        Result<String> byAnother = writer(new InMemorySlotLocks(clock)).write(
                new WriteIntent.NewBooking(tenant, ten, Optional.empty()), "desk", (none, fence, now) ->
                        Result.ok("written"));

        assertThat(converted.orElseThrow()).isEqualTo("written");
        assertThat(((Result.Failure<String>) byAnother).code()).isEqualTo(ErrorCode.SLOT_UNAVAILABLE);
    }

    @Test
    void aRelease_takesNoTime_soNothingIsRechecked() {
        holdOf("call-1");

        Result<String> r = writer(new InMemorySlotLocks(clock)).write(
                new WriteIntent.Release(tenant, ten), "cancel:a1", (none, fence, now) -> Result.ok("released"));

        assertThat(r.orElseThrow()).isEqualTo("released");
    }

    @Test
    void whenTheLockStoreIsDown_theWriteGoesAheadUnguarded_withoutAFencingToken() {
        SlotLocks down = new SlotLocks() {
            @Override
            public Optional<LockLease> tryAcquire(LockKey key, String owner, Duration ttl) {
                throw new StorageException("lock store down");
            }

            @Override
            public boolean isHeld(LockLease lease) {
                throw new AssertionError("an unguarded key is never checked");
            }

            @Override
            public boolean release(LockLease lease) {
                throw new AssertionError("an unguarded key is never released");
            }

            @Override
            public Optional<LockLease> extend(LockLease lease, Duration ttl) {
                throw new AssertionError("the writer never extends");
            }
        };

        Result<Long> r = writer(down).write(new WriteIntent.Move(tenant, new AppointmentId("a1"), ten, ten),
                "reschedule:a1", (none, fence, now) -> Result.ok(fence));

        assertThat(r.orElseThrow()).isZero();
    }

    @Test
    void givenASlotLockLeftByAnInstanceThatDied_aBooking_goesAheadAfterTheWait_andIsNotToldSomeoneElseIsBooking() {
        // given a lock on Maria held by a process that died before releasing it
        InMemorySlotLocks locks = new InMemorySlotLocks(clock);
        locks.tryAcquire(new LockKey(tenant, maria), "dead-instance", Duration.ofSeconds(5)).orElseThrow();
        BookingWriter writer = new BookingWriter(storage.transactions(), storage.staffLocks(),
                storage.bookedTime(), new SlotLockGuard(locks, BookingMetrics.none(),
                        Duration.ofSeconds(5), Duration.ofMillis(20)), clock, BookingMetrics.none());

        // when
        Result<String> r = writer.write(new WriteIntent.NewBooking(tenant, ten, Optional.empty()), "caller",
                (none, fence, now) -> Result.ok("written"));

        // then the database decided, and there was nothing in the way
        assertThat(r.orElseThrow()).isEqualTo("written");
    }

    @Test
    void aLeaseRenewedWhileItsWriteRuns_outlivesTheLockLifetime_andOneNotRenewedDoesNot() {
        // given two writes holding locks with a lifetime of 3 s
        InMemorySlotLocks locks = new InMemorySlotLocks(clock);
        SlotLockGuard guard = new SlotLockGuard(locks, BookingMetrics.none(), Duration.ofSeconds(3), Duration.ZERO);
        SlotLockGuard.Held renewed = guard.acquire(List.of(new LockKey(tenant, maria)), "renewed", false);
        SlotLockGuard.Held left = guard.acquire(List.of(new LockKey(tenant, StaffId.of("emma"))), "left", false);

        // when one is renewed every second while 4 s pass
        for (int second = 0; second < 4; second++) {
            clock.advance(Duration.ofSeconds(1));
            renewed.renew();
        }

        // then the renewed lock is still taken, the other one has lapsed
        assertThat(locks.tryAcquire(new LockKey(tenant, maria), "someone else", Duration.ofSeconds(3))).isEmpty();
        assertThat(locks.tryAcquire(new LockKey(tenant, StaffId.of("emma")), "someone else", Duration.ofSeconds(3)))
                .isPresent();
        renewed.close();
        left.close();
    }

    /** {@code locks}, with every lease it grants stripped of its fencing token when {@code fenced} is false. */
    private static SlotLocks asking(SlotLocks locks, boolean fenced, boolean held, AtomicInteger asked) {
        return new SlotLocks() {
            @Override
            public Optional<LockLease> tryAcquire(LockKey key, String owner, Duration ttl) {
                return locks.tryAcquire(key, owner, ttl).map(l -> fenced ? l
                        : new LockLease(l.key(), l.owner(), l.expiresAt(), OptionalLong.empty()));
            }

            @Override
            public boolean isHeld(LockLease lease) {
                asked.incrementAndGet();
                return held;
            }

            @Override
            public boolean release(LockLease lease) {
                return locks.release(lease);
            }

            @Override
            public Optional<LockLease> extend(LockLease lease, Duration ttl) {
                return locks.extend(lease, ttl);
            }
        };
    }

    @Test
    void aLeaseWithAFencingToken_isNotAskedForAgainBeforeTheCommit_theStaffRowsFenceIt() {
        AtomicInteger asked = new AtomicInteger();

        Result<Long> r = writer(asking(new InMemorySlotLocks(clock), true, false, asked)).write(
                new WriteIntent.NewBooking(tenant, ten, Optional.empty()), "desk", (none, fence, now) ->
                        Result.ok(fence));

        assertThat(r.orElseThrow()).isPositive();
        assertThat(asked).hasValue(0);
    }

    @Test
    void aLeaseWithoutAFencingToken_lostDuringTheWrite_isRefusedAsAnExpiredReservation() {
        AtomicInteger asked = new AtomicInteger();

        Result<Long> r = writer(asking(new InMemorySlotLocks(clock), false, false, asked)).write(
                new WriteIntent.NewBooking(tenant, ten, Optional.empty()), "desk", (none, fence, now) ->
                        Result.ok(fence));

        assertThat(((Result.Failure<Long>) r).code()).isEqualTo(ErrorCode.RESERVATION_EXPIRED);
        assertThat(asked).hasValue(1);
    }
}
