package dev.termin.booking.domain.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SyncValuesTest {

    private static final Duration H1 = Duration.ofHours(1);
    private static final Duration H24 = Duration.ofHours(24);

    @Test
    void givenTheDefaultThresholds_theyMatchTheBrief() {
        SyncHealthThresholds d = SyncHealthThresholds.DEFAULTS;

        assertThat(d.window()).isEqualTo(H24);
        assertThat(d.stalePendingAfter()).isEqualTo(H1);
        assertThat(d.ancientFailureAfter()).isEqualTo(H24);
        assertThat(d.degradedBelowSuccessRate()).isEqualTo(0.95);
        assertThat(d.criticalBelowSuccessRate()).isEqualTo(0.80);
        assertThat(d.minAttemptsForSuccessRate()).isEqualTo(5);
        assertThat(d.openCircuitWithPendingIsCritical()).isTrue();
    }

    @Test
    void givenACriticalThresholdAboveTheDegradedOne_thresholdsAreRefused() {
        assertThatThrownBy(() -> new SyncHealthThresholds(H24, H1, H24, 0.8, 0.9, 5, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("criticalBelowSuccessRate");
    }

    @Test
    void givenARateOutsideZeroToOne_thresholdsAreRefused() {
        assertThatThrownBy(() -> new SyncHealthThresholds(H24, H1, H24, 1.1, 0.8, 5, true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SyncHealthThresholds(H24, H1, H24, Double.NaN, 0.8, 5, true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SyncHealthThresholds(H24, H1, H24, 0.95, -0.1, 5, true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenZeroDurationsOrNoMinimumSample_thresholdsAreRefused() {
        assertThatThrownBy(() -> new SyncHealthThresholds(Duration.ZERO, H1, H24, 0.95, 0.8, 5, true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SyncHealthThresholds(H24, Duration.ZERO, H24, 0.95, 0.8, 5, true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SyncHealthThresholds(H24, H1, H1.negated(), 0.95, 0.8, 5, true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SyncHealthThresholds(H24, H1, H24, 0.95, 0.8, 0, true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenMoreThanFiftyIds_ofListsTheFirstFiftyAndCountsAll() {
        List<String> ids = IntStream.range(0, 51).mapToObj(i -> "a" + i).toList();

        SyncAlert alert = SyncAlert.of(AlertSeverity.WARNING, "stale_pending", "m", "s", ids);

        assertThat(alert.appointmentIds()).hasSize(50).startsWith("a0").endsWith("a49");
        assertThat(alert.totalAppointments()).isEqualTo(51);
        assertThat(alert.isTruncated()).isTrue();
    }

    @Test
    void givenExactlyFiftyIds_ofListsAllAndIsNotTruncated() {
        List<String> ids = IntStream.range(0, 50).mapToObj(i -> "a" + i).toList();

        SyncAlert alert = SyncAlert.of(AlertSeverity.WARNING, "stale_pending", "m", "s", ids);

        assertThat(alert.appointmentIds()).hasSize(50);
        assertThat(alert.isTruncated()).isFalse();
    }

    @Test
    void givenAnInvalidAlert_itIsRefused() {
        assertThatThrownBy(() -> new SyncAlert(AlertSeverity.INFO, "Stale-Pending", "m", "s", List.of(), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SyncAlert(AlertSeverity.INFO, "x", " ", "s", List.of(), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SyncAlert(AlertSeverity.INFO, "x", "m", "s", List.of("a", "b"), 1))
                .isInstanceOf(IllegalArgumentException.class);
        List<String> tooMany = IntStream.range(0, 51).mapToObj(i -> "a" + i).toList();
        assertThatThrownBy(() -> new SyncAlert(AlertSeverity.INFO, "x", "m", "s", tooMany, 51))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenTheEnums_codesAreLowercaseAndRoundTrip() {
        assertThat(HealthStatus.DEGRADED.code()).isEqualTo("degraded");
        assertThat(HealthStatus.fromCode("critical")).isEqualTo(HealthStatus.CRITICAL);
        assertThat(AlertSeverity.WARNING.code()).isEqualTo("warning");
        assertThat(CircuitState.HALF_OPEN.code()).isEqualTo("half_open");
        assertThat(CircuitState.fromCode("not_configured")).isEqualTo(CircuitState.NOT_CONFIGURED);
    }

    @Test
    void givenTwoStatuses_worstPicksTheWorse() {
        assertThat(HealthStatus.HEALTHY.worst(HealthStatus.DEGRADED)).isEqualTo(HealthStatus.DEGRADED);
        assertThat(HealthStatus.CRITICAL.worst(HealthStatus.DEGRADED)).isEqualTo(HealthStatus.CRITICAL);
        assertThat(HealthStatus.HEALTHY.worst(HealthStatus.HEALTHY)).isEqualTo(HealthStatus.HEALTHY);
    }

    @Test
    void givenInconsistentCounts_theyAreRefused() {
        assertThatThrownBy(() -> new SyncCounts(0, 0, 1, 2, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SyncCounts(0, 2, 0, 0, 1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SyncCounts(0, 0, 0, 0, 1, 2, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SyncCounts(-1, 0, 0, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenASuccessRateAboveOne_theReportIsRefused() {
        assertThatThrownBy(() -> new SyncHealthReport(Instant.parse("2025-06-20T12:00:00Z"), H24, SyncCounts.ZERO,
                1.01, HealthStatus.HEALTHY, CircuitState.CLOSED, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
