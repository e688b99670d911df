package dev.termin.booking.domain.sync;

import dev.termin.booking.domain.Checks;
import java.time.Duration;

/**
 * When {@link SyncHealth} calls a tenant's calendar sync degraded or critical; immutable and thread-safe.
 * {@link #DEFAULTS}: a 24 h window, pending stale after 1 h, failures ancient after 24 h, degraded below 95 % and
 * critical below 80 % success (judged from 5 attempted appointments on), and an open circuit critical while
 * appointments are pending.
 *
 * @param window how far back appointments count towards the success rate
 * @param stalePendingAfter a pending sync untouched for longer than this is stale
 * @param ancientFailureAfter a failed sync older than this is ancient
 * @param degradedBelowSuccessRate a success rate strictly below this is at least degraded
 * @param criticalBelowSuccessRate a success rate strictly below this is critical
 * @param minAttemptsForSuccessRate the success rate is judged only when at least this many appointments created in
 *     the window were synced or failed; a single failure out of two would otherwise read as 50 %
 * @param openCircuitWithPendingIsCritical whether an open circuit is critical while appointments are pending (else
 *     an open circuit is only degraded)
 */
public record SyncHealthThresholds(
        Duration window,
        Duration stalePendingAfter,
        Duration ancientFailureAfter,
        double degradedBelowSuccessRate,
        double criticalBelowSuccessRate,
        int minAttemptsForSuccessRate,
        boolean openCircuitWithPendingIsCritical) {

    public static final SyncHealthThresholds DEFAULTS = new SyncHealthThresholds(Duration.ofHours(24),
            Duration.ofHours(1), Duration.ofHours(24), 0.95, 0.80, 5, true);

    public SyncHealthThresholds {
        Checks.positive(window, "window");
        Checks.positive(stalePendingAfter, "stalePendingAfter");
        Checks.positive(ancientFailureAfter, "ancientFailureAfter");
        if (!(degradedBelowSuccessRate >= 0.0 && degradedBelowSuccessRate <= 1.0)) {
            throw new IllegalArgumentException("'degradedBelowSuccessRate' must be between 0 and 1");
        }
        if (!(criticalBelowSuccessRate >= 0.0 && criticalBelowSuccessRate <= degradedBelowSuccessRate)) {
            throw new IllegalArgumentException(
                    "'criticalBelowSuccessRate' must be between 0 and 'degradedBelowSuccessRate'");
        }
        if (minAttemptsForSuccessRate < 1) {
            throw new IllegalArgumentException("'minAttemptsForSuccessRate' must be at least 1");
        }
    }
}
