package dev.termin.booking.adapter.inmemory;

import dev.termin.booking.application.port.out.LockKey;
import dev.termin.booking.application.port.out.LockLease;
import dev.termin.booking.application.port.out.SlotLocks;
import dev.termin.booking.domain.catalogue.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * In-memory {@link SlotLocks} for a single process. A lock is held until its lease expires by the {@link Clock}
 * (default {@link Clock#systemUTC()}) or its owner releases it. The current holder may acquire again (a new lease
 * with a new token). Every acquisition gets a fencing token from one counter per tenant, so tokens grow across
 * keys, releases and expiries and the newest token of several leases fences every staff member they cover. Expired locks are dropped lazily.
 *
 * <p>This class is thread-safe.
 */
public final class InMemorySlotLocks implements SlotLocks {

    private static final int SWEEP_EVERY = 1024;

    private final Clock clock;
    private final Map<LockKey, Held> held = new HashMap<>();
    private final Map<TenantId, Long> tokens = new HashMap<>();
    private int acquisitionsSinceSweep;

    /** Locks on the system clock (UTC). */
    public InMemorySlotLocks() {
        this(Clock.systemUTC());
    }

    /** @throws NullPointerException if {@code clock} is null */
    public InMemorySlotLocks(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @throws IllegalArgumentException if {@code ttl} is not positive */
    @Override
    public synchronized Optional<LockLease> tryAcquire(LockKey key, String owner, Duration ttl) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(owner, "owner");
        requirePositive(ttl);
        Instant now = clock.instant();
        sweepNow(now);
        Held current = held.get(key);
        if (current != null && current.isLive(now) && !current.owner().equals(owner)) {
            return Optional.empty();
        }
        long token = tokens.merge(key.tenant(), 1L, Long::sum);
        Instant expiresAt = now.plus(ttl);
        held.put(key, new Held(owner, expiresAt));
        return Optional.of(new LockLease(key, owner, expiresAt, OptionalLong.of(token)));
    }

    @Override
    public synchronized boolean release(LockLease lease) {
        Objects.requireNonNull(lease, "lease");
        if (!holds(lease, clock.instant())) {
            return false;
        }
        held.remove(lease.key());
        return true;
    }

    /** @throws IllegalArgumentException if {@code ttl} is not positive */
    @Override
    public synchronized Optional<LockLease> extend(LockLease lease, Duration ttl) {
        Objects.requireNonNull(lease, "lease");
        requirePositive(ttl);
        Instant now = clock.instant();
        if (!holds(lease, now)) {
            return Optional.empty();
        }
        Instant expiresAt = now.plus(ttl);
        held.put(lease.key(), new Held(lease.owner(), expiresAt));
        return Optional.of(new LockLease(lease.key(), lease.owner(), expiresAt, lease.fencingToken()));
    }

    @Override
    public synchronized boolean isHeld(LockLease lease) {
        Objects.requireNonNull(lease, "lease");
        return holds(lease, clock.instant());
    }

    private boolean holds(LockLease lease, Instant now) {
        Held current = held.get(lease.key());
        return current != null && current.isLive(now) && current.owner().equals(lease.owner());
    }

    private void sweepNow(Instant now) {
        if (++acquisitionsSinceSweep >= SWEEP_EVERY) {
            acquisitionsSinceSweep = 0;
            held.values().removeIf(h -> !h.isLive(now));
        }
    }

    private static void requirePositive(Duration ttl) {
        Objects.requireNonNull(ttl, "ttl");
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("'ttl' must be positive");
        }
    }

    private record Held(String owner, Instant expiresAt) {
        boolean isLive(Instant now) {
            return now.isBefore(expiresAt);
        }
    }
}
