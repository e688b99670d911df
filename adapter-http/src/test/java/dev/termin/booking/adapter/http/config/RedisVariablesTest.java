package dev.termin.booking.adapter.http.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termin.booking.adapter.redis.RedisConfig;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Redis's variables: URL, pool size, and one timeout in the duration syntax or the deprecated milliseconds. */
class RedisVariablesTest {

    private static RedisConfig read(Map<String, String> env) {
        return RedisVariables.read(Environment.of(env)).orElseThrow();
    }

    @Test
    void withoutAUrl_redisIsNotUsed() {
        assertThat(RedisVariables.read(Environment.of(Map.of("TERMIN_REDIS_POOL_SIZE", "3")))).isEmpty();
    }

    @Test
    void urlPoolSizeAndTimeout_areRead() {
        RedisConfig c = read(Map.of("TERMIN_REDIS_URL", "rediss://:s3cret@redis.internal:6380/2",
                "TERMIN_REDIS_POOL_SIZE", "32", "TERMIN_REDIS_TIMEOUT", "100ms"));

        assertThat(c.url().getHost()).isEqualTo("redis.internal");
        assertThat(c.poolMaxTotal()).isEqualTo(32);
        assertThat(c.connectTimeout()).isEqualTo(Duration.ofMillis(100));
        assertThat(c.socketTimeout()).isEqualTo(Duration.ofMillis(100));
        assertThat(read(Map.of("TERMIN_REDIS_URL", "redis://h"))).isEqualTo(RedisConfig.of("redis://h"));
    }

    @Test
    void fromEnv_readsUrlPoolSizeAndTimeout() {
        RedisConfig c = read(Map.of(
                "TERMIN_REDIS_URL", "rediss://:s3cret@redis.internal:6380/2",
                "TERMIN_REDIS_POOL_SIZE", "32",
                "TERMIN_REDIS_TIMEOUT_MS", "100"));

        assertThat(c.url().getHost()).isEqualTo("redis.internal");
        assertThat(c.url().getPort()).isEqualTo(6380);
        assertThat(c.tls()).isTrue();
        assertThat(c.poolMaxTotal()).isEqualTo(32);
        assertThat(c.connectTimeout()).isEqualTo(Duration.ofMillis(100));
        assertThat(c.socketTimeout()).isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void fromEnv_withBadNumbers_isRejected() {
        assertThatThrownBy(() -> read(Map.of("TERMIN_REDIS_URL", "redis://h",
                "TERMIN_REDIS_POOL_SIZE", "many"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> read(Map.of("TERMIN_REDIS_URL", "redis://h",
                "TERMIN_REDIS_TIMEOUT_MS", "0"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theOldMillisecondTimeout_stillWorks() {
        assertThat(read(Map.of("TERMIN_REDIS_URL", "redis://h", "TERMIN_REDIS_TIMEOUT_MS", "100")).socketTimeout())
                .isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void badValues_nameTheVariable_withoutShowingThePassword() {
        assertThatThrownBy(() -> read(Map.of("TERMIN_REDIS_URL", "http://:s3cret@h")))
                .isInstanceOf(InvalidSettingException.class).hasMessageStartingWith("TERMIN_REDIS_URL: ")
                .hasMessageNotContaining("s3cret");
        assertThatThrownBy(() -> read(Map.of("TERMIN_REDIS_URL", "redis://h", "TERMIN_REDIS_POOL_SIZE", "many")))
                .hasMessage("TERMIN_REDIS_POOL_SIZE: must be a whole number (got 'many')");
        assertThatThrownBy(() -> read(Map.of("TERMIN_REDIS_URL", "redis://h", "TERMIN_REDIS_TIMEOUT_MS", "0")))
                .hasMessage("TERMIN_REDIS_TIMEOUT_MS: must be at least 1ms (got 0)");
        assertThatThrownBy(() -> read(Map.of("TERMIN_REDIS_URL", "redis://h", "TERMIN_REDIS_TIMEOUT", "30d")))
                .hasMessageStartingWith("TERMIN_REDIS_TIMEOUT: must be a duration");
    }

    @Test
    void clusterAndSentinelUrls_areRead_andAMalformedOne_isOneLineWithoutThePassword() {
        assertThat(read(Map.of("TERMIN_REDIS_URL", "redis-cluster://:s3cret@r0:6379,r1:6379,r2:6379")).topology())
                .isEqualTo(RedisConfig.Topology.CLUSTER);
        assertThat(read(Map.of("TERMIN_REDIS_URL", "redis-sentinel://s0:26379,s1:26379#termin")).topology())
                .isEqualTo(RedisConfig.Topology.SENTINEL);
        assertThatThrownBy(() -> read(Map.of("TERMIN_REDIS_URL", "redis-sentinel://:s3cret@s0:26379,s1:26379")))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("TERMIN_REDIS_URL: ").hasMessageContaining("#")
                .hasMessageNotContaining("s3cret").hasMessageNotContaining("\n");
    }
}
