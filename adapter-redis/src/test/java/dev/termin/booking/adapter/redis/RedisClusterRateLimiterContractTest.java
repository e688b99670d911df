package dev.termin.booking.adapter.redis;

import dev.termin.booking.application.port.out.RateLimiter;
import dev.termin.booking.application.port.out.contract.AbstractRateLimiterTest;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;

/** The rate limiter contract, run against {@link RedisRateLimiter} on a real Redis Cluster (three primaries). */
class RedisClusterRateLimiterContractTest extends AbstractRateLimiterTest {

    private static final RedisConnections CONNECTIONS = RedisConnections.create(TestRedisCluster.get().config());

    @AfterAll
    static void close() {
        CONNECTIONS.close();
    }

    @Override
    protected RateLimiter rateLimiter(long limit, Duration window) {
        return CONNECTIONS.rateLimiter(limit, window);
    }
}
