package dev.termin.booking.adapter.redis;

import dev.termin.booking.application.port.out.RateLimiter;
import dev.termin.booking.application.port.out.contract.AbstractRateLimiterTest;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;

/** The rate limiter contract, run against {@link RedisRateLimiter} through Sentinel (a primary with a replica). */
class RedisSentinelRateLimiterContractTest extends AbstractRateLimiterTest {

    private static final RedisConnections CONNECTIONS = RedisConnections.create(TestRedisSentinel.get().config());

    @AfterAll
    static void close() {
        CONNECTIONS.close();
    }

    @Override
    protected RateLimiter rateLimiter(long limit, Duration window) {
        return CONNECTIONS.rateLimiter(limit, window);
    }
}
