package dev.termin.booking.adapter.http.config;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The HTTP server's own settings. {@link #defaults()}: port 8080 on all interfaces, request bodies up to 64 KiB,
 * {@value #DEFAULT_RATE_LIMIT_PER_MINUTE} requests per minute per API key, background work every second, 10 s to drain in-flight requests on stop,
 * background workers on, no public address (the pages are linked as {@code http://localhost:<port>}). Read from the
 * environment by
 * {@link ServerVariables}. Immutable.
 *
 * @param host the interface to listen on ({@code 0.0.0.0} for all)
 * @param port the port; 0 picks a free one
 * @param maxBodyBytes larger request bodies are refused with 413
 * @param rateLimitPerMinute requests per API key and minute before 429, counted over all instances when they share
 *     Redis
 * @param workerInterval pause between two rounds of background work (outbox, hold sweeper)
 * @param drainTimeout how long a stop waits for in-flight requests
 * @param runWorkers whether the server runs the background workers (off for tests that drive them by hand)
 * @param publicUrl the address customers reach the server at (an {@code http(s)} URL without query, e.g.
 *     {@code https://termin.example.com}), which links in messages start with; empty: {@code http://localhost:<port>}
 */
public record ServerSettings(String host, int port, long maxBodyBytes, long rateLimitPerMinute,
        Duration workerInterval, Duration drainTimeout, boolean runWorkers, Optional<URI> publicUrl) {

    /**
     * The default rate limit: 6000 requests a minute per API key (100 a second). A booking page's key is shared by
     * every visitor of the page, each of whom sends some six requests (availability, hold, confirm and their
     * retries), so this lets about a thousand visitors a minute book; the earlier 600 turned a busy page into 429s.
     */
    public static final long DEFAULT_RATE_LIMIT_PER_MINUTE = 6000;

    public ServerSettings {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("'port' must be 0 to 65535");
        }
        if (maxBodyBytes < 1024 || maxBodyBytes > 16 * 1024 * 1024) {
            throw new IllegalArgumentException("'maxBodyBytes' must be 1 KiB to 16 MiB");
        }
        if (rateLimitPerMinute < 1) {
            throw new IllegalArgumentException("'rateLimitPerMinute' must be at least 1");
        }
        if (workerInterval.toMillis() < 10) {
            throw new IllegalArgumentException("'workerInterval' must be at least 10 ms");
        }
        if (drainTimeout.isNegative()) {
            throw new IllegalArgumentException("'drainTimeout' must not be negative");
        }
        Objects.requireNonNull(publicUrl, "publicUrl");
        publicUrl.ifPresent(ServerSettings::checkPublicUrl);
    }

    /** Settings without a public address. */
    public ServerSettings(String host, int port, long maxBodyBytes, long rateLimitPerMinute, Duration workerInterval,
            Duration drainTimeout, boolean runWorkers) {
        this(host, port, maxBodyBytes, rateLimitPerMinute, workerInterval, drainTimeout, runWorkers,
                Optional.empty());
    }

    private static void checkPublicUrl(URI url) {
        if (!url.isAbsolute() || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))
                || url.getHost() == null || url.getRawQuery() != null || url.getRawFragment() != null) {
            throw new IllegalArgumentException("'publicUrl' must be an http(s) address without query, e.g. "
                    + "https://termin.example.com (got '" + url + "')");
        }
    }

    /** The public address, or {@code http://localhost:<listeningPort>} without one; never ends with a slash. */
    public URI publicAddress(int listeningPort) {
        String base = publicUrl.map(URI::toString).orElse("http://localhost:" + listeningPort);
        return URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
    }

    public static ServerSettings defaults() {
        return new ServerSettings("0.0.0.0", 8080, 64 * 1024, DEFAULT_RATE_LIMIT_PER_MINUTE, Duration.ofSeconds(1), Duration.ofSeconds(10),
                true);
    }

    public ServerSettings withPort(int newPort) {
        return new ServerSettings(host, newPort, maxBodyBytes, rateLimitPerMinute, workerInterval, drainTimeout,
                runWorkers, publicUrl);
    }

    public ServerSettings withRateLimitPerMinute(long limit) {
        return new ServerSettings(host, port, maxBodyBytes, limit, workerInterval, drainTimeout, runWorkers,
                publicUrl);
    }

    public ServerSettings withWorkers(boolean run) {
        return new ServerSettings(host, port, maxBodyBytes, rateLimitPerMinute, workerInterval, drainTimeout, run,
                publicUrl);
    }

    public ServerSettings withDrainTimeout(Duration drain) {
        return new ServerSettings(host, port, maxBodyBytes, rateLimitPerMinute, workerInterval, drain, runWorkers,
                publicUrl);
    }

    public ServerSettings withPublicUrl(URI url) {
        return new ServerSettings(host, port, maxBodyBytes, rateLimitPerMinute, workerInterval, drainTimeout,
                runWorkers, Optional.of(url));
    }
}
