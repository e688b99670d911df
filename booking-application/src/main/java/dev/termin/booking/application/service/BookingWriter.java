package dev.termin.booking.application.service;

import dev.termin.booking.application.port.out.DataTooLargeException;
import dev.termin.booking.application.port.out.InfrastructureException;
import dev.termin.booking.application.port.out.LockKey;
import dev.termin.booking.application.port.out.LockLease;
import dev.termin.booking.application.port.out.SlotConflictException;
import dev.termin.booking.application.port.out.StaleFencingTokenException;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.hold.Hold;
import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.result.Result;
import dev.termin.booking.domain.slot.Occupancy;
import dev.termin.booking.domain.time.TimeInterval;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way the engine writes bookings: take the slot locks of every staff member involved (waiting a little for
 * a concurrent caller), open a transaction, lock the staff rows (with the fencing token), re-check conflicts, write,
 * check the slot locks are still ours, commit, release. The store's own constraint backs all of it. Thread-safe.
 */
final class BookingWriter {

    private static final Logger log = LoggerFactory.getLogger(BookingWriter.class);

    private final Context ctx;

    BookingWriter(Context ctx) {
        this.ctx = ctx;
    }

    /** Signals a business failure inside the transaction, so that everything written is rolled back. */
    private static final class Abort extends RuntimeException {
        final transient Result.Failure<?> failure;

        Abort(Result.Failure<?> failure) {
            super(failure.code().code(), null, false, false);
            this.failure = failure;
        }
    }

    /**
     * Runs {@code work} (given the fencing token) under locks for {@code occupancies}. A failure returned by the
     * work rolls the transaction back.
     */
    <T> Result<T> write(TenantId tenant, Collection<Occupancy> occupancies, String lockOwner,
            Function<OptionalLong, Result<T>> work) {
        TreeSet<LockKey> keys = new TreeSet<>();
        TreeSet<StaffId> staff = new TreeSet<>();
        for (Occupancy o : occupancies) {
            staff.add(o.staff());
            keys.add(new LockKey(tenant, o.staff()));
        }
        List<LockLease> leases = new ArrayList<>();
        try {
            for (LockKey key : keys) {
                Optional<LockLease> lease = acquire(key, lockOwner);
                if (lease.isEmpty()) {
                    ctx.metrics().increment("termin.locks.timeout");
                    return Result.failure(ErrorCode.SLOT_UNAVAILABLE,
                            "Someone else is booking this time right now; please check availability again.");
                }
                leases.add(lease.get());
            }
            OptionalLong fence = fencingToken(leases);
            return ctx.storage().transactions().inTransaction(() -> {
                ctx.storage().staffLocks().lock(tenant, staff, fence);
                Result<T> result = work.apply(fence);
                if (result instanceof Result.Failure<T> f) {
                    throw new Abort(f);
                }
                for (LockLease lease : leases) {
                    if (!stillHeld(lease)) {
                        throw new Abort((Result.Failure<?>) Result.failure(ErrorCode.RESERVATION_EXPIRED,
                                "Your reservation expired; please check availability again."));
                    }
                }
                return result;
            });
        } catch (Abort a) {
            return a.failure.cast();
        } catch (SlotConflictException e) {
            ctx.metrics().increment("termin.bookings.conflict");
            return Result.failure(ErrorCode.SLOT_UNAVAILABLE, "That time was just taken; please choose another.");
        } catch (StaleFencingTokenException e) {
            return Result.failure(ErrorCode.RESERVATION_EXPIRED,
                    "Your reservation expired; please check availability again.");
        } catch (DataTooLargeException e) {
            return Result.failure(ErrorCode.INVALID_DATA, "A value is too long: " + e.getMessage());
        } finally {
            for (LockLease lease : leases) {
                release(lease);
            }
        }
    }

    /**
     * The conflicts of {@code occupancies} with stored active appointments (except {@code moving}) and with
     * unexpired holds of owners other than {@code owner} (except the hold {@code converting}); run inside the
     * transaction, after the staff locks.
     */
    Optional<String> conflict(TenantId tenant, List<Occupancy> occupancies, Optional<String> owner,
            Optional<AppointmentId> moving, Optional<Hold> converting, Instant now) {
        if (occupancies.isEmpty()) {
            return Optional.empty();
        }
        Instant from = occupancies.stream().map(o -> o.interval().start()).min(Instant::compareTo).orElseThrow();
        Instant to = occupancies.stream().map(o -> o.interval().end()).max(Instant::compareTo).orElseThrow();
        TimeInterval range = TimeInterval.of(from, to);
        List<StaffId> staff = occupancies.stream().map(Occupancy::staff).distinct().toList();
        for (Appointment a : ctx.storage().appointments().findActiveOccupying(tenant, staff, range)) {
            if (moving.map(a.id()::equals).orElse(false)) {
                continue;
            }
            for (Occupancy theirs : a.activeOccupancies()) {
                for (Occupancy mine : occupancies) {
                    if (mine.conflictsWith(theirs)) {
                        return Optional.of("appointment " + a.id());
                    }
                }
            }
        }
        for (Hold h : ctx.storage().holds().findActiveOccupying(tenant, staff, range, now)) {
            boolean ours = converting.map(c -> c.token().equals(h.token())).orElse(false);
            if (ours || !owner.map(o -> h.blocks(o, now)).orElse(h.isActiveAt(now))) {
                continue;
            }
            for (Occupancy theirs : h.occupancies()) {
                for (Occupancy mine : occupancies) {
                    if (mine.conflictsWith(theirs)) {
                        return Optional.of("hold");
                    }
                }
            }
        }
        return Optional.empty();
    }

    private Optional<LockLease> acquire(LockKey key, String owner) {
        long deadline = System.nanoTime() + ctx.settings().lockWait().toNanos();
        long pauseMillis = 2;
        while (true) {
            Optional<LockLease> lease;
            try {
                lease = ctx.slotLocks().tryAcquire(key, owner, ctx.settings().lockTtl());
            } catch (InfrastructureException e) {
                // Locks are a courtesy: without them the staff row locks and the constraint still decide.
                log.warn("slot lock store unavailable, relying on the database: {}", e.getMessage());
                ctx.metrics().increment("termin.locks.unavailable");
                return Optional.of(new LockLease(key, owner, Instant.MAX, OptionalLong.empty()));
            }
            if (lease.isPresent() || System.nanoTime() > deadline) {
                return lease;
            }
            try {
                Thread.sleep(pauseMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
            pauseMillis = Math.min(pauseMillis * 2, 50);
        }
    }

    private boolean stillHeld(LockLease lease) {
        if (lease.expiresAt().equals(Instant.MAX)) {
            return true;
        }
        try {
            return ctx.slotLocks().isHeld(lease);
        } catch (InfrastructureException e) {
            log.warn("cannot validate slot lock, relying on the database: {}", e.getMessage());
            return true;
        }
    }

    private void release(LockLease lease) {
        if (lease.expiresAt().equals(Instant.MAX)) {
            return;
        }
        try {
            ctx.slotLocks().release(lease);
        } catch (InfrastructureException e) {
            log.warn("cannot release slot lock {}; it expires by itself: {}", lease.key().asString(), e.getMessage());
        }
    }

    /** The newest token of the leases; tokens grow per tenant, so the newest one fences every staff member. */
    private static OptionalLong fencingToken(List<LockLease> leases) {
        if (leases.isEmpty() || leases.stream().anyMatch(l -> l.fencingToken().isEmpty())) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(leases.stream().mapToLong(l -> l.fencingToken().getAsLong()).max().getAsLong());
    }
}
