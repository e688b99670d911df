package dev.termin.booking.adapter.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.util.JedisClusterCRC16;
import redis.embedded.RedisServer;

/**
 * A real Redis Cluster of embedded {@code redis-server} 6.2 processes on free loopback ports: {@code n} primaries
 * splitting the 16384 slots evenly, each with one replica, and a node timeout of 500 ms so that a failover takes
 * about two seconds. The cluster is formed here, not by the artifact's {@code RedisShardedCluster} (which takes
 * ports from 6379 upwards and hides which server is which primary; docs/redis.md, "Tests"), the way
 * {@code redis-cli --cluster create} does it, with commands: {@code CLUSTER ADDSLOTS} on each
 * primary, {@code CLUSTER MEET} to join the nodes, {@code CLUSTER REPLICATE} on each replica, then waiting for
 * {@code cluster_state:ok} everywhere. {@link #get()} is the JVM's shared cluster; {@link #start(int)} a private one
 * (for a test that kills a node). Thread-safe.
 */
public final class TestRedisCluster implements AutoCloseable {

    private static final Duration SETUP_TIMEOUT = Duration.ofSeconds(20);
    private static TestRedisCluster shared;

    private final Path dir;
    private final List<Node> primaries = new ArrayList<>();
    private final List<Node> replicas = new ArrayList<>();

    /** One node: its port, server process and cluster node id. */
    public record Node(int port, RedisServer server, String id) {
    }

    private TestRedisCluster(Path dir) {
        this.dir = dir;
    }

    /** The JVM's shared cluster of three primaries with a replica each, started on first use. */
    public static synchronized TestRedisCluster get() {
        if (shared == null) {
            shared = start(3);
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "embedded-redis-cluster-stop"));
        }
        return shared;
    }

    /** A new cluster of {@code primaryCount} primaries (at least 3, so a majority survives a lost one). */
    public static TestRedisCluster start(int primaryCount) {
        TestRedisCluster cluster;
        try {
            cluster = new TestRedisCluster(Files.createTempDirectory("termin-redis-cluster"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            cluster.form(primaryCount);
            return cluster;
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    private void form(int primaryCount) {
        int slotsPerPrimary = 16_384 / primaryCount;
        for (int i = 0; i < primaryCount; i++) {
            int from = i * slotsPerPrimary;
            int to = i == primaryCount - 1 ? 16_384 : from + slotsPerPrimary;
            Node primary = startNode();
            try (Jedis jedis = jedis(primary.port())) {
                jedis.clusterAddSlots(IntStream.range(from, to).toArray());
            }
            primaries.add(primary);
            replicas.add(startNode());
        }
        List<Node> all = nodes();
        try (Jedis first = jedis(all.get(0).port())) {
            all.subList(1, all.size()).forEach(n -> first.clusterMeet("127.0.0.1", n.port()));
        }
        for (Node node : all) {
            TestRedisNodes.await("node " + node.port() + " to know every node", SETUP_TIMEOUT,
                    () -> knownNodes(node.port()) == all.size());
        }
        for (int i = 0; i < primaryCount; i++) {
            try (Jedis replica = jedis(replicas.get(i).port())) {
                replica.clusterReplicate(primaries.get(i).id());
            }
        }
        for (Node node : all) {
            TestRedisNodes.await("node " + node.port() + " to see a healthy cluster", SETUP_TIMEOUT,
                    () -> clusterOk(node.port()) && replicasKnown(node.port(), primaryCount));
        }
        for (Node replica : replicas) {
            TestRedisNodes.await("replica " + replica.port() + " to sync", SETUP_TIMEOUT,
                    () -> info(replica.port(), "replication").contains("master_link_status:up"));
        }
    }

    private Node startNode() {
        int port = TestRedisNodes.freeClusterPort();
        RedisServer server = TestRedisNodes.startServer(port, dir, List.of(
                "cluster-enabled yes",
                "cluster-config-file nodes-" + port + ".conf",
                "cluster-node-timeout 500"));
        try (Jedis jedis = jedis(port)) {
            return new Node(port, server, jedis.clusterMyId());
        }
    }

    /** {@code redis-cluster://} with every node as a seed. */
    public String url() {
        return "redis-cluster://" + nodes().stream().map(n -> "127.0.0.1:" + n.port())
                .collect(Collectors.joining(","));
    }

    /** A client configuration for this cluster with the adapter's defaults. */
    public RedisConfig config() {
        return RedisConfig.of(url());
    }

    /** Every node, primaries first. */
    public List<Node> nodes() {
        List<Node> all = new ArrayList<>(primaries);
        all.addAll(replicas);
        return all;
    }

    /** The node that was made primary for {@code key}'s hash slot when the cluster formed. */
    public Node initialPrimaryOf(String key) {
        int slot = JedisClusterCRC16.getSlot(key);
        return primaries.get(Math.min(slot / (16_384 / primaries.size()), primaries.size() - 1));
    }

    /** The replica {@code primary} was given when the cluster formed. */
    public Node replicaOf(Node primary) {
        return replicas.get(primaries.indexOf(primary));
    }

    /** A plain connection to one node (not cluster-aware), for looking at what a node holds. */
    public static Jedis jedis(int port) {
        return new Jedis("127.0.0.1", port, 2_000);
    }

    /** A {@code section} of {@code INFO} of the node on {@code port}, or "" if it does not answer. */
    public static String info(int port, String section) {
        try (Jedis jedis = jedis(port)) {
            return jedis.info(section);
        } catch (JedisException e) {
            return "";
        }
    }

    private static boolean clusterOk(int port) {
        try (Jedis jedis = jedis(port)) {
            return jedis.clusterInfo().contains("cluster_state:ok");
        } catch (JedisException e) {
            return false;
        }
    }

    private static int knownNodes(int port) {
        try (Jedis jedis = jedis(port)) {
            return (int) jedis.clusterNodes().lines().filter(l -> !l.contains("handshake")).count();
        }
    }

    private static boolean replicasKnown(int port, int count) {
        try (Jedis jedis = jedis(port)) {
            return jedis.clusterNodes().lines().filter(l -> l.split(" ")[2].contains("slave")).count() == count;
        }
    }

    @Override
    public void close() {
        nodes().forEach(n -> TestRedisNodes.stop(n.server()));
        TestRedisNodes.deleteDirectory(dir);
    }
}
