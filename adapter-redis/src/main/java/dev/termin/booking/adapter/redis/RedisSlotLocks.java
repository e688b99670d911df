package dev.termin.booking.adapter.redis;

import dev.termin.booking.adapter.redis.internal.Keys;
import dev.termin.booking.adapter.redis.internal.RedisExecutor;
import dev.termin.booking.adapter.redis.internal.Scripts;
import dev.termin.booking.application.port.out.LockKey;
import dev.termin.booking.application.port.out.LockLease;
import dev.termin.booking.application.port.out.SlotLocks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@link SlotLocks} on Redis, shared by every engine instance using the same server: one key per staff member
 * ({@code termin:{tenant}:lock:staff}) holding the owner, set with {@code SET NX PX}; release and
 * extend compare the owner and act in one Lua script; every acquisition gets a fencing token from the tenant's
 * counter ({@code termin:{tenant}:fence}, in the same cluster hash slot as the tenant's locks, so the acquire script
 * runs on one node), so tokens grow per tenant across keys and expiries. The current owner may
 * acquire again (a renewed lease with a new token), as with the in-memory locks.
 *
 * <p>A lease's {@code expiresAt} is the caller's clock before the request plus the TTL, so it never claims more time
 * than Redis grants. Every call may throw {@link RedisUnavailableException}. Obtain one from
 * {@link RedisConnections#slotLocks()}. No defaults of its own: the TTL comes from the caller (the engine's
 * {@code lockTtl}, 10 s by default). This class is thread-safe.
 */
public final class RedisSlotLocks implements SlotLocks {

    private final RedisExecutor redis;
    private final Keys keys;
    private final Clock clock;

    RedisSlotLocks(RedisExecutor redis, Keys keys, Clock clock) {
        this.redis = redis;
        this.keys = keys;
        this.clock = clock;
    }

    /**
     * @throws IllegalArgumentException if {@code ttl} is shorter than a millisecond
     * @throws RedisUnavailableException if Redis cannot answer
     */
    @Override
    public Optional<LockLease> tryAcquire(LockKey key, String owner, Duration ttl) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(owner, "owner");
        long ttlMillis = ttlMillis(ttl);
        Instant start = clock.instant();
        Object token = redis.call("lock acquire", jedis -> Scripts.LOCK_ACQUIRE.eval(jedis,
                List.of(keys.lock(key), keys.fence(key.tenant())), List.of(owner, Long.toString(ttlMillis))));
        if (token == null) {
            return Optional.empty();
        }
        return Optional.of(new LockLease(key, owner, start.plusMillis(ttlMillis), OptionalLong.of((Long) token)));
    }

    /** @throws RedisUnavailableException if Redis cannot answer */
    @Override
    public boolean release(LockLease lease) {
        Objects.requireNonNull(lease, "lease");
        Object released = redis.call("lock release", jedis -> Scripts.LOCK_RELEASE.eval(jedis,
                List.of(keys.lock(lease.key())), List.of(lease.owner())));
        return Long.valueOf(1).equals(released);
    }

    /**
     * @throws IllegalArgumentException if {@code ttl} is shorter than a millisecond
     * @throws RedisUnavailableException if Redis cannot answer
     */
    @Override
    public Optional<LockLease> extend(LockLease lease, Duration ttl) {
        Objects.requireNonNull(lease, "lease");
        long ttlMillis = ttlMillis(ttl);
        Instant start = clock.instant();
        Object extended = redis.call("lock extend", jedis -> Scripts.LOCK_EXTEND.eval(jedis,
                List.of(keys.lock(lease.key())), List.of(lease.owner(), Long.toString(ttlMillis))));
        if (!Long.valueOf(1).equals(extended)) {
            return Optional.empty();
        }
        return Optional.of(new LockLease(lease.key(), lease.owner(), start.plusMillis(ttlMillis),
                lease.fencingToken()));
    }

    /** @throws RedisUnavailableException if Redis cannot answer */
    @Override
    public boolean isHeld(LockLease lease) {
        Objects.requireNonNull(lease, "lease");
        String holder = redis.call("lock check", jedis -> jedis.get(keys.lock(lease.key())));
        return lease.owner().equals(holder);
    }

    private static long ttlMillis(Duration ttl) {
        Objects.requireNonNull(ttl, "ttl");
        if (ttl.isNegative() || ttl.toMillis() < 1) {
            throw new IllegalArgumentException("'ttl' must be at least one millisecond");
        }
        return ttl.toMillis();
    }
}
