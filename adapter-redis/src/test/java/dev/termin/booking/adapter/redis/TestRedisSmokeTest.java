package dev.termin.booking.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TestRedisSmokeTest {
    @Test
    void embeddedServer_restartsOnSamePort() {
        TestRedis redis = TestRedis.get();
        try (RedisConnections c = RedisConnections.create(redis.config())) {
            assertThat(c.ping()).isTrue();
            long t0 = System.nanoTime();
            redis.stop();
            long t1 = System.nanoTime();
            redis.start();
            long t2 = System.nanoTime();
            System.out.printf("stop %d ms start %d ms%n", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
        }
        try (RedisConnections c = RedisConnections.create(redis.config())) {
            assertThat(c.ping()).isTrue();
        }
    }
}
