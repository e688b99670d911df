package dev.termin.booking.adapter.redis;

import dev.termin.booking.adapter.redis.internal.Keys;
import dev.termin.booking.adapter.redis.internal.RedisExecutor;
import dev.termin.booking.adapter.redis.internal.Scripts;
import dev.termin.booking.application.port.out.RateLimiter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * {@link RateLimiter} on Redis with fixed windows shared by every instance: at most {@code limit} requests per key
 * in each window of length {@code window}. A key's window starts with its first request and is timed by the Redis
 * server's clock, so instances with skewed clocks still agree; {@code now} is not used. One Lua script counts the
 * request ({@code INCR}) and, on the first request of a window, sets the counter's expiry ({@code PEXPIRE}), so
 * counters vanish by themselves. A refused request is {@link Decision.Limited} with the time left in its window.
 * Keys are hashed (SHA-256) before they reach Redis.
 *
 * <p>Every call may throw {@link RedisUnavailableException}; callers should then let the request through (fail
 * open). Obtain one from {@link RedisConnections#rateLimiter(long, Duration)}; limit and window have no defaults.
 * This class is thread-safe.
 */
public final class RedisRateLimiter implements RateLimiter {

    private final RedisExecutor redis;
    private final Keys keys;
    private final long limit;
    private final long windowMillis;

    RedisRateLimiter(RedisExecutor redis, Keys keys, long limit, Duration window) {
        Objects.requireNonNull(window, "window");
        if (limit < 1) {
            throw new IllegalArgumentException("'limit' must be at least 1");
        }
        if (window.toMillis() < 1) {
            throw new IllegalArgumentException("'window' must be at least one millisecond");
        }
        this.redis = redis;
        this.keys = keys;
        this.limit = limit;
        this.windowMillis = window.toMillis();
    }

    /** The budget per window. */
    public long limit() {
        return limit;
    }

    /** The window length. */
    public Duration window() {
        return Duration.ofMillis(windowMillis);
    }

    /** @throws RedisUnavailableException if Redis cannot answer */
    @Override
    public Decision tryAcquire(String key, Instant now) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(now, "now");
        String counter = keys.rate(key, windowMillis);
        List<?> reply = redis.call("rate limit", jedis -> (List<?>) Scripts.RATE_HIT.eval(jedis, List.of(counter),
                List.of(Long.toString(windowMillis))));
        long count = (Long) reply.get(0);
        long leftMillis = (Long) reply.get(1);
        if (count <= limit) {
            return new Decision.Allowed(limit - count);
        }
        return new Decision.Limited(Duration.ofMillis(Math.max(1, leftMillis)));
    }
}
