package dev.termin.booking.adapter.calcom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The configuration records' defaults and checks, and the compact event type mapping. */
class CalComConfigTest {

    @Test
    void builder_withOnlyTenantAndKey_usesTheDefaults() {
        // when
        CalComConfig c = CalComConfig.builder(TenantId.of("acme"), " cal_live_abcdef123456 ").build();

        // then
        assertThat(c.tenant()).isEqualTo(TenantId.of("acme"));
        assertThat(c.account().baseUrl()).isEqualTo(URI.create("https://api.cal.com"));
        assertThat(c.account().apiKey()).isEqualTo("cal_live_abcdef123456");
        assertThat(c.account().username()).isEmpty();
        assertThat(c.account().callTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(c.eventTypes().isEmpty()).isTrue();
        assertThat(c.attendee()).isEqualTo(AttendeeDefaults.defaults());
        assertThat(c.attendee().timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(c.attendee().language()).isEqualTo("de");
        assertThat(c.retry()).isEqualTo(new CalComRetry(3, Duration.ofMillis(200), Duration.ofSeconds(5), 0.2,
                Duration.ofSeconds(10)));
        assertThat(c.breaker()).isEqualTo(new CalComBreaker(3, 2, Duration.ofSeconds(30)));
        assertThat(c.cache()).isEqualTo(new CalComCache(Duration.ofSeconds(30)));
    }

    @Test
    void toBuilder_keepsEveryValue() {
        // given
        CalComConfig c = CalComConfig.builder(TenantId.of("acme"), "cal_live_abcdef123456").username("salon")
                .fallbackAttendeeEmail("buchung@salon.example").maxRetries(5).busyCacheTtl(Duration.ZERO).build();

        // then
        assertThat(c.toBuilder().build()).isEqualTo(c);
    }

    @Test
    void account_rejectsABadUrl_aBlankKey_andANonPositiveTimeout() {
        TenantId acme = TenantId.of("acme");
        URI api = URI.create("https://api.cal.com");
        assertThatThrownBy(() -> new CalComAccount(acme, URI.create("ftp://x"), "k", Optional.empty(),
                Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseUrl");
        assertThatThrownBy(() -> new CalComAccount(acme, api, "  ", Optional.empty(), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("apiKey");
        assertThatThrownBy(() -> new CalComAccount(acme, api, "k", Optional.empty(), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("callTimeout");
        assertThat(new CalComAccount(acme, api, "k", Optional.of(" "), Duration.ofSeconds(1)).username()).isEmpty();
    }

    @Test
    void attendeeDefaults_rejectABlankLanguage_andAMalformedFallbackEmail() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        assertThatThrownBy(() -> new AttendeeDefaults(berlin, " ", Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("language");
        assertThatThrownBy(() -> new AttendeeDefaults(berlin, "de", Optional.of("buchung")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fallbackAttendeeEmail");
    }

    @Test
    void retry_rejectsValuesOutOfRange() {
        Duration s = Duration.ofSeconds(1);
        assertThatThrownBy(() -> new CalComRetry(11, s, s, 0.2, s)).hasMessageContaining("maxRetries");
        assertThatThrownBy(() -> new CalComRetry(-1, s, s, 0.2, s)).hasMessageContaining("maxRetries");
        assertThatThrownBy(() -> new CalComRetry(3, Duration.ZERO, s, 0.2, s)).hasMessageContaining("retryBaseDelay");
        assertThatThrownBy(() -> new CalComRetry(3, s, Duration.ofMillis(999), 0.2, s))
                .hasMessageContaining("retryMaxDelay");
        assertThatThrownBy(() -> new CalComRetry(3, s, s, 1.5, s)).hasMessageContaining("retryJitter");
        assertThatThrownBy(() -> new CalComRetry(3, s, s, Double.NaN, s)).hasMessageContaining("retryJitter");
        assertThatThrownBy(() -> new CalComRetry(3, s, s, 0.2, s.negated())).hasMessageContaining("maxRetryAfter");
        assertThat(new CalComRetry(0, s, s, 0, Duration.ZERO).maxRetries()).isZero();
    }

    @Test
    void breaker_rejectsThresholdsBelowOne_andANonPositiveDelay() {
        Duration s = Duration.ofSeconds(1);
        assertThatThrownBy(() -> new CalComBreaker(0, 1, s)).hasMessageContaining("breakerFailureThreshold");
        assertThatThrownBy(() -> new CalComBreaker(1, 0, s)).hasMessageContaining("breakerSuccessThreshold");
        assertThatThrownBy(() -> new CalComBreaker(1, 1, Duration.ZERO)).hasMessageContaining("breakerHalfOpenAfter");
    }

    @Test
    void cache_acceptsZero_andRejectsANegativeLifetime() {
        assertThat(new CalComCache(Duration.ZERO).busyTimesTtl()).isZero();
        assertThatThrownBy(() -> new CalComCache(Duration.ofSeconds(-1))).hasMessageContaining("busyCacheTtl");
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
}
