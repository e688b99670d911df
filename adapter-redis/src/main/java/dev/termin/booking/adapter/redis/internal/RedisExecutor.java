package dev.termin.booking.adapter.redis.internal;

import dev.failsafe.CircuitBreaker;
import dev.failsafe.CircuitBreakerOpenException;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.FailsafeExecutor;
import dev.termin.booking.adapter.redis.RedisConfig;
import dev.termin.booking.adapter.redis.RedisUnavailableException;
import dev.termin.booking.domain.sync.CircuitState;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.commands.JedisCommands;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Runs every Redis call on the topology's connections (one server, a Sentinel-monitored primary, or a cluster)
 * behind one circuit breaker, and turns every client failure (and a refusal by the open breaker) into
 * {@link RedisUnavailableException}. The connections are created by the first call, because the cluster and
 * Sentinel clients contact their nodes when created and the process must start while Redis is down. Thread-safe.
 */
public final class RedisExecutor implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisExecutor.class);

    private final String target;
    private final RedisConfig config;
    private volatile Connector connector;
    private boolean closed;
    private final CircuitBreaker<Object> breaker;
    private final FailsafeExecutor<Object> failsafe;

    public RedisExecutor(RedisConfig config) {
        this.target = config.redactedUrl();
        this.config = config;
        this.breaker = CircuitBreaker.builder()
                .handle(JedisException.class)
                .withFailureThreshold(config.breakerFailureThreshold())
                .withDelay(config.breakerOpenDelay())
                .withSuccessThreshold(config.breakerSuccessThreshold())
                .onOpen(e -> {
                    if (e.getPreviousState() == CircuitBreaker.State.HALF_OPEN) {
                        log.info("Redis circuit breaker OPEN again (trial failed) for {}: retrying in {}", target,
                                config.breakerOpenDelay());
                    } else {
                        log.warn("Redis circuit breaker OPEN for {}: calls fail fast for {} and the engine relies on "
                                + "the database", target, config.breakerOpenDelay());
                    }
                    // Pooled connections to a server that went away are dead; drop them so that trial calls after
                    // the delay open fresh ones instead of failing on stale sockets.
                    Connector c = connector;
                    if (c != null) {
                        c.clearIdle();
                    }
                })
                .onHalfOpen(e -> log.debug("Redis circuit breaker HALF_OPEN for {}: trying again", target))
                .onClose(e -> log.info("Redis circuit breaker CLOSED for {}: Redis is back", target))
                .build();
        this.failsafe = Failsafe.with(breaker);
    }

    /**
     * Runs {@code command} on a pooled connection; in a cluster, on the primary owning the slot of the command's
     * keys (which must share one slot).
     *
     * @throws RedisUnavailableException if Redis failed, timed out, or the breaker is open
     */
    public <T> T call(String operation, Function<JedisCommands, T> command) {
        return guarded(operation, c -> c.run(command));
    }

    /**
     * Runs {@code command} once on a connection to each reachable primary (the one server unless a cluster), as
     * one call through the breaker.
     *
     * @throws RedisUnavailableException if Redis failed, timed out, or the breaker is open
     */
    public <T> List<T> callOnEachPrimary(String operation, Function<Jedis, T> command) {
        return guarded(operation, c -> c.runOnEachPrimary(command));
    }

    private <T> T guarded(String operation, Function<Connector, T> work) {
        try {
            return failsafe.get(() -> work.apply(connector()));
        } catch (CircuitBreakerOpenException e) {
            throw new RedisUnavailableException("Redis " + operation + " not attempted: circuit breaker open for "
                    + target, e, true);
        } catch (JedisException e) {
            throw new RedisUnavailableException("Redis " + operation + " failed on " + target + ": "
                    + e.getMessage(), e);
        } catch (FailsafeException e) {
            throw new RedisUnavailableException("Redis " + operation + " failed on " + target + ": "
                    + e.getMessage(), e.getCause() == null ? e : e.getCause());
        }
    }

    /**
     * The breaker's state. An open breaker whose delay has passed reports {@link CircuitState#HALF_OPEN}: the next
     * call is a trial.
     */
    public CircuitState state() {
        return switch (breaker.getState()) {
            case CLOSED -> CircuitState.CLOSED;
            case HALF_OPEN -> CircuitState.HALF_OPEN;
            case OPEN -> breaker.getRemainingDelay().isZero() ? CircuitState.HALF_OPEN : CircuitState.OPEN;
        };
    }

    /** Sends PING through the breaker; false instead of an exception. */
    public boolean ping() {
        try {
            return "PONG".equals(guarded("PING", Connector::ping));
        } catch (RedisUnavailableException e) {
            return false;
        }
    }

    /** Connections currently open (idle and borrowed), summed over a cluster's nodes, for metrics. */
    public int openConnections() {
        Connector c = connector;
        return c == null ? 0 : c.openConnections();
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (connector != null) {
            connector.close();
        }
    }

    private Connector connector() {
        Connector c = connector;
        if (c != null) {
            return c;
        }
        synchronized (this) {
            if (closed) {
                throw new JedisException("the Redis connections are closed");
            }
            if (connector == null) {
                connector = Connectors.create(config);
            }
            return connector;
        }
    }
}
