package dev.termin.booking.application.service;

import dev.termin.booking.application.port.out.BookingMetrics;
import dev.termin.booking.application.port.out.InfrastructureException;
import dev.termin.booking.application.port.out.LockKey;
import dev.termin.booking.application.port.out.LockLease;
import dev.termin.booking.application.port.out.SlotLocks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes the slot locks of a write, waiting a little for a concurrent caller. Locks are a courtesy: when the lock
 * store cannot be reached, a key is held {@linkplain Guard.Unguarded unguarded} and the staff row locks and the
 * store's constraint decide alone. Thread-safe.
 */
final class SlotLockGuard {

    private static final Logger log = LoggerFactory.getLogger(SlotLockGuard.class);

    private final SlotLocks slotLocks;
    private final BookingMetrics metrics;
    private final Duration ttl;
    private final Duration wait;

    SlotLockGuard(SlotLocks slotLocks, BookingMetrics metrics, Duration ttl, Duration wait) {
        this.slotLocks = slotLocks;
        this.metrics = metrics;
        this.ttl = ttl;
        this.wait = wait;
    }

    /** How one key is held. */
    sealed interface Guard {
        /** The lock store granted the lease. */
        record Leased(LockLease lease) implements Guard {
        }

        /** The lock store was unreachable; nothing to check or release. */
        record Unguarded(LockKey key) implements Guard {
        }
    }

    /** The keys of one write, released on {@link #close()}. Not thread-safe: one write uses it. */
    final class Held implements AutoCloseable {
        private final List<Guard> guards;

        private Held(List<Guard> guards) {
            this.guards = guards;
        }

        /** The newest token of the leases (tokens grow per tenant, so it fences every staff member); empty if any
         * key has none. */
        OptionalLong fence() {
            if (guards.isEmpty() || guards.stream().anyMatch(g -> !(g instanceof Guard.Leased l)
                    || l.lease().fencingToken().isEmpty())) {
                return OptionalLong.empty();
            }
            return OptionalLong.of(guards.stream()
                    .mapToLong(g -> ((Guard.Leased) g).lease().fencingToken().getAsLong()).max().getAsLong());
        }

        /** Whether every lease is still ours (an unguarded key, or a lock store that cannot answer, counts as ours). */
        boolean stillHeld() {
            for (Guard g : guards) {
                if (g instanceof Guard.Leased l && !isHeld(l.lease())) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public void close() {
            for (Guard g : guards) {
                if (g instanceof Guard.Leased l) {
                    release(l.lease());
                }
            }
        }
    }

    /** Every key of {@code keys} (in their order, to avoid deadlocks), or empty when one was not granted in time. */
    Optional<Held> acquire(Collection<LockKey> keys, String owner) {
        List<Guard> guards = new ArrayList<>();
        for (LockKey key : keys) {
            Optional<Guard> guard = acquire(key, owner);
            if (guard.isEmpty()) {
                new Held(guards).close();
                return Optional.empty();
            }
            guards.add(guard.get());
        }
        return Optional.of(new Held(guards));
    }

    private Optional<Guard> acquire(LockKey key, String owner) {
        long deadline = System.nanoTime() + wait.toNanos();
        long pauseMillis = 2;
        while (true) {
            Optional<LockLease> lease;
            try {
                lease = slotLocks.tryAcquire(key, owner, ttl);
            } catch (InfrastructureException e) {
                log.warn("slot lock store unavailable, relying on the database: {}", e.getMessage());
                metrics.increment("termin.locks.unavailable");
                return Optional.of(new Guard.Unguarded(key));
            }
            if (lease.isPresent() || System.nanoTime() > deadline) {
                return lease.map(Guard.Leased::new);
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

    private boolean isHeld(LockLease lease) {
        try {
            return slotLocks.isHeld(lease);
        } catch (InfrastructureException e) {
            log.warn("cannot validate slot lock, relying on the database: {}", e.getMessage());
            return true;
        }
    }

    private void release(LockLease lease) {
        try {
            slotLocks.release(lease);
        } catch (InfrastructureException e) {
            log.warn("cannot release slot lock {}; it expires by itself: {}", lease.key().asString(), e.getMessage());
        }
    }
}
