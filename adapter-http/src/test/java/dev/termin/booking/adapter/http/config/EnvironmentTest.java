package dev.termin.booking.adapter.http.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Typed reading of variables: defaults for unset or blank ones, one clear message naming a malformed one. */
class EnvironmentTest {

    private static final Duration ONE_MS = Duration.ofMillis(1);

    @Test
    void unsetOrBlankVariables_keepTheirDefault() {
        Environment env = Environment.of(Map.of("TERMIN_A", "  "));

        assertThat(env.text("TERMIN_A")).isEmpty();
        assertThat(env.isSet("TERMIN_A")).isFalse();
        assertThat(env.whole("TERMIN_A", 7, 0, 10)).isEqualTo(7);
        assertThat(env.decimal("TERMIN_B", 0.5, 0, 1)).isEqualTo(0.5);
        assertThat(env.duration("TERMIN_B", Duration.ofSeconds(3), ONE_MS)).isEqualTo(Duration.ofSeconds(3));
        assertThat(env.rawOrEmpty("TERMIN_B")).isEmpty();
    }

    @Test
    void valuesAreStripped_exceptWhereTakenAsWritten() {
        Environment env = Environment.of(Map.of("TERMIN_A", " x ", "TERMIN_N", " 42 "));

        assertThat(env.text("TERMIN_A")).contains("x");
        assertThat(env.rawOrEmpty("TERMIN_A")).isEqualTo(" x ");
        assertThat(env.whole("TERMIN_N", 0, 0, 100)).isEqualTo(42);
    }

    @Test
    void aMissingRequiredVariable_saysWhyItIsNeeded() {
        assertThatThrownBy(() -> Environment.of(Map.of()).required("TERMIN_X", "for Cal.com"))
                .isInstanceOf(InvalidSettingException.class).hasMessage("TERMIN_X: is required for Cal.com")
                .extracting(e -> ((InvalidSettingException) e).variable()).isEqualTo("TERMIN_X");
    }

    @Test
    void aMalformedOrOutOfRangeNumber_namesTheVariableAndTheValue() {
        Environment env = Environment.of(Map.of("TERMIN_PORT", "http", "TERMIN_BIG", "70000", "TERMIN_LOW", "0",
                "TERMIN_J", "half", "TERMIN_K", "1.5"));

        assertThatThrownBy(() -> env.integer("TERMIN_PORT", 1, 0, 65535))
                .hasMessage("TERMIN_PORT: must be a whole number (got 'http')");
        assertThatThrownBy(() -> env.integer("TERMIN_BIG", 1, 0, 65535))
                .hasMessage("TERMIN_BIG: must be 0 to 65535 (got 70000)");
        assertThatThrownBy(() -> env.whole("TERMIN_LOW", 1, 1, Long.MAX_VALUE))
                .hasMessage("TERMIN_LOW: must be at least 1 (got 0)");
        assertThatThrownBy(() -> env.decimal("TERMIN_J", 0, 0, 1)).hasMessage("TERMIN_J: must be a number (got 'half')");
        assertThatThrownBy(() -> env.decimal("TERMIN_K", 0, 0, 1)).hasMessage("TERMIN_K: must be 0.0 to 1.0 (got 1.5)");
    }

    @Test
    void durations_acceptBothSyntaxes_andNameTheVariableWhenMalformedOrTooShort() {
        Environment env = Environment.of(Map.of("TERMIN_A", "500ms", "TERMIN_B", "PT2M", "TERMIN_C", "soon",
                "TERMIN_D", "0s", "TERMIN_E", "5ms"));

        assertThat(env.duration("TERMIN_A", Duration.ZERO, ONE_MS)).isEqualTo(Duration.ofMillis(500));
        assertThat(env.duration("TERMIN_B", Duration.ZERO, ONE_MS)).isEqualTo(Duration.ofMinutes(2));
        assertThatThrownBy(() -> env.duration("TERMIN_C", Duration.ZERO, ONE_MS)).hasMessage(
                "TERMIN_C: must be a duration such as 500ms, 10s, 2m, 1h or ISO-8601 such as PT10S (got 'soon')");
        assertThatThrownBy(() -> env.duration("TERMIN_D", Duration.ofSeconds(1), Environment.POSITIVE))
                .hasMessage("TERMIN_D: must be positive (got 0s)");
        assertThatThrownBy(() -> env.duration("TERMIN_E", Duration.ofSeconds(1), Duration.ofMillis(10)))
                .hasMessage("TERMIN_E: must be at least 10ms (got 5ms)");
    }

    @Test
    void theDeprecatedMillisecondsAlias_isReadAsMilliseconds_andCannotBeCombinedWithTheNewName() {
        Duration fallback = Duration.ofSeconds(1);

        assertThat(Environment.of(Map.of("TERMIN_T_MS", "2000")).duration("TERMIN_T", "TERMIN_T_MS", fallback,
                Duration.ZERO)).isEqualTo(Duration.ofSeconds(2));
        assertThat(Environment.of(Map.of("TERMIN_T", "3s")).duration("TERMIN_T", "TERMIN_T_MS", fallback,
                Duration.ZERO)).isEqualTo(Duration.ofSeconds(3));
        assertThat(Environment.of(Map.of()).duration("TERMIN_T", "TERMIN_T_MS", fallback, Duration.ZERO))
                .isEqualTo(fallback);
        assertThatThrownBy(() -> Environment.of(Map.of("TERMIN_T_MS", "2s")).duration("TERMIN_T", "TERMIN_T_MS",
                fallback, Duration.ZERO)).hasMessage("TERMIN_T_MS: must be a whole number (got '2s')");
        assertThatThrownBy(() -> Environment.of(Map.of("TERMIN_T_MS", "5")).duration("TERMIN_T", "TERMIN_T_MS",
                fallback, Duration.ofMillis(10))).hasMessage("TERMIN_T_MS: must be at least 10ms (got 5)");
        assertThatThrownBy(() -> Environment.of(Map.of("TERMIN_T", "1s", "TERMIN_T_MS", "5")).duration("TERMIN_T",
                "TERMIN_T_MS", fallback, Duration.ZERO))
                .hasMessage("TERMIN_T_MS: set either TERMIN_T or its deprecated alias TERMIN_T_MS, not both");
    }

    @Test
    void check_namesTheVariableInARecordsRefusal() {
        Environment env = Environment.of(Map.of());

        assertThatThrownBy(() -> env.check("TERMIN_X", () -> {
            throw new IllegalArgumentException("'port' must be 0 to 65535");
        })).isInstanceOf(InvalidSettingException.class).hasMessage("TERMIN_X: 'port' must be 0 to 65535");
        assertThat(env.check("TERMIN_X", () -> 1)).isEqualTo(1);
    }
}
