package dev.termin.booking.application.port.out.contract;

import static dev.termin.booking.application.port.out.contract.ContractFixtures.randomId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.application.port.out.RateLimiter;
import dev.termin.booking.application.port.out.RateLimiter.Decision;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Contract of {@link RateLimiter}: {@code limit} requests per key and window, then {@link Decision.Limited} with a
 * positive retry-after until the window ends. Window tests use short windows on the wall clock.
 */
@Timeout(60)
public abstract class AbstractRateLimiterTest {

    /** A rate limiter allowing {@code limit} requests per key in each {@code window}. */
    protected abstract RateLimiter rateLimiter(long limit, Duration window);

    private final String key = randomId("api-key");

    @Test
    void theLimit_isAllowedWithDecreasingRemaining_thenRequestsAreLimited() {
        RateLimiter limiter = rateLimiter(3, Duration.ofMinutes(1));
        Instant now = Instant.now();

        List<Decision> decisions = IntStream.range(0, 5).mapToObj(i -> limiter.tryAcquire(key, now)).toList();

        assertThat(decisions.subList(0, 3)).containsExactly(new Decision.Allowed(2), new Decision.Allowed(1),
                new Decision.Allowed(0));
        assertThat(decisions.subList(3, 5)).allSatisfy(d -> {
            assertThat(d).isInstanceOf(Decision.Limited.class);
            Duration retryAfter = ((Decision.Limited) d).retryAfter();
            assertThat(retryAfter).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1));
        });
    }

    @Test
    void keys_areIndependent() {
        RateLimiter limiter = rateLimiter(1, Duration.ofMinutes(1));
        Instant now = Instant.now();
        limiter.tryAcquire(key, now);

        assertThat(limiter.tryAcquire(key, now)).isInstanceOf(Decision.Limited.class);
        assertThat(limiter.tryAcquire(randomId("api-key"), now)).isInstanceOf(Decision.Allowed.class);
    }

    @Test
    void aNewWindow_allowsAgain() {
        Duration window = Duration.ofMillis(300);
        RateLimiter limiter = rateLimiter(2, window);
        Instant start = Instant.now();
        limiter.tryAcquire(key, start);
        limiter.tryAcquire(key, start);
        assertThat(limiter.tryAcquire(key, start)).isInstanceOf(Decision.Limited.class);

        Concurrency.awaitInstant(start.plus(window).plusMillis(50));

        assertThat(limiter.tryAcquire(key, Instant.now())).isInstanceOf(Decision.Allowed.class);
    }

    @Test
    void waitingTheRetryAfter_allowsAgain() {
        RateLimiter limiter = rateLimiter(1, Duration.ofMillis(400));
        Instant refusedAt = Instant.now();
        limiter.tryAcquire(key, refusedAt);
        Decision refused = limiter.tryAcquire(key, refusedAt);
        assertThat(refused).isInstanceOf(Decision.Limited.class);

        Concurrency.awaitInstant(refusedAt.plus(((Decision.Limited) refused).retryAfter()).plusMillis(20));

        assertThat(limiter.tryAcquire(key, Instant.now())).isInstanceOf(Decision.Allowed.class);
    }

    @Test
    @Timeout(120)
    void concurrentRequests_neverExceedTheLimit() {
        RateLimiter limiter = rateLimiter(50, Duration.ofMinutes(1));
        Instant now = Instant.now();

        List<Long> allowed = Concurrency.race(16, n -> IntStream.range(0, 10)
                .filter(i -> limiter.tryAcquire(key, now) instanceof Decision.Allowed).count());

        assertThat(allowed.stream().mapToLong(Long::longValue).sum()).isEqualTo(50);
    }
}
