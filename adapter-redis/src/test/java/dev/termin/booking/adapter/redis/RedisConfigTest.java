package dev.termin.booking.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termin.booking.adapter.redis.internal.RedisEndpoints;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** URL forms, defaults, validation and masking of {@link RedisConfig}. */
class RedisConfigTest {

    @Test
    void of_url_hasDocumentedDefaults() {
        RedisConfig c = RedisConfig.of("redis://localhost:6379");

        assertThat(c.poolMaxTotal()).isEqualTo(16);
        assertThat(c.connectTimeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(c.socketTimeout()).isEqualTo(Duration.ofMillis(250));
        assertThat(c.breakerFailureThreshold()).isEqualTo(5);
        assertThat(c.breakerOpenDelay()).isEqualTo(Duration.ofSeconds(2));
        assertThat(c.breakerSuccessThreshold()).isEqualTo(2);
        assertThat(c.keyPrefix()).isEqualTo("termin");
        assertThat(c.tls()).isFalse();
    }

    @Test
    void invalidUrls_areRejected_withoutEchoingThePassword() {
        assertThatThrownBy(() -> RedisConfig.of("http://localhost:6379"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RedisConfig.of("redis:///0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RedisConfig.of("redis://localhost:6379/db"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RedisConfig.of("redis://:p w^d@host:6379"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("p w^d");
    }

    @Test
    void toString_masksThePassword() {
        RedisConfig c = RedisConfig.of("redis://app:s3cret@localhost:6379/0");

        assertThat(c.toString()).doesNotContain("s3cret").contains("redis://***@localhost:6379/0");
        assertThat(c.redactedUrl()).isEqualTo("redis://***@localhost:6379/0");
    }

    @Test
    void invalidNumbersOrPrefix_areRejected() {
        RedisConfig c = RedisConfig.of("redis://localhost");
        assertThatThrownBy(() -> c.withPoolMaxTotal(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> c.withTimeouts(Duration.ZERO, Duration.ofMillis(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> c.withBreaker(0, Duration.ofSeconds(1), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> c.withKeyPrefix("a:b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> c.withKeyPrefix("a*")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void clusterUrl_namesSeedNodes_withDefaultPort_andTls() {
        RedisConfig c = RedisConfig.of("redis-cluster://:s3cret@h1:7000,h2,10.0.0.3:7002");
        RedisEndpoints e = RedisEndpoints.parse(c.url());

        assertThat(c.topology()).isEqualTo(RedisConfig.Topology.CLUSTER);
        assertThat(e.hosts()).containsExactly(new RedisEndpoints.Host("h1", 7000),
                new RedisEndpoints.Host("h2", 6379), new RedisEndpoints.Host("10.0.0.3", 7002));
        assertThat(e.password()).isEqualTo("s3cret");
        assertThat(e.user()).isNull();
        assertThat(c.tls()).isFalse();
        assertThat(RedisConfig.of("rediss-cluster://h1:7000").tls()).isTrue();
    }

    @Test
    void sentinelUrl_namesSentinels_database_andPrimary() {
        RedisConfig c = RedisConfig.of("redis-sentinel://app:s3cret@s1,s2:26380/2#mymaster");
        RedisEndpoints e = RedisEndpoints.parse(c.url());

        assertThat(c.topology()).isEqualTo(RedisConfig.Topology.SENTINEL);
        assertThat(e.hosts()).containsExactly(new RedisEndpoints.Host("s1", 26379),
                new RedisEndpoints.Host("s2", 26380));
        assertThat(e.user()).isEqualTo("app");
        assertThat(e.password()).isEqualTo("s3cret");
        assertThat(e.database()).isEqualTo(2);
        assertThat(e.primary()).isEqualTo("mymaster");
    }

    @Test
    void plainUrl_isOneServer() {
        RedisConfig c = RedisConfig.of("rediss://:p%40ss@redis.internal:6380/1");
        RedisEndpoints e = RedisEndpoints.parse(c.url());

        assertThat(c.topology()).isEqualTo(RedisConfig.Topology.STANDALONE);
        assertThat(e.hosts()).containsExactly(new RedisEndpoints.Host("redis.internal", 6380));
        assertThat(e.password()).isEqualTo("p@ss");
        assertThat(e.database()).isEqualTo(1);
        assertThat(c.tls()).isTrue();
    }

    @Test
    void malformedClusterOrSentinelUrls_areRejected_withoutEchoingThePassword() {
        for (String url : new String[] {
                "redis-sentinel://:s3cret@s1:26379,s2:26379", // no primary
                "redis-sentinel://:s3cret@s1:26379#a/b", // invalid primary name
                "redis-sentinel://:s3cret@s1:26379,s2:26380/mymaster", // the path is the database
                "redis-cluster://:s3cret@h1:7000,h2:7001/3", // a cluster has database 0 only
                "redis://:s3cret@h1:6379,h2:6379", // several hosts, but one server
                "redis://:s3cret@h1:6379#mymaster", // a primary name outside Sentinel
                "redis-cluster://:s3cret@h1:7000,,h2:7001", // an empty host
                "redis-cluster://:s3cret@h1:70000", // no such port
                "redis-cluster://:s3cret@h1:7000?timeout=1", // no options
                "redis-cluster://s3cret@h1:7000", // a password needs its ':'
                "rediss-sentinel://:s3cret@s1#mymaster"}) { // TLS to sentinels is not supported
            assertThatThrownBy(() -> RedisConfig.of(url)).as(url)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("s3cret");
        }
    }

    @Test
    void toString_masksThePassword_ofClusterAndSentinelUrls() {
        assertThat(RedisConfig.of("redis-cluster://app:s3cret@h1:7000,h2:7001").redactedUrl())
                .isEqualTo("redis-cluster://***@h1:7000,h2:7001");
        assertThat(RedisConfig.of("redis-sentinel://:s3cret@s1,s2#mymaster").toString())
                .doesNotContain("s3cret").contains("redis-sentinel://***@s1,s2#mymaster");
    }
}
