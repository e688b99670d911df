package dev.termin.booking.adapter.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.UUID;
import redis.embedded.RedisServer;

/**
 * The Redis server of a test JVM: a real {@code redis-server} started from the embedded-redis Maven artifact on a
 * free loopback port (no Docker), or the external server that {@code TERMIN_TEST_REDIS_URL} names. One per JVM;
 * {@link #stop()} and {@link #start()} restart the embedded server on the same port, for outage tests. Thread-safe.
 */
public final class TestRedis {

    /** Environment variable pointing the tests at an external server, e.g. {@code redis://localhost:6379}. */
    public static final String ENV_URL = "TERMIN_TEST_REDIS_URL";

    private static TestRedis instance;

    private final String url;
    private final RedisServer server;
    private final int port;

    private TestRedis(String url, RedisServer server, int port) {
        this.url = url;
        this.server = server;
        this.port = port;
    }

    /** The JVM's server, started on first use. */
    public static synchronized TestRedis get() {
        if (instance == null) {
            instance = create();
        }
        return instance;
    }

    private static TestRedis create() {
        String external = System.getenv(ENV_URL);
        if (external != null && !external.isBlank()) {
            return new TestRedis(external.strip(), null, -1);
        }
        int port = freePort();
        try {
            RedisServer server = RedisServer.newRedisServer()
                    .port(port)
                    .setting("bind 127.0.0.1")
                    .setting("save \"\"")
                    .setting("appendonly no")
                    .setting("protected-mode yes")
                    .onShutdownForceStop(true)
                    .build();
            TestRedis redis = new TestRedis("redis://127.0.0.1:" + port, server, port);
            redis.start();
            Runtime.getRuntime().addShutdownHook(new Thread(redis::stopQuietly, "embedded-redis-stop"));
            return redis;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded Redis on port " + port, e);
        }
    }

    /** The server's URL, e.g. {@code redis://127.0.0.1:45123}. */
    public String url() {
        return url;
    }

    /** A client configuration for this server with the adapter's defaults. */
    public RedisConfig config() {
        return RedisConfig.of(url);
    }

    /** True if this JVM runs the server itself (and so can stop and start it). */
    public boolean isEmbedded() {
        return server != null;
    }

    /** The embedded server's port. */
    public int port() {
        requireEmbedded();
        return port;
    }

    /** Stops the embedded server (all data is lost: it does not persist). */
    public synchronized void stop() {
        requireEmbedded();
        try {
            if (server.isActive()) {
                server.stop();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the embedded server again on the same port. */
    public synchronized void start() {
        requireEmbedded();
        IOException last = null;
        for (int attempt = 0; attempt < 50 && !server.isActive(); attempt++) {
            try {
                server.start();
                return;
            } catch (IOException e) {
                // The old process may still hold the port for a moment.
                last = e;
                sleep(100);
            }
        }
        if (!server.isActive()) {
            throw new UncheckedIOException("cannot start embedded Redis on port " + port, last);
        }
    }

    private void stopQuietly() {
        try {
            if (server.isActive()) {
                server.stop();
            }
        } catch (IOException | RuntimeException e) {
            // the JVM is exiting
        }
    }

    private void requireEmbedded() {
        if (server == null) {
            throw new IllegalStateException("Redis is external (" + ENV_URL + "); it cannot be stopped from here");
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A unique id for a test, so that no cleanup between tests is needed. */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
