package dev.termin.booking.application.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termin.booking.application.settings.EngineSettings.ExternalCalendarFallback;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class EngineSettingsTest {

    @Test
    void theDefaults_areTheOnesTheJavadocStates() {
        EngineSettings d = EngineSettings.defaults();

        assertThat(d).isEqualTo(new EngineSettings(ExternalCalendarFallback.WARN, Duration.ofSeconds(5),
                Duration.ofSeconds(1), Duration.ofHours(24), Duration.ofSeconds(60), 14, "49", 5,
                Duration.ofSeconds(30), Duration.ofMinutes(30)));
        assertThat(EngineSettings.builder().build()).isEqualTo(d);
    }

    @Test
    void aBuilder_changesOnlyWhatIsSet_andWithersKeepTheRest() {
        EngineSettings s = EngineSettings.builder().lockWait(Duration.ofMillis(500)).alternativesMaxDays(30)
                .build();
        EngineSettings refusing = s.withExternalCalendarFallback(ExternalCalendarFallback.REFUSE);

        assertThat(s.lockWait()).isEqualTo(Duration.ofMillis(500));
        assertThat(s.alternativesMaxDays()).isEqualTo(30);
        assertThat(s.lockTtl()).isEqualTo(Duration.ofSeconds(5));
        assertThat(refusing.externalCalendarFallback()).isEqualTo(ExternalCalendarFallback.REFUSE);
        assertThat(refusing.toBuilder().externalCalendarFallback(ExternalCalendarFallback.WARN).build()).isEqualTo(s);
        assertThat(s.withSyncRetry(3, Duration.ofSeconds(1), Duration.ofSeconds(8)).syncMaxAttempts()).isEqualTo(3);
    }

    @Test
    void anOutOfRangeValue_isRefusedWhenBuilt() {
        assertThatThrownBy(() -> EngineSettings.builder().alternativesMaxDays(61).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("alternativesMaxDays");
        assertThatThrownBy(() -> EngineSettings.builder().defaultCountryCode("049").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("defaultCountryCode");
        assertThatThrownBy(() -> EngineSettings.builder().lockTtl(null).build())
                .isInstanceOf(NullPointerException.class);
    }
}
