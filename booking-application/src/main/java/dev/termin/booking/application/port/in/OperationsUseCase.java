package dev.termin.booking.application.port.in;

import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.metrics.ReservationMetrics;
import dev.termin.booking.domain.sync.CircuitState;
import dev.termin.booking.domain.sync.SyncHealthReport;
import java.time.Duration;

/**
 * Incoming port for background work and operations: push due outbox work to the external calendar and the
 * notifier, expire holds, purge old idempotency records, report sync health and hold metrics per tenant, and answer
 * the probes of a server (storage reachable, outbox backlog, calendar circuit).
 */
public interface OperationsUseCase {

    /** Processes up to {@code limit} due outbox messages; returns how many were processed. */
    int processOutbox(int limit);

    /** Marks due holds expired and offers the freed time to the waitlist; returns how many expired. */
    int expireHolds(int limit);

    SyncHealthReport syncHealth(TenantId tenant);

    ReservationMetrics reservationMetrics(TenantId tenant, Duration window);

    /** The state of the external calendar's circuit breaker ({@code NOT_CONFIGURED} without a calendar). */
    CircuitState calendarCircuit();

    /** The tenant's customer notifications: the backlog now, and what happened over {@code window}. */
    NotificationReport notifications(TenantId tenant, Duration window);

    /** Outbox messages neither completed nor parked, over all tenants. */
    long pendingOutbox();

    /**
     * Makes one cheap read, so that a readiness probe learns whether the storage answers.
     *
     * @throws RuntimeException (an {@code InfrastructureException} from the store) when it does not
     */
    void probeStorage();

    /** Removes idempotency records past their lifetime; returns how many were removed. */
    int purgeExpiredIdempotencyRecords();
}
