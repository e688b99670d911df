package dev.termin.booking.adapter.http.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termin.booking.adapter.calcom.CalComConfig;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One tenant's Cal.com configuration from the {@code TERMIN_CALCOM_*} variables. */
class CalComVariablesTest {

    private static CalComConfig fromEnv(Map<String, String> env) {
        return CalComVariables.read(Environment.of(env));
    }

    @Test
    void fromEnv_withOnlyTenantAndKey_usesTheDefaults() {
        // when
        CalComConfig c = fromEnv(Map.of("TERMIN_CALCOM_TENANT", "acme",
                "TERMIN_CALCOM_API_KEY", "cal_live_abcdef123456"));

        // then
        assertThat(c.tenant()).isEqualTo(TenantId.of("acme"));
        assertThat(c.account().baseUrl()).isEqualTo(URI.create("https://api.cal.com"));
        assertThat(c.account().apiKey()).isEqualTo("cal_live_abcdef123456");
        assertThat(c.eventTypes().isEmpty()).isTrue();
        assertThat(c.account().username()).isEmpty();
        assertThat(c.attendee().timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(c.attendee().language()).isEqualTo("de");
        assertThat(c.attendee().fallbackEmail()).isEmpty();
        assertThat(c.account().callTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(c.retry().maxRetries()).isEqualTo(3);
        assertThat(c.retry().baseDelay()).isEqualTo(Duration.ofMillis(200));
        assertThat(c.retry().maxDelay()).isEqualTo(Duration.ofSeconds(5));
        assertThat(c.retry().jitter()).isEqualTo(0.2);
        assertThat(c.retry().maxRetryAfter()).isEqualTo(Duration.ofSeconds(10));
        assertThat(c.breaker().failureThreshold()).isEqualTo(3);
        assertThat(c.breaker().successThreshold()).isEqualTo(2);
        assertThat(c.breaker().halfOpenAfter()).isEqualTo(Duration.ofSeconds(30));
        assertThat(c.cache().busyTimesTtl()).isEqualTo(Duration.ofSeconds(30));
        assertThat(c).isEqualTo(CalComConfig.builder(TenantId.of("acme"), "cal_live_abcdef123456").build());
    }

    @Test
    void fromEnv_readsEveryVariable() {
        // when
        CalComConfig c = fromEnv(Map.ofEntries(
                Map.entry("TERMIN_CALCOM_TENANT", "acme"),
                Map.entry("TERMIN_CALCOM_API_KEY", "cal_live_abcdef123456"),
                Map.entry("TERMIN_CALCOM_BASE_URL", "https://cal.example.com/api"),
                Map.entry("TERMIN_CALCOM_EVENT_TYPES", "staff:maria=101@maria;service:cut=300"),
                Map.entry("TERMIN_CALCOM_USERNAME", "salon"),
                Map.entry("TERMIN_CALCOM_TIME_ZONE", "Europe/Vienna"),
                Map.entry("TERMIN_CALCOM_LANGUAGE", "en"),
                Map.entry("TERMIN_CALCOM_FALLBACK_EMAIL", "buchung@salon.example"),
                Map.entry("TERMIN_CALCOM_CALL_TIMEOUT", "5s"),
                Map.entry("TERMIN_CALCOM_MAX_RETRIES", "5"),
                Map.entry("TERMIN_CALCOM_RETRY_BASE_DELAY", "100ms"),
                Map.entry("TERMIN_CALCOM_RETRY_MAX_DELAY", "PT2S"),
                Map.entry("TERMIN_CALCOM_RETRY_JITTER", "0.5"),
                Map.entry("TERMIN_CALCOM_MAX_RETRY_AFTER", "30s"),
                Map.entry("TERMIN_CALCOM_BREAKER_FAILURES", "5"),
                Map.entry("TERMIN_CALCOM_BREAKER_SUCCESSES", "3"),
                Map.entry("TERMIN_CALCOM_BREAKER_HALF_OPEN_AFTER", "1m"),
                Map.entry("TERMIN_CALCOM_BUSY_CACHE_TTL", "0s")));

        // then
        assertThat(c.account().baseUrl()).isEqualTo(URI.create("https://cal.example.com/api"));
        assertThat(c.eventTypes().eventTypeFor(ServiceId.of("cut"), StaffId.of("maria"))).contains(300L);
        assertThat(c.account().username()).contains("salon");
        assertThat(c.attendee().timeZone()).isEqualTo(ZoneId.of("Europe/Vienna"));
        assertThat(c.attendee().language()).isEqualTo("en");
        assertThat(c.attendee().fallbackEmail()).contains("buchung@salon.example");
        assertThat(c.account().callTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(c.retry().maxRetries()).isEqualTo(5);
        assertThat(c.retry().baseDelay()).isEqualTo(Duration.ofMillis(100));
        assertThat(c.retry().maxDelay()).isEqualTo(Duration.ofSeconds(2));
        assertThat(c.retry().jitter()).isEqualTo(0.5);
        assertThat(c.retry().maxRetryAfter()).isEqualTo(Duration.ofSeconds(30));
        assertThat(c.breaker().failureThreshold()).isEqualTo(5);
        assertThat(c.breaker().successThreshold()).isEqualTo(3);
        assertThat(c.breaker().halfOpenAfter()).isEqualTo(Duration.ofMinutes(1));
        assertThat(c.cache().busyTimesTtl()).isZero();
    }

    @Test
    void fromEnv_withABaseDelayAboveTheDefaultCap_raisesTheCap() {
        CalComConfig c = fromEnv(Map.of("TERMIN_CALCOM_TENANT", "acme", "TERMIN_CALCOM_API_KEY", "k",
                "TERMIN_CALCOM_RETRY_BASE_DELAY", "8s"));

        assertThat(c.retry().maxDelay()).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void fromEnv_withoutTheKey_namesTheMissingVariable() {
        assertThatThrownBy(() -> fromEnv(Map.of("TERMIN_CALCOM_TENANT", "acme")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TERMIN_CALCOM_API_KEY");
    }

    @Test
    void fromEnv_withAMalformedValue_namesTheVariable() {
        assertThatThrownBy(() -> fromEnv(Map.of("TERMIN_CALCOM_TENANT", "acme",
                "TERMIN_CALCOM_API_KEY", "k", "TERMIN_CALCOM_CALL_TIMEOUT", "soon")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TERMIN_CALCOM_CALL_TIMEOUT");
        assertThatThrownBy(() -> fromEnv(Map.of("TERMIN_CALCOM_TENANT", "acme",
                "TERMIN_CALCOM_API_KEY", "k", "TERMIN_CALCOM_BASE_URL", "ftp://x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseUrl");
    }

    @Test
    void everyBadValue_isOneLineNamingItsVariable() {
        Map<String, String> bad = Map.of(
                "TERMIN_CALCOM_BASE_URL", "ftp://x",
                "TERMIN_CALCOM_EVENT_TYPES", "room:1=2",
                "TERMIN_CALCOM_TIME_ZONE", "Mars/Olympus",
                "TERMIN_CALCOM_FALLBACK_EMAIL", "buchung",
                "TERMIN_CALCOM_MAX_RETRIES", "11",
                "TERMIN_CALCOM_RETRY_MAX_DELAY", "100ms",
                "TERMIN_CALCOM_RETRY_JITTER", "2",
                "TERMIN_CALCOM_BREAKER_FAILURES", "0",
                "TERMIN_CALCOM_BREAKER_HALF_OPEN_AFTER", "0s",
                "TERMIN_CALCOM_BUSY_CACHE_TTL", "-1s");
        bad.forEach((name, value) -> assertThatThrownBy(() -> fromEnv(Map.of("TERMIN_CALCOM_TENANT", "acme",
                "TERMIN_CALCOM_API_KEY", "k", name, value)))
                .isInstanceOf(InvalidSettingException.class).hasMessageStartingWith(name + ": ")
                .hasMessageNotContaining("\n"));
        assertThatThrownBy(() -> fromEnv(Map.of("TERMIN_CALCOM_API_KEY", "k")))
                .hasMessage("TERMIN_CALCOM_TENANT: is required for Cal.com");
    }

    @Test
    void withoutAnApiKey_calComIsNotConfigured() {
        assertThat(CalComVariables.readIfConfigured(Environment.of(Map.of("TERMIN_CALCOM_TENANT", "acme"))))
                .isEmpty();
    }
}
