package dev.termin.booking.domain.sync;

import static dev.termin.booking.domain.sync.SyncFixtures.NOW;
import static dev.termin.booking.domain.sync.SyncFixtures.ago;
import static dev.termin.booking.domain.sync.SyncFixtures.failed;
import static dev.termin.booking.domain.sync.SyncFixtures.hoursAgo;
import static dev.termin.booking.domain.sync.SyncFixtures.notRequired;
import static dev.termin.booking.domain.sync.SyncFixtures.pending;
import static dev.termin.booking.domain.sync.SyncFixtures.synced;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.SyncStatus;
import dev.termin.booking.domain.catalogue.TenantId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SyncHealthTest {

    private static SyncHealthReport evaluate(List<Appointment> appointments) {
        return SyncHealth.evaluate(appointments, CircuitState.CLOSED, NOW);
    }

    private static List<Appointment> manySynced(int n, String prefix) {
        return IntStream.range(0, n).mapToObj(i -> SyncFixtures.synced(prefix + i, hoursAgo(2))).toList();
    }

    private static List<Appointment> manyFailed(int n, String prefix) {
        return IntStream.range(0, n).mapToObj(i -> failed(prefix + i, hoursAgo(2))).toList();
    }

    private static List<Appointment> concat(List<Appointment> a, List<Appointment> b) {
        List<Appointment> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    // --- basics ---

    @Test
    void givenNoAppointments_statusIsHealthyWithFullSuccessRateAndNoAlerts() {
        SyncHealthReport r = evaluate(List.of());

        assertThat(r.status()).isEqualTo(HealthStatus.HEALTHY);
        assertThat(r.successRate()).isEqualTo(1.0);
        assertThat(r.counts()).isEqualTo(SyncCounts.ZERO);
        assertThat(r.alerts()).isEmpty();
        assertThat(r.evaluatedAt()).isEqualTo(NOW);
        assertThat(r.window()).isEqualTo(Duration.ofHours(24));
        assertThat(r.windowStart()).isEqualTo(hoursAgo(24));
        assertThat(r.circuit()).isEqualTo(CircuitState.CLOSED);
    }

    @Test
    void givenOnlySyncedAppointments_statusIsHealthy() {
        SyncHealthReport r = evaluate(manySynced(10, "s"));

        assertThat(r.status()).isEqualTo(HealthStatus.HEALTHY);
        assertThat(r.counts().syncedInWindow()).isEqualTo(10);
        assertThat(r.successRate()).isEqualTo(1.0);
        assertThat(r.alerts()).isEmpty();
    }

    @Test
    void givenAppointmentsThatNeedNoSync_theyAreInNoCountAndNeverHurt() {
        SyncHealthReport r = evaluate(List.of(notRequired("n1", hoursAgo(2)), notRequired("n2", hoursAgo(200))));

        assertThat(r.counts()).isEqualTo(SyncCounts.ZERO);
        assertThat(r.status()).isEqualTo(HealthStatus.HEALTHY);
    }

    @Test
    void givenFreshPendingAppointments_statusIsHealthyAndTheyAreLeftOutOfTheSuccessRate() {
        SyncHealthReport r = evaluate(List.of(pending("p1", ago(Duration.ofMinutes(5))),
                pending("p2", ago(Duration.ofMinutes(59)))));

        assertThat(r.status()).isEqualTo(HealthStatus.HEALTHY);
        assertThat(r.counts().pending()).isEqualTo(2);
        assertThat(r.counts().attemptedInWindow()).isZero();
        assertThat(r.successRate()).isEqualTo(1.0);
    }

    @Test
    void givenAppointmentsOfTwoTenants_evaluationIsRefused() {
        List<Appointment> mixed = List.of(pending("a", NOW),
                SyncFixtures.ofTenant(TenantId.of("other-salon"), "b", NOW));

        assertThatThrownBy(() -> evaluate(mixed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more than one tenant");
    }

    @Test
    void givenTheDefaultOverload_itUsesTheDefaultThresholds() {
        List<Appointment> list = List.of(pending("p", hoursAgo(2)));

        assertThat(SyncHealth.evaluate(list, CircuitState.CLOSED, NOW))
                .isEqualTo(SyncHealth.evaluate(list, CircuitState.CLOSED, NOW, SyncHealthThresholds.DEFAULTS));
    }

    // --- stale pending ---

    @Test
    void givenPendingForExactlyOneHour_itIsNotStale() {
        SyncHealthReport r = evaluate(List.of(pending("p1", hoursAgo(1))));

        assertThat(r.counts().stalePending()).isZero();
        assertThat(r.status()).isEqualTo(HealthStatus.HEALTHY);
        assertThat(r.alert(SyncAlert.STALE_PENDING)).isEmpty();
    }

    @Test
    void givenPendingForOneHourAndOneSecond_itIsStaleAndTheStatusIsDegraded() {
        SyncHealthReport r = evaluate(List.of(pending("p1", ago(Duration.ofHours(1).plusSeconds(1)))));

        assertThat(r.counts().pending()).isEqualTo(1);
        assertThat(r.counts().stalePending()).isEqualTo(1);
        assertThat(r.status()).isEqualTo(HealthStatus.DEGRADED);
        SyncAlert alert = r.alert(SyncAlert.STALE_PENDING).orElseThrow();
        assertThat(alert.severity()).isEqualTo(AlertSeverity.WARNING);
        assertThat(alert.appointmentIds()).containsExactly("p1");
        assertThat(alert.totalAppointments()).isEqualTo(1);
        assertThat(alert.message()).isEqualTo("1 appointment waited more than 1 h for calendar sync.");
        assertThat(alert.suggestedAction()).contains("sync worker").contains("Cal.com");
    }

    @Test
    void givenStalePendingOfAnyAge_itStaysInTheCountsEvenOutsideTheWindow() {
        SyncHealthReport r = evaluate(List.of(pending("old", hoursAgo(72))));

        assertThat(r.counts().stalePending()).isEqualTo(1);
        assertThat(r.status()).isEqualTo(HealthStatus.DEGRADED);
    }

    @Test
    void givenAnOldAppointmentCancelledMinutesAgo_itsRequeuedSyncIsNotStale() {
        Appointment cancelled = synced("old", hoursAgo(240)).cancel("Kunde krank", ago(Duration.ofMinutes(10)));

        SyncHealthReport r = evaluate(List.of(cancelled));

        assertThat(cancelled.sync().status()).isEqualTo(SyncStatus.PENDING);
        assertThat(r.counts().pending()).isEqualTo(1);
        assertThat(r.counts().stalePending()).isZero();
        assertThat(r.status()).isEqualTo(HealthStatus.HEALTHY);
    }

    @Test
    void givenACancellationThatHasNotReachedTheCalendarForTwoHours_itIsStale() {
        Appointment cancelled = synced("c1", hoursAgo(240)).cancel("", hoursAgo(2));

        SyncHealthReport r = evaluate(List.of(cancelled));

        assertThat(r.alert(SyncAlert.STALE_PENDING).orElseThrow().appointmentIds()).containsExactly("c1");
    }

    @Test
    void givenManyStalePending_theAlertListsFiftyIdsOldestFirstAndCountsAll() {
        List<Appointment> list = IntStream.range(0, 60)
                .mapToObj(i -> pending(String.format("p%02d", i), ago(Duration.ofHours(2).plusMinutes(i))))
                .toList();

        SyncAlert alert = evaluate(list).alert(SyncAlert.STALE_PENDING).orElseThrow();

        assertThat(alert.appointmentIds()).hasSize(SyncAlert.MAX_IDS);
        assertThat(alert.totalAppointments()).isEqualTo(60);
        assertThat(alert.isTruncated()).isTrue();
        assertThat(alert.appointmentIds().get(0)).isEqualTo("p59");
        assertThat(alert.appointmentIds().get(49)).isEqualTo("p10");
        assertThat(alert.message()).startsWith("60 appointments waited");
    }

    @Test
    void givenCustomThresholds_stalenessFollowsThem() {
        SyncHealthThresholds tenMinutes = new SyncHealthThresholds(Duration.ofHours(24), Duration.ofMinutes(10),
                Duration.ofHours(24), 0.95, 0.8, 5, true);

        SyncHealthReport r = SyncHealth.evaluate(List.of(pending("p", ago(Duration.ofMinutes(11)))),
                CircuitState.CLOSED, NOW, tenMinutes);

        assertThat(r.alert(SyncAlert.STALE_PENDING).orElseThrow().message()).contains("10 min");
    }

    // --- failures ---

    @Test
    void givenARecentFailure_statusIsDegradedWithASyncFailedWarning() {
        SyncHealthReport r = evaluate(List.of(failed("f1", hoursAgo(3), hoursAgo(2))));

        assertThat(r.status()).isEqualTo(HealthStatus.DEGRADED);
        assertThat(r.counts().failed()).isEqualTo(1);
        assertThat(r.counts().ancientFailed()).isZero();
        SyncAlert alert = r.alert(SyncAlert.SYNC_FAILED).orElseThrow();
        assertThat(alert.severity()).isEqualTo(AlertSeverity.WARNING);
        assertThat(alert.appointmentIds()).containsExactly("f1");
        assertThat(r.alert(SyncAlert.ANCIENT_FAILURE)).isEmpty();
    }

    @Test
    void givenAFailureExactlyADayOld_itIsNotYetAncient() {
        SyncHealthReport r = evaluate(List.of(failed("f1", hoursAgo(30), hoursAgo(24))));

        assertThat(r.counts().ancientFailed()).isZero();
        assertThat(r.status()).isEqualTo(HealthStatus.DEGRADED);
    }

    @Test
    void givenFailedSyncOlderThanADay_statusIsCritical() {
        SyncHealthReport r = evaluate(
                List.of(failed("f1", hoursAgo(30), ago(Duration.ofHours(24).plusSeconds(1)))));

        assertThat(r.status()).isEqualTo(HealthStatus.CRITICAL);
        assertThat(r.isCritical()).isTrue();
        assertThat(r.counts().ancientFailed()).isEqualTo(1);
        SyncAlert alert = r.alert(SyncAlert.ANCIENT_FAILURE).orElseThrow();
        assertThat(alert.severity()).isEqualTo(AlertSeverity.CRITICAL);
        assertThat(alert.appointmentIds()).containsExactly("f1");
        assertThat(alert.message())
                .isEqualTo("1 appointment failed to sync more than 24 h ago and is still not in the external"
                        + " calendar.");
        assertThat(alert.suggestedAction()).contains("API key");
    }

    @Test
    void givenAncientAndRecentFailures_eachAlertListsOnlyItsOwnAppointments() {
        SyncHealthReport r = evaluate(List.of(failed("old1", hoursAgo(100), hoursAgo(90)),
                failed("old2", hoursAgo(100), hoursAgo(95)), failed("new", hoursAgo(3), hoursAgo(2))));

        assertThat(r.alert(SyncAlert.ANCIENT_FAILURE).orElseThrow().appointmentIds())
                .containsExactly("old2", "old1");
        assertThat(r.alert(SyncAlert.ANCIENT_FAILURE).orElseThrow().message()).contains("2 appointments")
                .contains(" are still");
        assertThat(r.alert(SyncAlert.SYNC_FAILED).orElseThrow().appointmentIds()).containsExactly("new");
        assertThat(r.counts().failed()).isEqualTo(3);
        assertThat(r.counts().ancientFailed()).isEqualTo(2);
    }

    @Test
    void givenAFailureOfAnAppointmentCreatedBeforeTheWindow_itCountsAsFailedButNotTowardsTheSuccessRate() {
        SyncHealthReport r = evaluate(
                concat(manySynced(5, "s"), List.of(failed("f", hoursAgo(48), hoursAgo(2)))));

        assertThat(r.counts().failed()).isEqualTo(1);
        assertThat(r.counts().failedInWindow()).isZero();
        assertThat(r.successRate()).isEqualTo(1.0);
        assertThat(r.status()).isEqualTo(HealthStatus.DEGRADED);
    }

    @Test
    void givenACancelledAppointmentWhoseSyncFailed_itCountsLikeAnyOther() {
        Appointment a = synced("c", hoursAgo(5)).cancel("", hoursAgo(4));
        Appointment failedCancel = a.withSync(a.sync().attemptFailed("500", hoursAgo(3), true), hoursAgo(3));

        SyncHealthReport r = evaluate(List.of(failedCancel));

        assertThat(r.counts().failed()).isEqualTo(1);
        assertThat(r.counts().failedInWindow()).isEqualTo(1);
        assertThat(r.status()).isEqualTo(HealthStatus.DEGRADED);
    }

    // --- manual review ---

    @Test
    void givenAFailedAppointmentRequeuedByACancellation_itStaysFlaggedAndIsListedForReview() {
        Appointment failedOne = failed("r1", hoursAgo(5), hoursAgo(4));
        Appointment requeued = failedOne.cancel("", ago(Duration.ofMinutes(5)));

        SyncHealthReport r = evaluate(List.of(requeued));

        assertThat(requeued.sync().manualReview()).isTrue();
        assertThat(r.counts().manualReview()).isEqualTo(1);
        assertThat(r.status()).isEqualTo(HealthStatus.DEGRADED);
        SyncAlert alert = r.alert(SyncAlert.MANUAL_REVIEW).orElseThrow();
        assertThat(alert.severity()).isEqualTo(AlertSeverity.WARNING);
        assertThat(alert.appointmentIds()).containsExactly("r1");
        assertThat(alert.message()).startsWith("1 appointment is flagged for manual review");
    }

    @Test
    void givenFlaggedFailedAppointments_theyAreCountedButListedOnlyUnderTheFailureAlert() {
        SyncHealthReport r = evaluate(List.of(failed("f1", hoursAgo(3), hoursAgo(2))));

        assertThat(r.counts().manualReview()).isEqualTo(1);
        assertThat(r.alert(SyncAlert.MANUAL_REVIEW)).isEmpty();
    }

    // --- success rate ---

    @Test
    void givenNineteenOfTwentySynced_theRateIsExactlyTheDegradedThresholdAndRaisesNoRateAlert() {
        SyncHealthReport r = evaluate(concat(manySynced(19, "s"), manyFailed(1, "f")));

        assertThat(r.successRate()).isEqualTo(0.95);
        assertThat(r.alert(SyncAlert.LOW_SUCCESS_RATE)).isEmpty();
        assertThat(r.status()).isEqualTo(HealthStatus.DEGRADED); // any failure degrades
    }

    @Test
    void givenNinetyPercentSynced_aLowSuccessRateWarningListsTheFailures() {
        SyncHealthReport r = evaluate(concat(manySynced(18, "s"), manyFailed(2, "f")));

        assertThat(r.successRate()).isEqualTo(0.9);
        assertThat(r.status()).isEqualTo(HealthStatus.DEGRADED);
        SyncAlert alert = r.alert(SyncAlert.LOW_SUCCESS_RATE).orElseThrow();
        assertThat(alert.severity()).isEqualTo(AlertSeverity.WARNING);
        assertThat(alert.appointmentIds()).containsExactlyInAnyOrder("f0", "f1");
        assertThat(alert.message())
                .isEqualTo("Only 90.0 % of 20 appointment syncs in the last 24 h succeeded (threshold 95.0 %).");
    }

    @Test
    void givenExactlyEightyPercentSynced_theStatusIsDegradedNotCritical() {
        SyncHealthReport r = evaluate(concat(manySynced(4, "s"), manyFailed(1, "f")));

        assertThat(r.successRate()).isEqualTo(0.8);
        assertThat(r.status()).isEqualTo(HealthStatus.DEGRADED);
        assertThat(r.alert(SyncAlert.LOW_SUCCESS_RATE).orElseThrow().severity())
                .isEqualTo(AlertSeverity.WARNING);
    }

    @Test
    void givenBelowEightyPercentOfFiveAttempts_theStatusIsCritical() {
        SyncHealthReport r = evaluate(concat(manySynced(3, "s"), manyFailed(2, "f")));

        assertThat(r.successRate()).isEqualTo(0.6);
        assertThat(r.status()).isEqualTo(HealthStatus.CRITICAL);
        SyncAlert alert = r.alert(SyncAlert.LOW_SUCCESS_RATE).orElseThrow();
        assertThat(alert.severity()).isEqualTo(AlertSeverity.CRITICAL);
        assertThat(alert.message()).contains("threshold 80.0 %");
    }

    @Test
    void givenFewerThanFiveAttempts_aLowRateIsNotJudged() {
        SyncHealthReport r = evaluate(manyFailed(4, "f"));

        assertThat(r.successRate()).isEqualTo(0.0);
        assertThat(r.counts().attemptedInWindow()).isEqualTo(4);
        assertThat(r.status()).isEqualTo(HealthStatus.DEGRADED);
        assertThat(r.alert(SyncAlert.LOW_SUCCESS_RATE)).isEmpty();
    }

    @Test
    void givenAnAppointmentCreatedExactlyAtTheWindowStart_itCounts() {
        SyncHealthReport r = evaluate(List.of(SyncFixtures.synced("edge", hoursAgo(24))));

        assertThat(r.counts().syncedInWindow()).isEqualTo(1);
    }

    @Test
    void givenASyncedAppointmentCreatedBeforeTheWindow_itIsIgnored() {
        SyncHealthReport r = evaluate(
                List.of(SyncFixtures.synced("old", ago(Duration.ofHours(24).plusSeconds(1)))));

        assertThat(r.counts().syncedInWindow()).isZero();
        assertThat(r.successRate()).isEqualTo(1.0);
    }

    @Test
    void givenCancelledSyncedAppointments_theyCountAsSynced() {
        Appointment a = synced("c", hoursAgo(5)).cancel("", hoursAgo(4));
        Appointment cancelledAndSynced = a.withSync(a.sync().synced(List.of(), hoursAgo(4)), hoursAgo(4));

        assertThat(evaluate(List.of(cancelledAndSynced)).counts().syncedInWindow()).isEqualTo(1);
    }

    // --- circuit ---

    @Test
    void givenAnOpenCircuitAndNothingPending_theStatusIsDegraded() {
        SyncHealthReport r = SyncHealth.evaluate(manySynced(3, "s"), CircuitState.OPEN, NOW);

        assertThat(r.status()).isEqualTo(HealthStatus.DEGRADED);
        SyncAlert alert = r.alert(SyncAlert.CIRCUIT_OPEN).orElseThrow();
        assertThat(alert.severity()).isEqualTo(AlertSeverity.WARNING);
        assertThat(alert.appointmentIds()).isEmpty();
        assertThat(alert.message()).endsWith("nothing is being synced.");
    }

    @Test
    void givenAnOpenCircuitWithPendingAppointments_theStatusIsCriticalAndThePendingAreListed() {
        SyncHealthReport r = SyncHealth.evaluate(List.of(pending("p1", ago(Duration.ofMinutes(2))),
                pending("p2", ago(Duration.ofMinutes(1)))), CircuitState.OPEN, NOW);

        assertThat(r.status()).isEqualTo(HealthStatus.CRITICAL);
        SyncAlert alert = r.alert(SyncAlert.CIRCUIT_OPEN).orElseThrow();
        assertThat(alert.severity()).isEqualTo(AlertSeverity.CRITICAL);
        assertThat(alert.appointmentIds()).containsExactly("p1", "p2");
        assertThat(alert.message()).endsWith("; 2 appointments waiting.");
    }

    @Test
    void givenAnOpenCircuitWithPendingButTheFlagOff_theStatusIsOnlyDegraded() {
        SyncHealthThresholds lenient = new SyncHealthThresholds(Duration.ofHours(24), Duration.ofHours(1),
                Duration.ofHours(24), 0.95, 0.8, 5, false);

        SyncHealthReport r = SyncHealth.evaluate(List.of(pending("p1", NOW)), CircuitState.OPEN, NOW, lenient);

        assertThat(r.status()).isEqualTo(HealthStatus.DEGRADED);
        assertThat(r.alert(SyncAlert.CIRCUIT_OPEN).orElseThrow().severity()).isEqualTo(AlertSeverity.WARNING);
    }

    @Test
    void givenAHalfOpenCircuit_theStatusIsUnchangedWithAnInfoAlert() {
        SyncHealthReport r = SyncHealth.evaluate(List.of(pending("p1", NOW)), CircuitState.HALF_OPEN, NOW);

        assertThat(r.status()).isEqualTo(HealthStatus.HEALTHY);
        assertThat(r.alerts()).singleElement().satisfies(a -> {
            assertThat(a.code()).isEqualTo(SyncAlert.CIRCUIT_HALF_OPEN);
            assertThat(a.severity()).isEqualTo(AlertSeverity.INFO);
        });
    }

    @Test
    void givenNoConfiguredCircuit_noCircuitAlertIsRaised() {
        SyncHealthReport r = SyncHealth.evaluate(List.of(pending("p1", NOW)), CircuitState.NOT_CONFIGURED, NOW);

        assertThat(r.status()).isEqualTo(HealthStatus.HEALTHY);
        assertThat(r.alerts()).isEmpty();
        assertThat(r.circuit()).isEqualTo(CircuitState.NOT_CONFIGURED);
    }

    // --- alerts ---

    @Test
    void givenSeveralProblems_alertsComeMostSevereFirst() {
        List<Appointment> list = List.of(pending("stale", hoursAgo(3)), failed("ancient", hoursAgo(50), hoursAgo(49)),
                failed("recent", hoursAgo(3), hoursAgo(2)));

        SyncHealthReport r = SyncHealth.evaluate(list, CircuitState.HALF_OPEN, NOW);

        assertThat(r.alerts()).extracting(SyncAlert::code).containsExactly(SyncAlert.ANCIENT_FAILURE,
                SyncAlert.SYNC_FAILED, SyncAlert.STALE_PENDING, SyncAlert.CIRCUIT_HALF_OPEN);
        assertThat(r.alerts()).extracting(SyncAlert::severity).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void givenAnyReport_everyAlertCodeIsStableLowercase() {
        SyncHealthReport r = SyncHealth.evaluate(concat(concat(manySynced(3, "s"), manyFailed(3, "f")),
                List.of(pending("p", hoursAgo(3)), failed("a", hoursAgo(50), hoursAgo(49)))), CircuitState.OPEN,
                NOW);

        assertThat(r.alerts()).isNotEmpty().allSatisfy(a -> {
            assertThat(a.code()).matches("[a-z_]+");
            assertThat(a.message()).isNotBlank();
            assertThat(a.suggestedAction()).isNotBlank();
        });
    }
}
