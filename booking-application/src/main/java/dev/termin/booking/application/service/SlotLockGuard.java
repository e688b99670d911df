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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes the slot locks of a write, waiting a little for a concurrent caller, and renews them while the write runs.
 * Locks are a courtesy that keeps concurrent writers for one staff member from queueing in the database; the staff
 * row locks and the store's constraint decide. So a key is held {@linkplain Guard.Unguarded unguarded} when the
 * lock store cannot be reached, and also when the lock is still taken after the wait: its holder may be a process
 * that died (its lease runs out after the lock lifetime) or one stuck on an unreachable database, and neither is a
 * competing booking the caller should be told about. A real competing booking is found by the database's re-check
 * as a taken slot. Leases are short (the lock lifetime, 5 s by default) and extended every third of it while the
 * write runs, so a dead holder blocks nobody for longer than the wait. Thread-safe.
 */
final class SlotLockGuard {

    private static final Logger log = LoggerFactory.getLogger(SlotLockGuard.class);
    private static final ScheduledExecutorService RENEWALS = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "termin-slot-lock-renewal");
        t.setDaemon(true);
        return t;
    });

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

        /** The lock store was unreachable or the lock stayed taken; nothing to check, renew or release. */
        record Unguarded(LockKey key) implements Guard {
        }
    }

    /**
     * The keys of one write, renewed until and released on {@link #close()}. Used by the thread of one write and
     * the renewal thread; the list of guards is replaced, never changed.
     */
    final class Held implements AutoCloseable {
        private volatile List<Guard> guards;
        private final ScheduledFuture<?> renewal;

        private Held(List<Guard> guards, boolean renew) {
            this.guards = List.copyOf(guards);
            long every = Math.max(1, ttl.toMillis() / 3);
            this.renewal = renew && guards.stream().anyMatch(g -> g instanceof Guard.Leased)
                    ? RENEWALS.scheduleAtFixedRate(this::renew, every, every, TimeUnit.MILLISECONDS) : null;
        }

        /** The newest token of the leases (tokens grow per tenant, so it fences every staff member); empty if any
         * key has none. */
        OptionalLong fence() {
            List<Guard> current = guards;
            if (current.isEmpty() || current.stream().anyMatch(g -> !(g instanceof Guard.Leased l)
                    || l.lease().fencingToken().isEmpty())) {
                return OptionalLong.empty();
            }
            return OptionalLong.of(current.stream()
                    .mapToLong(g -> ((Guard.Leased) g).lease().fencingToken().getAsLong()).max().getAsLong());
        }

        /**
         * Whether every lease is still ours (an unguarded key, or a lock store that cannot answer, counts as ours). A
         * lease with a fencing token is not asked again: its token is recorded on the staff rows in the write's
         * transaction, so a writer that lost the lease to a newer holder cannot write after that holder (the newer
         * token refuses it, and the holder that writes second re-checks against the first), and taking a lock costs
         * the lock store one round trip each way instead of three.
         */
        boolean stillHeld() {
            for (Guard g : guards) {
                if (g instanceof Guard.Leased l && l.lease().fencingToken().isEmpty() && !isHeld(l.lease())) {
                    return false;
                }
            }
            return true;
        }

        /** Extends every lease by the lock lifetime; a lease already lost stays as it is (the write will see it). */
        void renew() {
            List<Guard> renewed = new ArrayList<>();
            for (Guard g : guards) {
                if (g instanceof Guard.Leased l) {
                    renewed.add(extend(l.lease()).<Guard>map(Guard.Leased::new).orElse(g));
                } else {
                    renewed.add(g);
                }
            }
            guards = List.copyOf(renewed);
        }

        @Override
        public void close() {
            if (renewal != null) {
                renewal.cancel(false);
            }
            for (Guard g : guards) {
                if (g instanceof Guard.Leased l) {
                    release(l.lease());
                }
            }
        }
    }

    /** Every key of {@code keys}, taken in their order (to avoid deadlocks), and renewed until closed. */
    Held acquire(Collection<LockKey> keys, String owner) {
        return acquire(keys, owner, true);
    }

    /** Like {@link #acquire(Collection, String)}; without {@code renew} only {@link Held#renew()} renews (tests). */
    Held acquire(Collection<LockKey> keys, String owner, boolean renew) {
        List<Guard> guards = new ArrayList<>();
        for (LockKey key : keys) {
            guards.add(acquire(key, owner));
        }
        return new Held(guards, renew);
    }

    private Guard acquire(LockKey key, String owner) {
        long deadline = System.nanoTime() + wait.toNanos();
        long pauseMillis = 2;
        while (true) {
            Optional<LockLease> lease;
            try {
                lease = slotLocks.tryAcquire(key, owner, ttl);
            } catch (InfrastructureException e) {
                log.warn("slot lock store unavailable, relying on the database: {}", e.getMessage());
                metrics.increment("termin.locks.unavailable");
                return new Guard.Unguarded(key);
            }
            if (lease.isPresent()) {
                return new Guard.Leased(lease.get());
            }
            if (System.nanoTime() > deadline) {
                log.info("slot lock {} still taken after {}, letting the database decide", key.asString(), wait);
                metrics.increment("termin.locks.timeout");
                return new Guard.Unguarded(key);
            }
            try {
                Thread.sleep(pauseMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Guard.Unguarded(key);
            }
            pauseMillis = Math.min(pauseMillis * 2, 50);
        }
    }

    private Optional<LockLease> extend(LockLease lease) {
        try {
            return slotLocks.extend(lease, ttl);
        } catch (InfrastructureException e) {
            log.warn("cannot renew slot lock {}; the database still decides: {}", lease.key().asString(),
                    e.getMessage());
            return Optional.empty();
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
