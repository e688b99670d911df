package dev.termin.booking.adapter.redis.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import redis.clients.jedis.Connection;
import redis.clients.jedis.ConnectionPool;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisCluster;
import redis.clients.jedis.commands.JedisCommands;
import redis.clients.jedis.exceptions.JedisException;

/**
 * A {@link JedisCluster}: one pool per node, commands routed by hash slot, {@code MOVED}/{@code ASK} followed, and
 * the slot map refreshed when a node fails (so commands reach a replica promoted by a failover). Thread-safe.
 */
final class ClusterConnector implements Connector {

    private final JedisCluster cluster;

    ClusterConnector(JedisCluster cluster) {
        this.cluster = cluster;
    }

    @Override
    public <T> T run(Function<JedisCommands, T> command) {
        return command.apply(cluster);
    }

    @Override
    public String ping() {
        return cluster.ping();
    }

    /**
     * Visits every node the client knows, keeping the primaries; an unreachable node is skipped, since it holds
     * nothing that could be changed now (a dead primary's keys expire by themselves or reach its replica).
     */
    @Override
    public <T> List<T> runOnEachPrimary(Function<Jedis, T> command) {
        List<T> results = new ArrayList<>();
        for (ConnectionPool node : cluster.getClusterNodes().values()) {
            Connection connection;
            try {
                connection = node.getResource();
            } catch (JedisException e) {
                continue;
            }
            try (connection) {
                Jedis jedis = new Jedis(connection);
                if (jedis.info("replication").contains("role:master")) {
                    results.add(command.apply(jedis));
                }
            }
        }
        return results;
    }

    @Override
    public int openConnections() {
        return cluster.getClusterNodes().values().stream()
                .mapToInt(pool -> pool.getNumActive() + pool.getNumIdle()).sum();
    }

    @Override
    public void clearIdle() {
        cluster.getClusterNodes().values().forEach(ConnectionPool::clear);
    }

    @Override
    public void close() {
        cluster.close();
    }
}
