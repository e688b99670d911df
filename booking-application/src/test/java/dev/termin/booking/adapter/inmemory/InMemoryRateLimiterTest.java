package dev.termin.booking.adapter.inmemory;

import dev.termin.booking.application.port.out.RateLimiter;
import dev.termin.booking.application.port.out.contract.AbstractRateLimiterTest;
import java.time.Duration;

class InMemoryRateLimiterTest extends AbstractRateLimiterTest {

    @Override
    protected RateLimiter rateLimiter(long limit, Duration window) {
        return new InMemoryRateLimiter(limit, window);
    }
}
