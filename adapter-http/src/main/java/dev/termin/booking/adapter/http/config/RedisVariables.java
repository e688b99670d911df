package dev.termin.booking.adapter.http.config;

import dev.termin.booking.adapter.redis.RedisConfig;
import java.time.Duration;
import java.util.Optional;

/**
 * Reads Redis, used when {@code TERMIN_REDIS_URL} is set: pool size and one timeout for connecting and for each
 * command; the rest are {@link RedisConfig#of}'s defaults.
 */
public final class RedisVariables {

    public static final String URL = "TERMIN_REDIS_URL";
    public static final String POOL_SIZE = "TERMIN_REDIS_POOL_SIZE";
    public static final String TIMEOUT = "TERMIN_REDIS_TIMEOUT";
    /** Deprecated alias of {@link #TIMEOUT} in milliseconds. */
    public static final String TIMEOUT_MS = "TERMIN_REDIS_TIMEOUT_MS";

    private RedisVariables() {
    }

    /**
     * Redis when {@value #URL} is set, otherwise empty.
     *
     * @throws InvalidSettingException if a value is malformed or out of range (the message never shows the URL,
     *     which may hold a password)
     */
    public static Optional<RedisConfig> read(Environment env) {
        Optional<String> url = env.text(URL);
        if (url.isEmpty()) {
            return Optional.empty();
        }
        RedisConfig config = env.check(URL, () -> RedisConfig.of(url.get()));
        int pool = env.integer(POOL_SIZE, config.poolMaxTotal(), 1, Integer.MAX_VALUE);
        RedisConfig pooled = env.check(POOL_SIZE, () -> config.withPoolMaxTotal(pool));
        if (!env.isSet(TIMEOUT) && !env.isSet(TIMEOUT_MS)) {
            return Optional.of(pooled);
        }
        Duration t = env.duration(TIMEOUT, TIMEOUT_MS, Duration.ZERO, Duration.ofMillis(1));
        return Optional.of(env.check(env.isSet(TIMEOUT) ? TIMEOUT : TIMEOUT_MS, () -> pooled.withTimeouts(t, t)));
    }
}
