package dev.termin.booking.domain.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The calendar-sync health of one tenant at {@code evaluatedAt}, as computed by {@link SyncHealth#evaluate}:
 * counts, the success rate over the window (1.0 when nothing was attempted), the overall status, the circuit state
 * and the alerts, most severe first; immutable and thread-safe.
 */
public record SyncHealthReport(
        Instant evaluatedAt,
        Duration window,
        SyncCounts counts,
        double successRate,
        HealthStatus status,
        CircuitState circuit,
        List<SyncAlert> alerts) {

    public SyncHealthReport {
        Objects.requireNonNull(evaluatedAt, "evaluatedAt");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(counts, "counts");
        if (!(successRate >= 0.0 && successRate <= 1.0)) {
            throw new IllegalArgumentException("'successRate' must be between 0 and 1");
        }
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(circuit, "circuit");
        alerts = List.copyOf(alerts);
    }

    /** The start of the window: appointments created at or after it count towards the success rate. */
    public Instant windowStart() {
        return evaluatedAt.minus(window);
    }

    public boolean isCritical() {
        return status == HealthStatus.CRITICAL;
    }

    /** The alert with {@code code}, if raised. */
    public Optional<SyncAlert> alert(String code) {
        return alerts.stream().filter(a -> a.code().equals(code)).findFirst();
    }
}
