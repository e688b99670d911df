package dev.termin.booking.adapter.redis.internal;

import dev.failsafe.CircuitBreaker;
import dev.failsafe.CircuitBreakerOpenException;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.FailsafeExecutor;
import dev.termin.booking.adapter.redis.RedisConfig;
import dev.termin.booking.adapter.redis.RedisUnavailableException;
import dev.termin.booking.domain.sync.CircuitState;
import java.util.function.Function;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Runs every Redis call on a pooled connection behind one circuit breaker, and turns every client failure (and a
 * refusal by the open breaker) into {@link RedisUnavailableException}. Thread-safe.
 */
public final class RedisExecutor implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisExecutor.class);

    private final String target;
    private final JedisPool pool;
    private final CircuitBreaker<Object> breaker;
    private final FailsafeExecutor<Object> failsafe;

    public RedisExecutor(RedisConfig config) {
        this.target = config.redactedUrl();
        GenericObjectPoolConfig<Jedis> poolConfig = new GenericObjectPoolConfig<>();
        poolConfig.setMaxTotal(config.poolMaxTotal());
        poolConfig.setMaxIdle(config.poolMaxTotal());
        poolConfig.setMinIdle(0);
        poolConfig.setBlockWhenExhausted(true);
        poolConfig.setMaxWait(config.connectTimeout());
        poolConfig.setJmxEnabled(false);
        this.pool = new JedisPool(poolConfig, config.url(), (int) config.connectTimeout().toMillis(),
                (int) config.socketTimeout().toMillis());
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
                    pool.clear();
                })
                .onHalfOpen(e -> log.debug("Redis circuit breaker HALF_OPEN for {}: trying again", target))
                .onClose(e -> log.info("Redis circuit breaker CLOSED for {}: Redis is back", target))
                .build();
        this.failsafe = Failsafe.with(breaker);
    }

    /**
     * Runs {@code command} on a pooled connection.
     *
     * @throws RedisUnavailableException if Redis failed, timed out, or the breaker is open
     */
    public <T> T call(String operation, Function<Jedis, T> command) {
        try {
            return failsafe.get(() -> {
                try (Jedis jedis = pool.getResource()) {
                    return command.apply(jedis);
                }
            });
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
            return "PONG".equals(call("PING", Jedis::ping));
        } catch (RedisUnavailableException e) {
            return false;
        }
    }

    /** Connections currently open (idle and borrowed), for metrics. */
    public int openConnections() {
        return pool.getNumActive() + pool.getNumIdle();
    }

    @Override
    public void close() {
        pool.close();
    }
}
