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
 * in each window of length {@code window}, windows aligned to the epoch by the {@code now} the caller passes (as the
 * in-memory limiter does; instances should keep their clocks in sync). One Lua script counts the request
 * ({@code INCR}) and sets the window counter's expiry ({@code PEXPIRE}, one window) on the first request, so
 * counters vanish by themselves. A refused request is {@link Decision.Limited} with the time from {@code now} to the
 * end of its window. Keys are hashed (SHA-256) before they reach Redis.
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
        long nowMillis = now.toEpochMilli();
        long window = Math.floorDiv(nowMillis, windowMillis);
        String counter = keys.rate(key, windowMillis, window);
        long count = redis.call("rate limit", jedis -> (Long) Scripts.RATE_HIT.eval(jedis, List.of(counter),
                List.of(Long.toString(windowMillis))));
        if (count <= limit) {
            return new Decision.Allowed(limit - count);
        }
        return new Decision.Limited(Duration.ofMillis((window + 1) * windowMillis - nowMillis));
    }
}
