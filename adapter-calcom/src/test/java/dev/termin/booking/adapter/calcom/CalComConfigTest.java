package dev.termin.booking.adapter.calcom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termin.booking.adapter.calcom.internal.Durations;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Configuration from the environment, its defaults, and the compact event type mapping. */
class CalComConfigTest {

    @Test
    void fromEnv_withOnlyTenantAndKey_usesTheDefaults() {
        // when
        CalComConfig c = CalComConfig.fromEnv(Map.of("TERMIN_CALCOM_TENANT", "acme",
                "TERMIN_CALCOM_API_KEY", "cal_live_abcdef123456"));

        // then
        assertThat(c.tenant()).isEqualTo(TenantId.of("acme"));
        assertThat(c.baseUrl()).isEqualTo(URI.create("https://api.cal.com"));
        assertThat(c.apiKey()).isEqualTo("cal_live_abcdef123456");
        assertThat(c.eventTypes().isEmpty()).isTrue();
        assertThat(c.username()).isEmpty();
        assertThat(c.attendeeTimeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(c.attendeeLanguage()).isEqualTo("de");
        assertThat(c.fallbackAttendeeEmail()).isEmpty();
        assertThat(c.callTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(c.maxRetries()).isEqualTo(3);
        assertThat(c.retryBaseDelay()).isEqualTo(Duration.ofMillis(200));
        assertThat(c.retryMaxDelay()).isEqualTo(Duration.ofSeconds(5));
        assertThat(c.retryJitter()).isEqualTo(0.2);
        assertThat(c.maxRetryAfter()).isEqualTo(Duration.ofSeconds(10));
        assertThat(c.breakerFailureThreshold()).isEqualTo(3);
        assertThat(c.breakerSuccessThreshold()).isEqualTo(2);
        assertThat(c.breakerHalfOpenAfter()).isEqualTo(Duration.ofSeconds(30));
        assertThat(c.busyCacheTtl()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void fromEnv_readsEveryVariable() {
        // when
        CalComConfig c = CalComConfig.fromEnv(Map.ofEntries(
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
        assertThat(c.baseUrl()).isEqualTo(URI.create("https://cal.example.com/api"));
        assertThat(c.eventTypes().eventTypeFor(ServiceId.of("cut"), StaffId.of("maria"))).contains(300L);
        assertThat(c.username()).contains("salon");
        assertThat(c.attendeeTimeZone()).isEqualTo(ZoneId.of("Europe/Vienna"));
        assertThat(c.attendeeLanguage()).isEqualTo("en");
        assertThat(c.fallbackAttendeeEmail()).contains("buchung@salon.example");
        assertThat(c.callTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(c.maxRetries()).isEqualTo(5);
        assertThat(c.retryBaseDelay()).isEqualTo(Duration.ofMillis(100));
        assertThat(c.retryMaxDelay()).isEqualTo(Duration.ofSeconds(2));
        assertThat(c.retryJitter()).isEqualTo(0.5);
        assertThat(c.maxRetryAfter()).isEqualTo(Duration.ofSeconds(30));
        assertThat(c.breakerFailureThreshold()).isEqualTo(5);
        assertThat(c.breakerSuccessThreshold()).isEqualTo(3);
        assertThat(c.breakerHalfOpenAfter()).isEqualTo(Duration.ofMinutes(1));
        assertThat(c.busyCacheTtl()).isZero();
    }

    @Test
    void fromEnv_withoutTheKey_namesTheMissingVariable() {
        assertThatThrownBy(() -> CalComConfig.fromEnv(Map.of("TERMIN_CALCOM_TENANT", "acme")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TERMIN_CALCOM_API_KEY");
    }

    @Test
    void fromEnv_withAMalformedValue_namesTheVariable() {
        assertThatThrownBy(() -> CalComConfig.fromEnv(Map.of("TERMIN_CALCOM_TENANT", "acme",
                "TERMIN_CALCOM_API_KEY", "k", "TERMIN_CALCOM_CALL_TIMEOUT", "soon")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TERMIN_CALCOM_CALL_TIMEOUT");
        assertThatThrownBy(() -> CalComConfig.fromEnv(Map.of("TERMIN_CALCOM_TENANT", "acme",
                "TERMIN_CALCOM_API_KEY", "k", "TERMIN_CALCOM_BASE_URL", "ftp://x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseUrl");
    }

    @Test
    void toString_hidesTheApiKey() {
        CalComConfig c = CalComConfig.builder(TenantId.of("acme"), "cal_live_supersecret42").build();

        assertThat(c.toString()).doesNotContain("supersecret").contains("cal_");
    }

    @Test
    void mapping_resolvesServiceAndStaff_thenService_thenStaff() {
        // given
        EventTypeMapping m = EventTypeMapping.parse(
                " staff:maria=101@maria ; staff:emma=@emma\nservice:cut=300, service:cut/maria=301; service:colour/emma=401");
        StaffId maria = StaffId.of("maria");
        StaffId emma = StaffId.of("emma");

        // then
        assertThat(m.eventTypeFor(ServiceId.of("cut"), maria)).contains(301L);
        assertThat(m.eventTypeFor(ServiceId.of("cut"), emma)).contains(300L);
        assertThat(m.eventTypeFor(ServiceId.of("perm"), maria)).contains(101L);
        assertThat(m.eventTypeFor(ServiceId.of("perm"), emma)).isEmpty();
        assertThat(m.username(emma)).contains("emma");
        assertThat(m.ownEventTypes(maria)).containsExactlyInAnyOrder(101L, 301L);
        assertThat(m.ownEventTypes(emma)).containsExactly(401L);
        assertThat(m.sharedEventTypes()).isEqualTo(Set.of(300L));
        assertThat(EventTypeMapping.parse(m.toCompactString())).isEqualTo(m);
        assertThat(EventTypeMapping.parse("")).isEqualTo(EventTypeMapping.empty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"staff:maria", "staff:maria=abc", "staff:maria=0", "room:1=2", "service:c u t=1",
        "staff:maria=1;staff:maria=2", "staff:maria=", "service:cut/=3"})
    void mapping_rejectsMalformedEntries(String compact) {
        assertThatThrownBy(() -> EventTypeMapping.parse(compact)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void durations_acceptShortAndIsoForms() {
        assertThat(Durations.parse("250ms")).isEqualTo(Duration.ofMillis(250));
        assertThat(Durations.parse("10s")).isEqualTo(Duration.ofSeconds(10));
        assertThat(Durations.parse("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(Durations.parse("1h")).isEqualTo(Duration.ofHours(1));
        assertThat(Durations.parse("PT30S")).isEqualTo(Duration.ofSeconds(30));
        assertThat(Durations.parse("pt1m")).isEqualTo(Duration.ofMinutes(1));
    }
}
