package dev.termin.booking.adapter.redis;

import dev.termin.booking.adapter.redis.internal.Keys;
import dev.termin.booking.adapter.redis.internal.RedisExecutor;
import dev.termin.booking.domain.sync.CircuitState;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * The entry point of the Redis adapter: the connections of the topology the URL names (a pool for one server, a
 * {@code JedisCluster} with a pool per node for a Redis Cluster, a Sentinel-managed pool for a primary with
 * replicas) and one circuit breaker, shared by the slot locks, the idempotency store and the rate limiters it hands
 * out. Create one per process and {@link #close()} it on shutdown. Connections are opened by the first call, so
 * creating it succeeds while Redis is down; calls then fail fast with {@link RedisUnavailableException} and recover
 * by themselves when Redis is back, or when a replica has taken over from a failed primary.
 *
 * <p>Defaults are those of {@link RedisConfig#of(String)}: 16 connections, 500 ms connect and 250 ms socket
 * timeouts, breaker open after 5 consecutive failures for 2 s, closed after 2 successful trials, prefix
 * {@code termin}. This class is thread-safe.
 */
public final class RedisConnections implements AutoCloseable {

    private final RedisConfig config;
    private final RedisExecutor redis;
    private final Keys keys;
    private final RedisSlotLocks slotLocks;
    private final RedisIdempotencyStore idempotencyStore;

    private RedisConnections(RedisConfig config, Clock clock) {
        this.config = config;
        this.redis = new RedisExecutor(config);
        this.keys = new Keys(config.keyPrefix());
        this.slotLocks = new RedisSlotLocks(redis, keys, clock);
        this.idempotencyStore = new RedisIdempotencyStore(redis, keys);
    }

    /**
     * Connections to the server, cluster or Sentinel-monitored primary {@code config} names (none is opened yet).
     *
     * @throws NullPointerException if {@code config} is null
     */
    public static RedisConnections create(RedisConfig config) {
        return new RedisConnections(Objects.requireNonNull(config, "config"), Clock.systemUTC());
    }

    /** The configuration. */
    public RedisConfig config() {
        return config;
    }

    /** The slot locks (one instance per connections object). */
    public RedisSlotLocks slotLocks() {
        return slotLocks;
    }

    /** The idempotency store (one instance per connections object). */
    public RedisIdempotencyStore idempotencyStore() {
        return idempotencyStore;
    }

    /**
     * A rate limiter allowing {@code limit} requests per key in each fixed {@code window}; limiters with the same
     * window share the budget of a key, across instances too.
     *
     * @throws IllegalArgumentException if {@code limit} is below 1 or {@code window} shorter than a millisecond
     */
    public RedisRateLimiter rateLimiter(long limit, Duration window) {
        return new RedisRateLimiter(redis, keys, limit, window);
    }

    /**
     * The state of the circuit breaker in front of Redis, for readiness and metrics: {@code CLOSED} (healthy),
     * {@code OPEN} (calls fail fast), {@code HALF_OPEN} (the next calls are trials). Never
     * {@code NOT_CONFIGURED}. Does not contact Redis.
     */
    public CircuitState circuitState() {
        return redis.state();
    }

    /**
     * Sends {@code PING} through the circuit breaker (in a cluster to every primary): true if Redis answered, false
     * if it failed or the breaker is open. Also lets a half-open breaker close without other traffic.
     */
    public boolean ping() {
        return redis.ping();
    }

    /** Pooled connections currently open (idle or in use; summed over a cluster's nodes), for metrics. */
    public int openConnections() {
        return redis.openConnections();
    }

    /** Closes the connections; the adapters handed out fail with {@link RedisUnavailableException} afterwards. */
    @Override
    public void close() {
        redis.close();
    }

    @Override
    public String toString() {
        return "RedisConnections[" + config.redactedUrl() + ", " + circuitState().code() + "]";
    }
}
