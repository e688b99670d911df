package dev.termin.booking.adapter.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisException;
import redis.embedded.RedisSentinel;
import redis.embedded.RedisServer;

/**
 * A primary with one replica watched by two sentinels (quorum 1, primary down after 500 ms), all embedded
 * {@code redis-server} 6.2 processes on free loopback ports; the primary is known to the sentinels as
 * {@value #PRIMARY}. The replica is in sync before the sentinels start, so their first look at the primary already
 * finds it. {@link #get()} is the JVM's shared set-up; {@link #start()} a private one (for a test that kills the
 * primary). Thread-safe.
 */
public final class TestRedisSentinel implements AutoCloseable {

    /** The name the sentinels monitor the primary under. */
    public static final String PRIMARY = "termin-primary";

    private static final Duration SETUP_TIMEOUT = Duration.ofSeconds(20);
    private static TestRedisSentinel shared;

    private final Path dir;
    private final List<RedisSentinel> sentinels = new ArrayList<>();
    private final List<Integer> sentinelPorts = new ArrayList<>();
    private RedisServer primary;
    private RedisServer replica;
    private int primaryPort;
    private int replicaPort;

    private TestRedisSentinel(Path dir) {
        this.dir = dir;
    }

    /** The JVM's shared set-up, started on first use. */
    public static synchronized TestRedisSentinel get() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "embedded-redis-sentinel-stop"));
        }
        return shared;
    }

    /** A new primary, replica and two sentinels. */
    public static TestRedisSentinel start() {
        TestRedisSentinel set;
        try {
            set = new TestRedisSentinel(Files.createTempDirectory("termin-redis-sentinel"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            set.form();
            return set;
        } catch (RuntimeException e) {
            set.close();
            throw e;
        }
    }

    private void form() {
        primaryPort = TestRedisNodes.freePort();
        primary = TestRedisNodes.startServer(primaryPort, dir, List.of());
        replicaPort = TestRedisNodes.freePort();
        replica = TestRedisNodes.startServer(replicaPort, dir, List.of("replicaof 127.0.0.1 " + primaryPort));
        TestRedisNodes.await("the replica to sync", SETUP_TIMEOUT,
                () -> TestRedisCluster.info(replicaPort, "replication").contains("master_link_status:up"));
        for (int i = 0; i < 2; i++) {
            int port = TestRedisNodes.freePort();
            RedisSentinel sentinel = RedisSentinel.newRedisSentinel()
                    .port(port)
                    .bind("127.0.0.1")
                    .masterName(PRIMARY)
                    .masterPort(primaryPort)
                    .quorumSize(1)
                    .downAfterMilliseconds(500)
                    .failOverTimeout(3_000)
                    .parallelSyncs(1)
                    .onShutdownForceStop(true)
                    .build();
            try {
                sentinel.start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start embedded Sentinel on port " + port, e);
            }
            sentinels.add(sentinel);
            sentinelPorts.add(port);
        }
        for (int port : sentinelPorts) {
            TestRedisNodes.await("sentinel " + port + " to know the replica", SETUP_TIMEOUT,
                    () -> knowsReplica(port));
        }
    }

    /** {@code redis-sentinel://} naming both sentinels and the primary. */
    public String url() {
        return "redis-sentinel://" + sentinelPorts.stream().map(p -> "127.0.0.1:" + p)
                .collect(Collectors.joining(",")) + "#" + PRIMARY;
    }

    /** A client configuration for this set-up with the adapter's defaults. */
    public RedisConfig config() {
        return RedisConfig.of(url());
    }

    /** The port of the node the sentinels started with as primary. */
    public int initialPrimaryPort() {
        return primaryPort;
    }

    /** The port of the node that started as replica. */
    public int initialReplicaPort() {
        return replicaPort;
    }

    /** Kills the initial primary (SIGKILL, as a crashed host). */
    public void killPrimary() {
        TestRedisNodes.stop(primary);
    }

    private static boolean knowsReplica(int sentinelPort) {
        try (Jedis sentinel = TestRedisCluster.jedis(sentinelPort)) {
            return !sentinel.sentinelReplicas(PRIMARY).isEmpty();
        } catch (JedisException e) {
            return false;
        }
    }

    @Override
    public void close() {
        sentinels.forEach(TestRedisNodes::stop);
        if (replica != null) {
            TestRedisNodes.stop(replica);
        }
        if (primary != null) {
            TestRedisNodes.stop(primary);
        }
        TestRedisNodes.deleteDirectory(dir);
    }
}
