package dev.termin.booking.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termin.booking.application.port.out.RateLimiter;
import dev.termin.booking.application.port.out.RateLimiter.Decision;
import dev.termin.booking.application.port.out.contract.AbstractRateLimiterTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemoryRateLimiterTest extends AbstractRateLimiterTest {

    @Override
    protected RateLimiter rateLimiter(long limit, Duration window) {
        return new InMemoryRateLimiter(limit, window);
    }

    @Test
    void windows_areAlignedToTheEpoch_andRetryAfterIsTheRestOfTheWindow() {
        InMemoryRateLimiter limiter = new InMemoryRateLimiter(1, Duration.ofMinutes(1));
        Instant t = Instant.parse("2031-01-01T12:00:30Z");

        assertThat(limiter.tryAcquire("k", t)).isEqualTo(new Decision.Allowed(0));
        assertThat(limiter.tryAcquire("k", t.plusSeconds(10))).isEqualTo(new Decision.Limited(Duration.ofSeconds(20)));
        assertThat(limiter.tryAcquire("k", Instant.parse("2031-01-01T12:01:00Z")))
                .isEqualTo(new Decision.Allowed(0));
    }

    @Test
    void invalidSettings_areRefused() {
        assertThatThrownBy(() -> new InMemoryRateLimiter(0, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InMemoryRateLimiter(1, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
