package dev.termin.booking.application.port.in;

import java.time.Duration;
import java.util.Objects;

/**
 * How a tenant's customer notifications fare. Now: {@code pending} (not yet accepted by the transport, including
 * reminders not yet due; {@code retrying} of them failed at least once) and {@code parked} (given up after the last
 * attempt). Over the {@code window}: {@code sent} (accepted by the transport), {@code retried} (failed attempts that
 * will be retried), {@code failed} (last attempts that failed), {@code skipped} (reminders no longer needed).
 * Immutable.
 */
public record NotificationReport(Duration window, long pending, long retrying, long parked, long sent, long retried,
        long failed, long skipped) {

    public NotificationReport {
        Objects.requireNonNull(window, "window");
    }
}
