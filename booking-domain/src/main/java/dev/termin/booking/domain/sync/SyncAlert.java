package dev.termin.booking.domain.sync;

import dev.termin.booking.domain.Checks;
import java.util.List;
import java.util.Objects;

/**
 * One problem found by {@link SyncHealth}: a severity, a stable lowercase code, an English message, a concrete
 * suggested action, and the affected appointment ids (at most {@link #MAX_IDS}, the most urgent first, with the
 * total in {@code totalAppointments}); immutable and thread-safe.
 */
public record SyncAlert(
        AlertSeverity severity,
        String code,
        String message,
        String suggestedAction,
        List<String> appointmentIds,
        int totalAppointments) {

    /** Ids listed per alert; more would swamp a log line or a cron mail without helping anybody act. */
    public static final int MAX_IDS = 50;

    public static final String STALE_PENDING = "stale_pending";
    public static final String SYNC_FAILED = "sync_failed";
    public static final String ANCIENT_FAILURE = "ancient_failure";
    public static final String MANUAL_REVIEW = "manual_review";
    public static final String LOW_SUCCESS_RATE = "low_success_rate";
    public static final String CIRCUIT_OPEN = "circuit_open";
    public static final String CIRCUIT_HALF_OPEN = "circuit_half_open";

    public SyncAlert {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        if (!code.matches("[a-z][a-z0-9_]{0,63}")) {
            throw new IllegalArgumentException("'code' must be lowercase letters, digits and '_': " + code);
        }
        message = Checks.text(message, "message", 1, 1000);
        suggestedAction = Checks.text(suggestedAction, "suggestedAction", 1, 1000);
        appointmentIds = List.copyOf(appointmentIds);
        if (appointmentIds.size() > MAX_IDS) {
            throw new IllegalArgumentException("at most " + MAX_IDS + " appointment ids per alert");
        }
        if (totalAppointments < appointmentIds.size()) {
            throw new IllegalArgumentException("'totalAppointments' must be at least the number of ids listed");
        }
    }

    /** An alert listing the first {@link #MAX_IDS} of {@code allIds} and counting all of them. */
    public static SyncAlert of(AlertSeverity severity, String code, String message, String suggestedAction,
            List<String> allIds) {
        List<String> listed = allIds.size() > MAX_IDS ? allIds.subList(0, MAX_IDS) : allIds;
        return new SyncAlert(severity, code, message, suggestedAction, listed, allIds.size());
    }

    /** True when more appointments are affected than {@link #appointmentIds()} lists. */
    public boolean isTruncated() {
        return totalAppointments > appointmentIds.size();
    }
}
