package dev.termin.booking.adapter.redis;

import dev.termin.booking.adapter.redis.internal.RedisEndpoints;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
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
 * <p>The URL chooses the topology (docs/redis.md, "URL syntax"):
 * <ul>
 *   <li>{@code redis://[[user]:password@]host[:port][/db]} (or {@code rediss://} for TLS): one server;</li>
 *   <li>{@code redis-cluster://[[user]:password@]host[:port][,host[:port]...]} (or {@code rediss-cluster://}): a
 *       Redis Cluster, reached through any of the listed seed nodes;</li>
 *   <li>{@code redis-sentinel://[[user]:password@]host[:port][,host[:port]...][/db]#primary}: the primary that the
 *       listed sentinels (default port 26379) know as {@code primary}; user and password are those of the data
 *       nodes, the sentinels are contacted without them.</li>
 * </ul>
 *
 * @param url one of the URL forms above
 * @param poolMaxTotal most connections open at once (per {@link RedisConnections}; for a cluster, per node)
 * @param connectTimeout longest wait to open a connection or borrow one from the pool
 * @param socketTimeout longest wait for a reply
 * @param breakerFailureThreshold consecutive failed calls that open the circuit breaker
 * @param breakerOpenDelay how long the open breaker refuses calls before letting trial calls through
 * @param breakerSuccessThreshold successful trial calls that close the breaker again
 * @param keyPrefix first segment of every key ({@code termin} gives {@code termin:{tenant}:lock:...}); letters, digits,
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
     * @throws IllegalArgumentException if the URL is not one of the forms above, a count is below 1, a duration is
     *     not positive or longer than {@code Integer.MAX_VALUE} ms, or the prefix is invalid
     */
    public RedisConfig {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(socketTimeout, "socketTimeout");
        Objects.requireNonNull(breakerOpenDelay, "breakerOpenDelay");
        Objects.requireNonNull(keyPrefix, "keyPrefix");
        RedisEndpoints.parse(url);
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
     * The defaults for the server, cluster or sentinel-monitored primary at {@code url}.
     *
     * @throws IllegalArgumentException if {@code url} is not one of the forms above
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

    /** What the URL names: one server, a cluster, or a primary found through Sentinel. */
    public Topology topology() {
        return RedisEndpoints.parse(url).topology();
    }

    /** True for {@code rediss://} and {@code rediss-cluster://} (TLS). */
    public boolean tls() {
        return RedisEndpoints.parse(url).tls();
    }

    /** The URL without its credentials, safe to log. */
    public String redactedUrl() {
        return RedisEndpoints.redact(url);
    }

    @Override
    public String toString() {
        return "RedisConfig[url=" + redactedUrl() + ", poolMaxTotal=" + poolMaxTotal + ", connectTimeout="
                + connectTimeout + ", socketTimeout=" + socketTimeout + ", breakerFailureThreshold="
                + breakerFailureThreshold + ", breakerOpenDelay=" + breakerOpenDelay + ", breakerSuccessThreshold="
                + breakerSuccessThreshold + ", keyPrefix=" + keyPrefix + "]";
    }

    /** The Redis deployments the adapter can use; the URL's scheme chooses one. */
    public enum Topology {
        /** One server ({@code redis://}, {@code rediss://}). */
        STANDALONE,
        /** A Redis Cluster ({@code redis-cluster://}, {@code rediss-cluster://}). */
        CLUSTER,
        /** A primary with replicas watched by Sentinel ({@code redis-sentinel://}). */
        SENTINEL
    }

    private static URI parse(String url) {
        Objects.requireNonNull(url, "url");
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            // The message would repeat the URL and its password.
            throw new IllegalArgumentException("'url' is not a valid URI (e.g. redis://:password@host:6379/0; "
                    + "percent-encode special characters of the password)");
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
