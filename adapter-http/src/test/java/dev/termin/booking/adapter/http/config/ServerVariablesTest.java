package dev.termin.booking.adapter.http.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The HTTP server's variables, the deprecated millisecond aliases, and the record's own checks. */
class ServerVariablesTest {

    private static ServerSettings read(Map<String, String> env) {
        return ServerVariables.read(Environment.of(env));
    }

    @Test
    void withoutVariables_theDefaultsApply() {
        assertThat(read(Map.of())).isEqualTo(ServerSettings.defaults());
    }

    @Test
    void everyVariableIsRead_durationsInTheOneSyntax() {
        ServerSettings s = read(Map.of("TERMIN_HOST", "127.0.0.1", "TERMIN_PORT", "9090",
                "TERMIN_MAX_BODY_BYTES", "2048", "TERMIN_RATE_LIMIT_PER_MINUTE", "5",
                "TERMIN_WORKER_INTERVAL", "250ms", "TERMIN_DRAIN_TIMEOUT", "PT30S"));

        assertThat(s).isEqualTo(new ServerSettings("127.0.0.1", 9090, 2048, 5, Duration.ofMillis(250),
                Duration.ofSeconds(30), true));
    }

    @Test
    void theOldMillisecondVariables_stillWork() {
        ServerSettings s = read(Map.of("TERMIN_WORKER_INTERVAL_MS", "500", "TERMIN_DRAIN_TIMEOUT_MS", "2000"));

        assertThat(s.workerInterval()).isEqualTo(Duration.ofMillis(500));
        assertThat(s.drainTimeout()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void badValues_nameTheVariable() {
        assertThatThrownBy(() -> read(Map.of("TERMIN_PORT", "70000")))
                .hasMessage("TERMIN_PORT: must be 0 to 65535 (got 70000)");
        assertThatThrownBy(() -> read(Map.of("TERMIN_MAX_BODY_BYTES", "10")))
                .hasMessage("TERMIN_MAX_BODY_BYTES: must be 1024 to 16777216 (got 10)");
        assertThatThrownBy(() -> read(Map.of("TERMIN_RATE_LIMIT_PER_MINUTE", "0")))
                .hasMessage("TERMIN_RATE_LIMIT_PER_MINUTE: must be at least 1 (got 0)");
        assertThatThrownBy(() -> read(Map.of("TERMIN_WORKER_INTERVAL", "5ms")))
                .hasMessage("TERMIN_WORKER_INTERVAL: must be at least 10ms (got 5ms)");
        assertThatThrownBy(() -> read(Map.of("TERMIN_DRAIN_TIMEOUT", "later")))
                .isInstanceOf(InvalidSettingException.class).hasMessageStartingWith("TERMIN_DRAIN_TIMEOUT: ");
    }

    @Test
    void theRecord_refusesValuesOutOfRange() {
        Duration s = Duration.ofSeconds(1);
        assertThatThrownBy(() -> new ServerSettings("h", -1, 2048, 1, s, s, true)).hasMessageContaining("'port'");
        assertThatThrownBy(() -> new ServerSettings("h", 1, 100, 1, s, s, true))
                .hasMessageContaining("'maxBodyBytes'");
        assertThatThrownBy(() -> new ServerSettings("h", 1, 2048, 0, s, s, true))
                .hasMessageContaining("'rateLimitPerMinute'");
        assertThatThrownBy(() -> new ServerSettings("h", 1, 2048, 1, Duration.ofMillis(9), s, true))
                .hasMessageContaining("'workerInterval'");
        assertThatThrownBy(() -> new ServerSettings("h", 1, 2048, 1, s, s.negated(), true))
                .hasMessageContaining("'drainTimeout'");
    }

    @Test
    void theDefaultRateLimit_isSizedForABookingPageSharedByItsVisitors() {
        assertThat(ServerSettings.defaults().rateLimitPerMinute()).isEqualTo(6000);
    }

    @Test
    void thePublicUrl_defaultsToLocalhostWithTheListeningPort_andIsChecked() {
        assertThat(read(Map.of()).publicAddress(8123)).isEqualTo(URI.create("http://localhost:8123"));
        assertThat(read(Map.of("TERMIN_PUBLIC_URL", "https://termin.example.com/")).publicAddress(8123))
                .isEqualTo(URI.create("https://termin.example.com"));
        assertThatThrownBy(() -> read(Map.of("TERMIN_PUBLIC_URL", "ftp://termin.example.com")))
                .isInstanceOf(InvalidSettingException.class).hasMessageStartingWith("TERMIN_PUBLIC_URL: ");
        assertThatThrownBy(() -> read(Map.of("TERMIN_PUBLIC_URL", "termin.example.com")))
                .isInstanceOf(InvalidSettingException.class).hasMessageStartingWith("TERMIN_PUBLIC_URL: ");
        assertThatThrownBy(() -> read(Map.of("TERMIN_PUBLIC_URL", "https://x.example/?a=b")))
                .isInstanceOf(InvalidSettingException.class).hasMessageStartingWith("TERMIN_PUBLIC_URL: ");
        assertThatThrownBy(() -> read(Map.of("TERMIN_PUBLIC_URL", "https://x.example/ a")))
                .isInstanceOf(InvalidSettingException.class).hasMessageStartingWith("TERMIN_PUBLIC_URL: ");
    }
}
