package dev.termin.booking.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.application.port.out.IdempotencyStore;
import dev.termin.booking.application.port.out.RateLimiter;
import dev.termin.booking.application.port.out.SlotLocks;
import dev.termin.booking.domain.sync.CircuitState;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The wiring shown in docs/redis.md (the tagged region), compiled and run so that it cannot drift. */
class RedisUsageExampleTest {

    @Test
    void wiringFromAConfig() {
        String url = TestRedis.get().url();
        // tag::wiring[]
        RedisConfig config = RedisConfig.of(url).withPoolMaxTotal(8); // e.g. redis://localhost:6379
        try (RedisConnections redis = RedisConnections.create(config)) {
            SlotLocks slotLocks = redis.slotLocks();                  // -> the engine's slot locks
            IdempotencyStore idempotency = redis.idempotencyStore(); // -> BookingStorage.idempotency
            RateLimiter perApiKey = redis.rateLimiter(120, Duration.ofMinutes(1)); // -> the HTTP adapter
            CircuitState state = redis.circuitState();                // -> /ready and /metrics
            boolean reachable = redis.ping();                         // -> an active readiness probe
            // end::wiring[]
            assertThat(slotLocks).isNotNull();
            assertThat(idempotency).isNotNull();
            assertThat(perApiKey).isNotNull();
            assertThat(state).isEqualTo(CircuitState.CLOSED);
            assertThat(reachable).isTrue();
            assertThat(redis.config().poolMaxTotal()).isEqualTo(8);
        }
    }
}
