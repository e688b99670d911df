package dev.termin.booking.domain.sync;

import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.SyncStatus;
import dev.termin.booking.domain.catalogue.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * Judges one tenant's calendar sync from its appointments; stateless and thread-safe, with defaults in
 * {@link SyncHealthThresholds#DEFAULTS}.
 *
 * <p>What counts. Appointments whose sync is {@code NOT_REQUIRED} are ignored. Cancelled appointments count like
 * any other: a cancellation must reach the calendar too, or the calendar keeps showing the time as taken.
 * <ul>
 *   <li><b>In the window</b>: created at or after {@code now − window} (including any created "after" {@code now},
 *       which clock skew between instances can produce).</li>
 *   <li><b>Success rate</b>: synced ÷ (synced + failed) over appointments created in the window; pending ones have
 *       no outcome yet and are left out. 1.0 when there are none.</li>
 *   <li><b>Stale pending</b>: pending, and {@code updatedAt} more than {@code stalePendingAfter} before {@code now}
 *       (exactly the threshold is not stale). {@code updatedAt} rather than {@code createdAt}, because a
 *       cancellation or reschedule of an old appointment puts its sync back to pending and must not read as
 *       stale at once; a failed retry also touches it, but retries end in {@code FAILED} after a few attempts.</li>
 *   <li><b>Ancient failure</b>: failed, and the last attempt (else {@code updatedAt}) more than
 *       {@code ancientFailureAfter} before {@code now}: it has been failing unattended that long.</li>
 *   <li><b>Manual review</b>: the sync state's flag, whatever the sync status.</li>
 * </ul>
 *
 * <p>Status, the worst rule that applies:
 * <ul>
 *   <li><b>critical</b> if any failure is ancient; or the success rate is below {@code criticalBelowSuccessRate}
 *       and at least {@code minAttemptsForSuccessRate} appointments were attempted; or the circuit is
 *       {@code OPEN} while any appointment is pending and {@code openCircuitWithPendingIsCritical} is set;</li>
 *   <li><b>degraded</b> if any pending sync is stale, any appointment is flagged for manual review, any sync has
 *       failed, the (judged) success rate is below {@code degradedBelowSuccessRate}, or the circuit is
 *       {@code OPEN};</li>
 *   <li><b>healthy</b> otherwise. {@code HALF_OPEN} and {@code NOT_CONFIGURED} circuits never worsen the status.</li>
 * </ul>
 * Since every failure already degrades, the degraded rate threshold only decides whether a
 * {@code low_success_rate} warning is raised.
 *
 * <p>Alerts, with the affected appointment ids oldest first: {@code ancient_failure} (critical), {@code
 * sync_failed} (warning, failures not yet ancient), {@code stale_pending} (warning), {@code manual_review}
 * (warning, flagged appointments that are not failed, since failed ones are listed above already), {@code
 * low_success_rate} (critical or warning, listing the failures in the window), {@code circuit_open} (critical or
 * warning as in the status rule, listing the pending appointments) and {@code circuit_half_open} (info).
 */
public final class SyncHealth {

    private SyncHealth() {
    }

    /**
     * The health report for {@code appointments}: one tenant's appointments created within the window plus those
     * currently pending, failed or flagged for manual review, of any age. Synced appointments created before the
     * window are ignored.
     *
     * @throws IllegalArgumentException if the appointments belong to more than one tenant, since alerts list
     *     their ids and must never mix tenants
     */
    public static SyncHealthReport evaluate(List<Appointment> appointments, CircuitState circuit, Instant now,
            SyncHealthThresholds t) {
        Objects.requireNonNull(appointments, "appointments");
        Objects.requireNonNull(circuit, "circuit");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(t, "thresholds");
        requireOneTenant(appointments);

        Instant windowStart = now.minus(t.window());
        List<Appointment> syncedInWindow = new ArrayList<>();
        List<Appointment> failedInWindow = new ArrayList<>();
        List<Appointment> pending = new ArrayList<>();
        List<Appointment> stalePending = new ArrayList<>();
        List<Appointment> failed = new ArrayList<>();
        List<Appointment> ancientFailed = new ArrayList<>();
        List<Appointment> recentFailed = new ArrayList<>();
        List<Appointment> manualReview = new ArrayList<>();
        List<Appointment> reviewNotFailed = new ArrayList<>();

        for (Appointment a : appointments) {
            SyncStatus s = a.sync().status();
            if (s == SyncStatus.NOT_REQUIRED) {
                continue;
            }
            boolean inWindow = !a.createdAt().isBefore(windowStart);
            switch (s) {
                case SYNCED -> {
                    if (inWindow) {
                        syncedInWindow.add(a);
                    }
                }
                case FAILED -> {
                    failed.add(a);
                    if (inWindow) {
                        failedInWindow.add(a);
                    }
                    (olderThan(failedSince(a), now, t.ancientFailureAfter()) ? ancientFailed : recentFailed).add(a);
                }
                case PENDING -> {
                    pending.add(a);
                    if (olderThan(a.updatedAt(), now, t.stalePendingAfter())) {
                        stalePending.add(a);
                    }
                }
                default -> throw new AssertionError(s);
            }
            if (a.sync().manualReview()) {
                manualReview.add(a);
                if (s != SyncStatus.FAILED) {
                    reviewNotFailed.add(a);
                }
            }
        }

        SyncCounts counts = new SyncCounts(syncedInWindow.size(), failedInWindow.size(), pending.size(),
                stalePending.size(), failed.size(), ancientFailed.size(), manualReview.size());
        int attempted = counts.attemptedInWindow();
        double successRate = attempted == 0 ? 1.0 : (double) counts.syncedInWindow() / attempted;
        boolean rateJudged = attempted >= t.minAttemptsForSuccessRate();
        boolean rateCritical = rateJudged && successRate < t.criticalBelowSuccessRate();
        boolean rateDegraded = rateJudged && successRate < t.degradedBelowSuccessRate();
        boolean circuitOpen = circuit == CircuitState.OPEN;
        boolean circuitCritical = circuitOpen && !pending.isEmpty() && t.openCircuitWithPendingIsCritical();

        HealthStatus status = HealthStatus.HEALTHY;
        if (!stalePending.isEmpty() || !manualReview.isEmpty() || !failed.isEmpty() || rateDegraded || circuitOpen) {
            status = HealthStatus.DEGRADED;
        }
        if (!ancientFailed.isEmpty() || rateCritical || circuitCritical) {
            status = HealthStatus.CRITICAL;
        }

        List<SyncAlert> alerts = new ArrayList<>();
        if (!ancientFailed.isEmpty()) {
            alerts.add(SyncAlert.of(AlertSeverity.CRITICAL, SyncAlert.ANCIENT_FAILURE,
                    count(ancientFailed.size()) + " failed to sync more than " + human(t.ancientFailureAfter())
                            + " ago and " + isAre(ancientFailed.size()) + " still not in the external calendar.",
                    "Read the last sync error of the listed appointments, fix the cause (for example the Cal.com API"
                            + " key or a deleted event type) and sync them again; until then the external calendar"
                            + " shows their times as free and may accept double bookings.",
                    ids(ancientFailed, SyncHealth::failedSince)));
        }
        if (!recentFailed.isEmpty()) {
            alerts.add(SyncAlert.of(AlertSeverity.WARNING, SyncAlert.SYNC_FAILED,
                    count(recentFailed.size()) + " failed to sync after all retries.",
                    "Read the last sync error of the listed appointments, fix the cause (for example the Cal.com API"
                            + " key or a deleted event type) and sync them again; they are not in the external"
                            + " calendar.",
                    ids(recentFailed, SyncHealth::failedSince)));
        }
        if (!stalePending.isEmpty()) {
            alerts.add(SyncAlert.of(AlertSeverity.WARNING, SyncAlert.STALE_PENDING,
                    count(stalePending.size()) + " waited more than " + human(t.stalePendingAfter())
                            + " for calendar sync.",
                    "Check that the sync worker is running and can reach Cal.com (API key, network); the listed"
                            + " appointments are not in Cal.com yet, so it may show their times as free.",
                    ids(stalePending, Appointment::updatedAt)));
        }
        if (!reviewNotFailed.isEmpty()) {
            alerts.add(SyncAlert.of(AlertSeverity.WARNING, SyncAlert.MANUAL_REVIEW,
                    count(reviewNotFailed.size()) + " " + isAre(reviewNotFailed.size())
                            + " flagged for manual review: a sync failure, or a change in the external calendar that"
                            + " would double-book (each appointment's sync error names both sides).",
                    "Compare the listed appointments with the external calendar by hand, remove or fix any booking"
                            + " that differs, then re-sync them (the calendar follows Termin) or clear the flag with a"
                            + " note.",
                    ids(reviewNotFailed, Appointment::updatedAt)));
        }
        if (rateDegraded) {
            double threshold = rateCritical ? t.criticalBelowSuccessRate() : t.degradedBelowSuccessRate();
            alerts.add(SyncAlert.of(rateCritical ? AlertSeverity.CRITICAL : AlertSeverity.WARNING,
                    SyncAlert.LOW_SUCCESS_RATE,
                    "Only " + percent(successRate) + " of " + attempted + " appointment syncs in the last "
                            + human(t.window()) + " succeeded (threshold " + percent(threshold) + ").",
                    "Look for a common cause in the sync errors of the listed failed appointments, such as an"
                            + " expired Cal.com API key or a Cal.com outage, fix it and sync them again.",
                    ids(failedInWindow, SyncHealth::failedSince)));
        }
        if (circuitOpen) {
            alerts.add(SyncAlert.of(circuitCritical ? AlertSeverity.CRITICAL : AlertSeverity.WARNING,
                    SyncAlert.CIRCUIT_OPEN,
                    "The circuit breaker to the external calendar is open, so nothing is being synced"
                            + (pending.isEmpty() ? "." : "; " + count(pending.size()) + " waiting."),
                    "Check Cal.com's status page and the API key; bookings are still taken locally and sync once"
                            + " the circuit closes, but the listed appointments are missing from Cal.com until then.",
                    ids(pending, Appointment::updatedAt)));
        } else if (circuit == CircuitState.HALF_OPEN) {
            alerts.add(SyncAlert.of(AlertSeverity.INFO, SyncAlert.CIRCUIT_HALF_OPEN,
                    "The circuit breaker is testing whether the external calendar is reachable again.",
                    "Nothing to do; if the circuit opens again, check Cal.com's status page and the API key.",
                    List.of()));
        }
        // Stable sort: alerts of equal severity keep the order above, which puts causes before symptoms.
        alerts.sort(Comparator.comparing(SyncAlert::severity).reversed());

        return new SyncHealthReport(now, t.window(), counts, successRate, status, circuit, alerts);
    }

    /** {@link #evaluate(List, CircuitState, Instant, SyncHealthThresholds)} with the default thresholds. */
    public static SyncHealthReport evaluate(List<Appointment> appointments, CircuitState circuit, Instant now) {
        return evaluate(appointments, circuit, now, SyncHealthThresholds.DEFAULTS);
    }

    private static void requireOneTenant(List<Appointment> appointments) {
        TenantId tenant = null;
        for (Appointment a : appointments) {
            if (tenant == null) {
                tenant = a.tenant();
            } else if (!tenant.equals(a.tenant())) {
                throw new IllegalArgumentException("appointments of more than one tenant: " + tenant + ", "
                        + a.tenant());
            }
        }
    }

    private static Instant failedSince(Appointment a) {
        return a.sync().lastAttemptAt().orElse(a.updatedAt());
    }

    /** Strictly older: an appointment exactly at the threshold is not yet overdue. */
    private static boolean olderThan(Instant since, Instant now, Duration threshold) {
        return Duration.between(since, now).compareTo(threshold) > 0;
    }

    /** Ids, oldest first (the longest-neglected is the most urgent), ties by id for a stable order. */
    private static List<String> ids(List<Appointment> list, Function<Appointment, Instant> since) {
        return list.stream()
                .sorted(Comparator.comparing(since).thenComparing(Appointment::id))
                .map(a -> a.id().value())
                .toList();
    }

    private static String count(int n) {
        return n == 1 ? "1 appointment" : n + " appointments";
    }

    private static String isAre(int n) {
        return n == 1 ? "is" : "are";
    }

    static String percent(double rate) {
        return String.format(Locale.ROOT, "%.1f %%", rate * 100);
    }

    static String human(Duration d) {
        if (d.toSecondsPart() == 0 && d.toNanosPart() == 0) {
            if (d.toMinutesPart() == 0) {
                return d.toHours() + " h";
            }
            return d.toMinutes() + " min";
        }
        return d.toSeconds() + " s";
    }
}
