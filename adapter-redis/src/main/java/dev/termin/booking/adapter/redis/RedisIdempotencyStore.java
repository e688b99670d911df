package dev.termin.booking.adapter.redis;

import dev.termin.booking.adapter.redis.internal.Keys;
import dev.termin.booking.adapter.redis.internal.RedisExecutor;
import dev.termin.booking.adapter.redis.internal.Scripts;
import dev.termin.booking.application.port.out.IdempotencyStore;
import dev.termin.booking.domain.catalogue.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;
import redis.clients.jedis.util.JedisClusterCRC16;

/**
 * {@link IdempotencyStore} on Redis, shared by every instance: one hash per tenant and key
 * ({@code termin:{tenant}:idem:key}, in the tenant's hash slot) with the fingerprint, the response once completed,
 * and the claim and expiry times of the caller's clock; each operation is one Lua script, so a key is claimed by
 * exactly one caller. A claim of a key that is absent or expired at {@code now} is {@link Claim.Claimed}; otherwise
 * a different fingerprint is {@link Claim.Mismatch}, a completed record {@link Claim.Replay}, a running one
 * {@link Claim.InFlight} unless it was claimed at least {@code inFlightTimeout} ago (then the new caller takes it
 * over). {@link #complete} of an absent
 * key does nothing; {@link #release} forgets only a key still in flight.
 *
 * <p>Records also get a Redis expiry of {@code ttl}, so Redis deletes them by itself and {@link #purgeExpired}
 * normally finds nothing; it scans the records and deletes those expired at {@code now} that Redis still holds (for a
 * caller whose clock runs ahead of the server). Unlike a database store, writes do not join the storage's
 * transaction. Every call may throw {@link RedisUnavailableException}. Obtain one from
 * {@link RedisConnections#idempotencyStore()}. No defaults of its own: TTL and in-flight timeout come from the caller
 * (the engine's 24 h and 60 s by default). This class is thread-safe.
 */
public final class RedisIdempotencyStore implements IdempotencyStore {

    private static final int SCAN_PAGE = 500;

    private final RedisExecutor redis;
    private final Keys keys;

    RedisIdempotencyStore(RedisExecutor redis, Keys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    /**
     * @throws IllegalArgumentException if {@code ttl} or {@code inFlightTimeout} is shorter than a millisecond
     * @throws RedisUnavailableException if Redis cannot answer
     */
    @Override
    public Claim claim(TenantId tenant, String key, String fingerprint, Instant now, Duration ttl,
            Duration inFlightTimeout) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(now, "now");
        long ttlMillis = millis(ttl, "ttl");
        long inFlightMillis = millis(inFlightTimeout, "inFlightTimeout");
        long nowMillis = now.toEpochMilli();
        List<?> reply = redis.call("idempotency claim", jedis -> (List<?>) Scripts.IDEMPOTENCY_CLAIM.eval(jedis,
                List.of(keys.idempotency(tenant, key)),
                List.of(fingerprint, Long.toString(nowMillis), Long.toString(nowMillis + ttlMillis),
                        Long.toString(ttlMillis), Long.toString(inFlightMillis))));
        String code = (String) reply.get(0);
        return switch (code) {
            case "C" -> new Claim.Claimed();
            case "R" -> new Claim.Replay((String) reply.get(1));
            case "M" -> new Claim.Mismatch();
            case "I" -> new Claim.InFlight();
            default -> throw new IllegalStateException("unexpected reply from the claim script: " + code);
        };
    }

    /** @throws RedisUnavailableException if Redis cannot answer */
    @Override
    public void complete(TenantId tenant, String key, String response) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(response, "response");
        redis.call("idempotency complete", jedis -> Scripts.IDEMPOTENCY_COMPLETE.eval(jedis,
                List.of(keys.idempotency(tenant, key)), List.of(response)));
    }

    /** @throws RedisUnavailableException if Redis cannot answer */
    @Override
    public void release(TenantId tenant, String key) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(key, "key");
        redis.call("idempotency release", jedis -> Scripts.IDEMPOTENCY_RELEASE.eval(jedis,
                List.of(keys.idempotency(tenant, key)), List.of()));
    }

    /**
     * Scans every record (O(number of keys in the database), in pages of {@value #SCAN_PAGE}; in a cluster on every
     * reachable primary) and deletes those that expired before {@code now}; usually 0 because Redis expires them
     * first.
     *
     * @throws RedisUnavailableException if Redis cannot answer
     */
    @Override
    public int purgeExpired(Instant now) {
        Objects.requireNonNull(now, "now");
        String nowMillis = Long.toString(now.toEpochMilli());
        ScanParams params = new ScanParams().match(keys.idempotencyPattern()).count(SCAN_PAGE);
        List<Long> purged = redis.callOnEachPrimary("idempotency purge", jedis -> purge(jedis, params, nowMillis));
        return (int) purged.stream().mapToLong(Long::longValue).sum();
    }

    private static long purge(Jedis node, ScanParams params, String nowMillis) {
        String cursor = ScanParams.SCAN_POINTER_START;
        long purged = 0;
        do {
            ScanResult<String> page = node.scan(cursor, params);
            // One script call per hash slot: a cluster refuses a script whose keys span slots.
            Map<Integer, List<String>> bySlot = page.getResult().stream()
                    .collect(Collectors.groupingBy(JedisClusterCRC16::getSlot));
            for (List<String> records : bySlot.values()) {
                purged += (Long) Scripts.IDEMPOTENCY_PURGE.eval(node, records, List.of(nowMillis));
            }
            cursor = page.getCursor();
        } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
        return purged;
    }

    private static long millis(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.toMillis() < 1) {
            throw new IllegalArgumentException("'" + name + "' must be at least one millisecond");
        }
        return d.toMillis();
    }

}
