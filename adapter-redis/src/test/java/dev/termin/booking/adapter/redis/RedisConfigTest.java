package dev.termin.booking.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

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
}
