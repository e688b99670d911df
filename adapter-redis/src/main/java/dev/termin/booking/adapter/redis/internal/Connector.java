package dev.termin.booking.adapter.redis.internal;

import java.util.List;
import java.util.function.Function;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.commands.JedisCommands;

/**
 * The connections of one topology: a pool for one server or a Sentinel-monitored primary, or a cluster client that
 * routes each command by its key's hash slot. Every method may throw a {@code JedisException}; the
 * {@link RedisExecutor} in front counts it and turns it into the adapter's exception. Thread-safe.
 */
interface Connector extends AutoCloseable {

    /**
     * Runs {@code command}; in a cluster, every key one command names must lie in one hash slot, and the command
     * goes to the primary owning that slot.
     */
    <T> T run(Function<JedisCommands, T> command);

    /** Sends {@code PING} (in a cluster: to every primary) and returns the reply. */
    String ping();

    /** Runs {@code command} on a connection to each reachable primary (the one server unless a cluster). */
    <T> List<T> runOnEachPrimary(Function<Jedis, T> command);

    /** Connections currently open (idle and borrowed), summed over nodes. */
    int openConnections();

    /** Drops idle connections, which may be sockets to a server that went away. */
    void clearIdle();

    @Override
    void close();
}
