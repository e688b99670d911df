package dev.termin.booking.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.termin.booking.application.port.out.LockKey;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;
import redis.embedded.RedisServer;

/** The URL's password and database number reach the server. */
class RedisUrlTest {

    private static final Duration TTL = Duration.ofSeconds(10);

    @Test
    void databaseNumber_inUrl_selectsThatDatabase() {
        assumeTrue(TestRedis.get().isEmbedded(), "uses database 3 of the embedded server");
        LockKey key = new LockKey(TenantId.of(TestRedis.unique("salon")), StaffId.of("maria"));
        try (RedisConnections db3 = RedisConnections.create(
                RedisConfig.of(TestRedis.get().url() + "/3"))) {
            db3.slotLocks().tryAcquire(key, "call-1", TTL).orElseThrow();
        }
        try (Jedis jedis = new Jedis(URI.create(TestRedis.get().url() + "/3"));
                Jedis db0 = new Jedis(URI.create(TestRedis.get().url() + "/0"))) {
            String redisKey = "termin:{" + key.tenant().value() + "}:lock:" + key.staff().value();
            assertThat(jedis.get(redisKey)).isEqualTo("call-1");
            assertThat(db0.exists(redisKey)).isFalse();
        }
    }

    @Test
    void password_inUrl_authenticates_andWrongPassword_isUnavailable() throws IOException {
        assumeTrue(TestRedis.get().isEmbedded(), "starts a second embedded server with a password");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        RedisServer secured = RedisServer.newRedisServer().port(port).setting("bind 127.0.0.1")
                .setting("save \"\"").setting("requirepass s3cret").build();
        secured.start();
        try {
            try (RedisConnections ok = RedisConnections.create(RedisConfig.of("redis://:s3cret@127.0.0.1:" + port))) {
                assertThat(ok.ping()).isTrue();
                assertThat(ok.rateLimiter(10, Duration.ofMinutes(1)).tryAcquire("k", java.time.Instant.now()))
                        .isNotNull();
            }
            try (RedisConnections wrong = RedisConnections.create(
                    RedisConfig.of("redis://:wrong@127.0.0.1:" + port))) {
                assertThatThrownBy(() -> wrong.idempotencyStore().release(TenantId.of("salon-1"), "k"))
                        .isInstanceOf(RedisUnavailableException.class)
                        .hasMessageNotContaining("wrong@");
            }
        } finally {
            secured.stop();
        }
    }
}
