package dev.termin.booking.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termin.booking.application.port.out.RateLimiter.Decision;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

/** Redis-specific behaviour of {@link RedisRateLimiter} against a real server. */
class RedisRateLimiterTest {

    /** The start of a one-minute window. */
    private static final Instant WINDOW_START = Instant.parse("2026-06-17T10:15:00Z");

    private static RedisConnections connections;

    @BeforeAll
    static void connect() {
        connections = RedisConnections.create(TestRedis.get().config());
    }

    @AfterAll
    static void close() {
        connections.close();
    }

    @Test
    void requestsUpToLimit_areAllowed_withRemainingBudget_thenLimitedUntilWindowEnds() {
        RedisRateLimiter limiter = connections.rateLimiter(3, Duration.ofMinutes(1));
        String key = TestRedis.unique("api-key");

        assertThat(limiter.tryAcquire(key, WINDOW_START)).isEqualTo(new Decision.Allowed(2));
        assertThat(limiter.tryAcquire(key, WINDOW_START.plusSeconds(1))).isEqualTo(new Decision.Allowed(1));
        assertThat(limiter.tryAcquire(key, WINDOW_START.plusSeconds(2))).isEqualTo(new Decision.Allowed(0));
        assertThat(limiter.tryAcquire(key, WINDOW_START.plusSeconds(20)))
                .isEqualTo(new Decision.Limited(Duration.ofSeconds(40)));
    }

    @Test
    void nextWindow_startsWithFullBudget() {
        RedisRateLimiter limiter = connections.rateLimiter(1, Duration.ofMinutes(1));
        String key = TestRedis.unique("api-key");
        limiter.tryAcquire(key, WINDOW_START);
        assertThat(limiter.tryAcquire(key, WINDOW_START.plusSeconds(59))).isInstanceOf(Decision.Limited.class);

        assertThat(limiter.tryAcquire(key, WINDOW_START.plusSeconds(60))).isEqualTo(new Decision.Allowed(0));
    }

    @Test
    void limitersWithOtherWindows_haveSeparateBudgets() {
        String key = TestRedis.unique("api-key");
        connections.rateLimiter(1, Duration.ofMinutes(1)).tryAcquire(key, WINDOW_START);

        assertThat(connections.rateLimiter(1, Duration.ofHours(1)).tryAcquire(key, WINDOW_START))
                .isEqualTo(new Decision.Allowed(0));
    }

    @Test
    void keys_haveSeparateBudgets() {
        RedisRateLimiter limiter = connections.rateLimiter(1, Duration.ofMinutes(1));
        limiter.tryAcquire("key-a-" + TestRedis.unique("x"), WINDOW_START);

        assertThat(limiter.tryAcquire(TestRedis.unique("key-b"), WINDOW_START)).isEqualTo(new Decision.Allowed(0));
    }

    @Test
    void windowCounter_expiresByItself_andHoldsNoPlainKey() {
        String key = TestRedis.unique("secret-api-key");
        connections.rateLimiter(5, Duration.ofSeconds(30)).tryAcquire(key, Instant.now());

        try (Jedis jedis = new Jedis(URI.create(TestRedis.get().url()))) {
            List<String> counters = new ArrayList<>(jedis.keys("termin:rate:*:30000:*"));
            assertThat(counters).isNotEmpty().noneMatch(k -> k.contains(key));
            assertThat(counters).allSatisfy(k -> assertThat(jedis.pttl(k)).isBetween(1L, 30_000L));
        }
    }

    @Test
    void twoInstances_shareOneBudget_underConcurrency() throws Exception {
        try (RedisConnections other = RedisConnections.create(TestRedis.get().config())) {
            List<RedisRateLimiter> limiters = List.of(connections.rateLimiter(50, Duration.ofMinutes(1)),
                    other.rateLimiter(50, Duration.ofMinutes(1)));
            String key = TestRedis.unique("api-key");
            ExecutorService pool = Executors.newFixedThreadPool(16);
            try {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Decision>> decisions = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    RedisRateLimiter limiter = limiters.get(i % 2);
                    decisions.add(pool.submit(() -> {
                        go.await();
                        return limiter.tryAcquire(key, WINDOW_START.plusSeconds(5));
                    }));
                }
                go.countDown();
                int allowed = 0;
                for (Future<Decision> f : decisions) {
                    if (f.get(10, TimeUnit.SECONDS) instanceof Decision.Allowed) {
                        allowed++;
                    }
                }
                assertThat(allowed).isEqualTo(50);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void invalidLimitOrWindow_isRejected() {
        assertThatThrownBy(() -> connections.rateLimiter(0, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> connections.rateLimiter(1, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
