package dev.termin.booking.adapter.redis.internal;

import java.util.List;
import java.util.function.Function;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.commands.JedisCommands;
import redis.clients.jedis.util.Pool;

/**
 * A pool of connections to one primary: a {@code JedisPool} for one server, or a {@code JedisSentinelPool}, which
 * asks the sentinels for the current primary and re-points the pool when they announce a failover
 * ({@code +switch-master}). Thread-safe.
 */
final class PooledConnector implements Connector {

    private final Pool<Jedis> pool;

    PooledConnector(Pool<Jedis> pool) {
        this.pool = pool;
    }

    @Override
    public <T> T run(Function<JedisCommands, T> command) {
        try (Jedis jedis = pool.getResource()) {
            return command.apply(jedis);
        }
    }

    @Override
    public String ping() {
        try (Jedis jedis = pool.getResource()) {
            return jedis.ping();
        }
    }

    @Override
    public <T> List<T> runOnEachPrimary(Function<Jedis, T> command) {
        try (Jedis jedis = pool.getResource()) {
            return List.of(command.apply(jedis));
        }
    }

    @Override
    public int openConnections() {
        return pool.getNumActive() + pool.getNumIdle();
    }

    @Override
    public void clearIdle() {
        pool.clear();
    }

    @Override
    public void close() {
        pool.close();
    }
}
