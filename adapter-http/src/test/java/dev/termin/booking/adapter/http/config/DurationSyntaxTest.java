package dev.termin.booking.adapter.http.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one duration syntax of every duration variable: short form or ISO-8601. */
class DurationSyntaxTest {

    @Test
    void shortForms_acceptMillisecondsSecondsMinutesAndHours() {
        assertThat(DurationSyntax.parse("250ms")).isEqualTo(Duration.ofMillis(250));
        assertThat(DurationSyntax.parse("10s")).isEqualTo(Duration.ofSeconds(10));
        assertThat(DurationSyntax.parse("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(DurationSyntax.parse("1h")).isEqualTo(Duration.ofHours(1));
        assertThat(DurationSyntax.parse(" 0s ")).isZero();
        assertThat(DurationSyntax.parse("5 S")).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void isoForms_areAcceptedInAnyCase() {
        assertThat(DurationSyntax.parse("PT30S")).isEqualTo(Duration.ofSeconds(30));
        assertThat(DurationSyntax.parse("pt1m")).isEqualTo(Duration.ofMinutes(1));
        assertThat(DurationSyntax.parse("PT1M30S")).isEqualTo(Duration.ofSeconds(90));
        assertThat(DurationSyntax.parse("PT0.5S")).isEqualTo(Duration.ofMillis(500));
    }

    @ParameterizedTest
    @ValueSource(strings = {"soon", "10", "10 sec", "1d", "-5s", "PT", "1.5s", "10s10s"})
    void malformedText_isRefused_namingTheAcceptedForms(String text) {
        assertThatThrownBy(() -> DurationSyntax.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("must be a duration such as 500ms, 10s, 2m, 1h or ISO-8601 such as PT10S (got '"
                        + text + "')");
    }

    @Test
    void aNegativeIsoDuration_isRefused() {
        assertThatThrownBy(() -> DurationSyntax.parse("PT-5S")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("must not be negative (got 'PT-5S')");
    }
}
