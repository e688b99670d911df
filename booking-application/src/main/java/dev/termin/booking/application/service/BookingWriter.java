package dev.termin.booking.application.service;

import dev.termin.booking.application.port.out.BookedTime;
import dev.termin.booking.application.port.out.BookingMetrics;
import dev.termin.booking.application.port.out.DataTooLargeException;
import dev.termin.booking.application.port.out.LockKey;
import dev.termin.booking.application.port.out.SlotConflictException;
import dev.termin.booking.application.port.out.StaffLocks;
import dev.termin.booking.application.port.out.StaleFencingTokenException;
import dev.termin.booking.application.port.out.Transactions;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.result.Result;
import dev.termin.booking.domain.slot.BusyTime;
import dev.termin.booking.domain.slot.Occupancy;
import dev.termin.booking.domain.time.TimeInterval;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The one way the engine writes bookings: take the slot locks of every staff member the {@link WriteIntent}
 * touches (waiting a little for a concurrent caller, then leaving it to the database), open a transaction, lock the staff rows (with the fencing
 * token), re-read what the write depends on, re-check conflicts for the intent, write, check the slot locks are
 * still ours, commit, release. Every refusal for taken time is the one {@link #slotTaken()} failure. The store's own
 * constraint backs all of it. Thread-safe.
 */
final class BookingWriter {

    /** The write itself, run after the re-read and the re-check, inside the transaction. */
    @FunctionalInterface
    interface Work<S, T> {
        /**
         * @param current what the re-read returned
         * @param fence the fencing token of the slot locks, 0 when the lock store issues none
         * @param now the time of the write
         */
        Result<T> write(S current, long fence, Instant now);
    }

    private final Transactions transactions;
    private final StaffLocks staffLocks;
    private final BookedTime bookedTime;
    private final SlotLockGuard locks;
    private final Clock clock;
    private final BookingMetrics metrics;

    BookingWriter(Transactions transactions, StaffLocks staffLocks, BookedTime bookedTime,
            SlotLockGuard locks, Clock clock, BookingMetrics metrics) {
        this.transactions = transactions;
        this.staffLocks = staffLocks;
        this.bookedTime = bookedTime;
        this.locks = locks;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** The one failure for time that another booking or hold took first. */
    static <T> Result<T> slotTaken() {
        return Result.failure(ErrorCode.SLOT_UNAVAILABLE, "That time was just taken; please choose another.");
    }

    /** Signals a business failure inside the transaction, so that everything written is rolled back. */
    private static final class Abort extends RuntimeException {
        final transient Result.Failure<?> failure;

        Abort(Result.Failure<?> failure) {
            super(failure.code().code(), null, false, false);
            this.failure = failure;
        }
    }

    /** Writes {@code intent} with nothing to re-read. */
    <T> Result<T> write(WriteIntent intent, String lockOwner, Work<Void, T> work) {
        return write(intent, lockOwner, now -> Result.ok(null), work);
    }

    /**
     * Writes {@code intent}: {@code reread} (given the time of the write) loads and checks the current state of
     * what the write changes; a failure from it or from {@code work} rolls the transaction back.
     */
    <S, T> Result<T> write(WriteIntent intent, String lockOwner, Function<Instant, Result<S>> reread,
            Work<S, T> work) {
        TenantId tenant = intent.tenant();
        TreeSet<LockKey> keys = new TreeSet<>();
        TreeSet<StaffId> staff = new TreeSet<>();
        for (Occupancy o : intent.locked()) {
            staff.add(o.staff());
            keys.add(new LockKey(tenant, o.staff()));
        }
        try (SlotLockGuard.Held held = locks.acquire(keys, lockOwner)) {
            return transactions.inTransaction(() -> {
                staffLocks.lock(tenant, staff, held.fence());
                Instant now = clock.instant();
                Result<S> current = reread.apply(now);
                if (current instanceof Result.Failure<S> f) {
                    throw new Abort(f);
                }
                if (conflict(intent, now)) {
                    throw new Abort((Result.Failure<?>) slotTaken());
                }
                Result<T> result = work.write(current.orElseThrow(), held.fence().orElse(0), now);
                if (result instanceof Result.Failure<T> f) {
                    throw new Abort(f);
                }
                if (!held.stillHeld()) {
                    throw new Abort((Result.Failure<?>) Result.failure(ErrorCode.RESERVATION_EXPIRED,
                            "Your reservation expired; please check availability again."));
                }
                return result;
            });
        } catch (Abort a) {
            return a.failure.cast();
        } catch (SlotConflictException e) {
            metrics.increment("termin.bookings.conflict");
            return slotTaken();
        } catch (StaleFencingTokenException e) {
            return Result.failure(ErrorCode.RESERVATION_EXPIRED,
                    "Your reservation expired; please check availability again.");
        } catch (DataTooLargeException e) {
            return Result.failure(ErrorCode.INVALID_DATA, "A value is too long: " + e.getMessage());
        }
    }

    /**
     * Whether the time {@code intent} takes conflicts with stored active appointments (except the one it moves) or
     * with unexpired holds that block it (except the one it converts); run inside the transaction, after the staff
     * locks.
     */
    private boolean conflict(WriteIntent intent, Instant now) {
        List<Occupancy> occupancies = intent.taking();
        if (occupancies.isEmpty()) {
            return false;
        }
        Optional<String> moving = intent instanceof WriteIntent.Move m ? Optional.of(m.appointment().value())
                : Optional.empty();
        Optional<String> converting = intent instanceof WriteIntent.ConvertHold c
                ? Optional.of(c.hold().token().toString()) : Optional.empty();
        Optional<String> owner = intent instanceof WriteIntent.NewBooking n ? n.owner()
                : intent instanceof WriteIntent.ConvertHold c ? Optional.of(c.hold().owner()) : Optional.empty();
        Instant from = occupancies.stream().map(o -> o.interval().start()).min(Instant::compareTo).orElseThrow();
        Instant to = occupancies.stream().map(o -> o.interval().end()).max(Instant::compareTo).orElseThrow();
        List<StaffId> staff = occupancies.stream().map(Occupancy::staff).distinct().toList();
        // one read of what the store holds for these staff and times: the active appointments' time (except the
        // one this moves) and the unexpired holds' (except the one this converts and, for a booking by a hold's
        // owner, that owner's holds)
        for (BusyTime b : bookedTime.find(intent.tenant(), staff, TimeInterval.of(from, to), now).busy()) {
            boolean ours = b.origin() == BusyTime.Origin.HOLD
                    ? converting.map(b.reference()::equals).orElse(false)
                    : moving.map(b.reference()::equals).orElse(false);
            if (!ours && b.blocks(owner) && occupancies.stream().anyMatch(o -> o.conflictsWith(b.occupancy()))) {
                return true;
            }
        }
        return false;
    }
}
