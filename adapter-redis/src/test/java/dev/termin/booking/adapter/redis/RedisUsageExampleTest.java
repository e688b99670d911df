package dev.termin.booking.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.application.port.out.IdempotencyStore;
import dev.termin.booking.application.port.out.RateLimiter;
import dev.termin.booking.application.port.out.SlotLocks;
import dev.termin.booking.domain.sync.CircuitState;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The wiring shown in docs/redis.md (the tagged region), compiled and run so that it cannot drift. */
class RedisUsageExampleTest {

    @Test
    void wiringFromTheEnvironment() {
        Map<String, String> env = Map.of("TERMIN_REDIS_URL", TestRedis.get().url(), "TERMIN_REDIS_POOL_SIZE", "8");
        // tag::wiring[]
        try (RedisConnections redis = RedisConnections.fromEnv(env)) { // env: System.getenv()
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
