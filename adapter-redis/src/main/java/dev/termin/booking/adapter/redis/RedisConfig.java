package dev.termin.booking.adapter.redis;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How to reach Redis and how impatient to be with it. Immutable and thread-safe; {@link #toString()} masks the
 * password.
 *
 * <p>Defaults ({@link #of(String)}): pool of {@value #DEFAULT_POOL_MAX_TOTAL} connections, connect timeout
 * {@value #DEFAULT_CONNECT_TIMEOUT_MS} ms (also the longest wait for a free pooled connection), socket (read) timeout
 * {@value #DEFAULT_SOCKET_TIMEOUT_MS} ms, circuit breaker opening after {@value #DEFAULT_BREAKER_FAILURES}
 * consecutive failures, staying open {@value #DEFAULT_BREAKER_OPEN_DELAY_MS} ms, closing again after
 * {@value #DEFAULT_BREAKER_SUCCESSES} successful trial calls, key prefix {@value #DEFAULT_KEY_PREFIX}.
 *
 * @param url {@code redis://[[user]:password@]host[:port][/db]}, or {@code rediss://...} for TLS
 * @param poolMaxTotal most connections open at once (per {@link RedisConnections})
 * @param connectTimeout longest wait to open a connection or borrow one from the pool
 * @param socketTimeout longest wait for a reply
 * @param breakerFailureThreshold consecutive failed calls that open the circuit breaker
 * @param breakerOpenDelay how long the open breaker refuses calls before letting trial calls through
 * @param breakerSuccessThreshold successful trial calls that close the breaker again
 * @param keyPrefix first segment of every key ({@code termin} gives {@code termin:lock:...}); letters, digits,
 *     '.', '_' or '-'
 */
public record RedisConfig(
        URI url,
        int poolMaxTotal,
        Duration connectTimeout,
        Duration socketTimeout,
        int breakerFailureThreshold,
        Duration breakerOpenDelay,
        int breakerSuccessThreshold,
        String keyPrefix) {

    public static final int DEFAULT_POOL_MAX_TOTAL = 16;
    public static final long DEFAULT_CONNECT_TIMEOUT_MS = 500;
    public static final long DEFAULT_SOCKET_TIMEOUT_MS = 250;
    public static final int DEFAULT_BREAKER_FAILURES = 5;
    public static final long DEFAULT_BREAKER_OPEN_DELAY_MS = 2000;
    public static final int DEFAULT_BREAKER_SUCCESSES = 2;
    public static final String DEFAULT_KEY_PREFIX = "termin";

    /**
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if the URL is not a {@code redis}/{@code rediss} URL with a host, a count is
     *     below 1, a duration is not positive or longer than {@code Integer.MAX_VALUE} ms, or the prefix is invalid
     */
    public RedisConfig {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(socketTimeout, "socketTimeout");
        Objects.requireNonNull(breakerOpenDelay, "breakerOpenDelay");
        Objects.requireNonNull(keyPrefix, "keyPrefix");
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("redis") && !scheme.equals("rediss")) {
            throw new IllegalArgumentException("'url' must start with redis:// or rediss://");
        }
        if (url.getHost() == null || url.getHost().isEmpty()) {
            throw new IllegalArgumentException("'url' must name a host, e.g. redis://localhost:6379");
        }
        String path = url.getPath() == null ? "" : url.getPath();
        if (!path.isEmpty() && !path.equals("/") && !path.matches("/[0-9]{1,5}")) {
            throw new IllegalArgumentException("'url' path must be a database number, e.g. redis://host:6379/0");
        }
        positive(poolMaxTotal, "poolMaxTotal");
        millis(connectTimeout, "connectTimeout");
        millis(socketTimeout, "socketTimeout");
        positive(breakerFailureThreshold, "breakerFailureThreshold");
        millis(breakerOpenDelay, "breakerOpenDelay");
        positive(breakerSuccessThreshold, "breakerSuccessThreshold");
        if (!keyPrefix.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("'keyPrefix' must be 1 to 64 letters, digits, '.', '_' or '-'");
        }
    }

    /**
     * The defaults for a server at {@code url}.
     *
     * @throws IllegalArgumentException if {@code url} is not a valid {@code redis}/{@code rediss} URL
     */
    public static RedisConfig of(String url) {
        return new RedisConfig(parse(url), DEFAULT_POOL_MAX_TOTAL, Duration.ofMillis(DEFAULT_CONNECT_TIMEOUT_MS),
                Duration.ofMillis(DEFAULT_SOCKET_TIMEOUT_MS), DEFAULT_BREAKER_FAILURES,
                Duration.ofMillis(DEFAULT_BREAKER_OPEN_DELAY_MS), DEFAULT_BREAKER_SUCCESSES, DEFAULT_KEY_PREFIX);
    }

    /** A copy with another pool size. */
    public RedisConfig withPoolMaxTotal(int max) {
        return new RedisConfig(url, max, connectTimeout, socketTimeout, breakerFailureThreshold, breakerOpenDelay,
                breakerSuccessThreshold, keyPrefix);
    }

    /** A copy with other connect and socket timeouts. */
    public RedisConfig withTimeouts(Duration connect, Duration socket) {
        return new RedisConfig(url, poolMaxTotal, connect, socket, breakerFailureThreshold, breakerOpenDelay,
                breakerSuccessThreshold, keyPrefix);
    }

    /** A copy with other circuit breaker thresholds. */
    public RedisConfig withBreaker(int failureThreshold, Duration openDelay, int successThreshold) {
        return new RedisConfig(url, poolMaxTotal, connectTimeout, socketTimeout, failureThreshold, openDelay,
                successThreshold, keyPrefix);
    }

    /** A copy with another key prefix. */
    public RedisConfig withKeyPrefix(String prefix) {
        return new RedisConfig(url, poolMaxTotal, connectTimeout, socketTimeout, breakerFailureThreshold,
                breakerOpenDelay, breakerSuccessThreshold, prefix);
    }

    /** True for {@code rediss://} (TLS). */
    public boolean tls() {
        return url.getScheme().equalsIgnoreCase("rediss");
    }

    /** The URL without its credentials, safe to log. */
    public String redactedUrl() {
        String userInfo = url.getRawUserInfo();
        if (userInfo == null) {
            return url.toString();
        }
        return url.toString().replace(userInfo + "@", "***@");
    }

    @Override
    public String toString() {
        return "RedisConfig[url=" + redactedUrl() + ", poolMaxTotal=" + poolMaxTotal + ", connectTimeout="
                + connectTimeout + ", socketTimeout=" + socketTimeout + ", breakerFailureThreshold="
                + breakerFailureThreshold + ", breakerOpenDelay=" + breakerOpenDelay + ", breakerSuccessThreshold="
                + breakerSuccessThreshold + ", keyPrefix=" + keyPrefix + "]";
    }

    private static URI parse(String url) {
        Objects.requireNonNull(url, "url");
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            // The message would repeat the URL and its password.
            throw new IllegalArgumentException("'url' is not a valid URI (e.g. redis://:password@host:6379/0)");
        }
    }

    private static void positive(int n, String name) {
        if (n < 1) {
            throw new IllegalArgumentException("'" + name + "' must be at least 1");
        }
    }

    private static void millis(Duration d, String name) {
        if (d.toMillis() < 1 || d.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("'" + name + "' must be between 1 ms and Integer.MAX_VALUE ms");
        }
    }
}
