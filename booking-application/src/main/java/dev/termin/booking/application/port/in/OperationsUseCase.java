package dev.termin.booking.application.port.in;

import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.metrics.ReservationMetrics;
import dev.termin.booking.domain.sync.SyncHealthReport;
import java.time.Duration;

/**
 * Incoming port for background work and operations: push due outbox work to the external calendar and the
 * notifier, expire holds, and report sync health and hold metrics per tenant.
 */
public interface OperationsUseCase {

    /** Processes up to {@code limit} due outbox messages; returns how many were processed. */
    int processOutbox(int limit);

    /** Marks due holds expired and offers the freed time to the waitlist; returns how many expired. */
    int expireHolds(int limit);

    SyncHealthReport syncHealth(TenantId tenant);

    ReservationMetrics reservationMetrics(TenantId tenant, Duration window);
}
