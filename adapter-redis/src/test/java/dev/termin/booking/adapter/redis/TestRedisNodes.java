package dev.termin.booking.adapter.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import redis.embedded.Redis;
import redis.embedded.RedisServer;

/** What the embedded cluster and Sentinel set-ups share: free ports, node processes, waiting for a state. */
final class TestRedisNodes {

    /** A cluster node's bus port is its port + 10000 (fixed in Redis 6.2), so both must be free and valid. */
    private static final int CLUSTER_BUS_OFFSET = 10_000;

    private TestRedisNodes() {
    }

    /** A loopback port free right now. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A free port whose cluster bus port (+10000) is free too. */
    static int freeClusterPort() {
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = freePort();
            if (port + CLUSTER_BUS_OFFSET <= 65_535 && isFree(port + CLUSTER_BUS_OFFSET)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port pair (port, port + 10000) on loopback");
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * A started {@code redis-server} on {@code port} without persistence, killed (SIGKILL) on stop like a crashed
     * host, with its working files in {@code dir}; {@code extra} settings are appended.
     */
    static RedisServer startServer(int port, Path dir, List<String> extra) {
        try {
            var builder = RedisServer.newRedisServer()
                    .port(port)
                    .setting("bind 127.0.0.1")
                    .setting("save \"\"")
                    .setting("appendonly no")
                    .setting("dir " + dir.toAbsolutePath())
                    .onShutdownForceStop(true);
            extra.forEach(builder::setting);
            RedisServer server = builder.build();
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded Redis on port " + port, e);
        }
    }

    /** Stops {@code redis} if it still runs. */
    static void stop(Redis redis) {
        try {
            if (redis.isActive()) {
                redis.stop();
            }
        } catch (IOException | RuntimeException e) {
            // already gone
        }
    }

    /** Deletes {@code dir} and the node files in it (best effort: the JVM may be exiting). */
    static void deleteDirectory(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // left for the system's temp cleaner
        }
    }

    /** Waits until {@code condition} holds, checking every 50 ms; fails naming {@code what} after {@code timeout}. */
    static void await(String what, Duration timeout, BooleanSupplier condition) {
        Awaitility.await(what).atMost(timeout).pollInterval(Duration.ofMillis(50)).until(condition::getAsBoolean);
    }
}
