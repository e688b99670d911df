package dev.termin.booking.adapter.http.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termin.booking.application.settings.EngineSettings;
import dev.termin.booking.application.settings.EngineSettings.ExternalCalendarFallback;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The engine's variables. */
class EngineVariablesTest {

    @Test
    void theCalendarFallbackDefaultsToWarnAndCanBeSetToRefuse() {
        assertThat(EngineVariables.calendarFallback(Environment.of(Map.of())))
                .isEqualTo(ExternalCalendarFallback.WARN);
        assertThat(EngineVariables.calendarFallback(Environment.of(Map.of("TERMIN_CALENDAR_FALLBACK", " Refuse "))))
                .isEqualTo(ExternalCalendarFallback.REFUSE);
        assertThatThrownBy(() -> EngineVariables.calendarFallback(
                Environment.of(Map.of("TERMIN_CALENDAR_FALLBACK", "maybe"))))
                .hasMessageContaining("TERMIN_CALENDAR_FALLBACK")
                .hasMessage("TERMIN_CALENDAR_FALLBACK: must be 'warn' or 'refuse' (got 'maybe')");
    }

    @Test
    void otherwiseTheEngineDefaultsApply() {
        assertThat(EngineVariables.read(Environment.of(Map.of("TERMIN_CALENDAR_FALLBACK", "refuse"))))
                .isEqualTo(EngineSettings.defaults().withExternalCalendarFallback(ExternalCalendarFallback.REFUSE));
    }
}
