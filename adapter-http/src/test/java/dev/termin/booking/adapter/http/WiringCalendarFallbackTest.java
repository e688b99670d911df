package dev.termin.booking.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termin.booking.application.settings.EngineSettings.ExternalCalendarFallback;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WiringCalendarFallbackTest {

    @Test
    void theCalendarFallbackDefaultsToWarnAndCanBeSetToRefuse() {
        assertThat(Wiring.calendarFallback(Map.of())).isEqualTo(ExternalCalendarFallback.WARN);
        assertThat(Wiring.calendarFallback(Map.of("TERMIN_CALENDAR_FALLBACK", " Refuse ")))
                .isEqualTo(ExternalCalendarFallback.REFUSE);
        assertThatThrownBy(() -> Wiring.calendarFallback(Map.of("TERMIN_CALENDAR_FALLBACK", "maybe")))
                .hasMessageContaining("TERMIN_CALENDAR_FALLBACK");
    }
}
