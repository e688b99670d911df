package dev.termin.booking.application.service;

import dev.termin.booking.application.port.in.NotificationReport;
import dev.termin.booking.application.port.in.OperationsUseCase;
import dev.termin.booking.application.port.out.CatalogueRepository;
import dev.termin.booking.application.port.out.IdempotencyStore;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.metrics.ReservationMetrics;
import dev.termin.booking.domain.sync.CircuitState;
import dev.termin.booking.domain.sync.SyncHealthReport;
import java.time.Clock;
import java.time.Duration;

/**
 * The operations port in front of the jobs that do the work: {@link OutboxWorker}, {@link HoldExpiry},
 * {@link OperationsReports}, and the upkeep of the stores. Thread-safe.
 */
final class OperationsService implements OperationsUseCase {

    /** A tenant no one has: reading its branches proves the storage answers without touching real data. */
    private static final TenantId PROBE = TenantId.of("readiness-probe");

    private final OutboxWorker outboxWorker;
    private final HoldExpiry holdExpiry;
    private final OperationsReports reports;
    private final CatalogueRepository catalogue;
    private final IdempotencyStore idempotency;
    private final Clock clock;

    OperationsService(OutboxWorker outboxWorker, HoldExpiry holdExpiry, OperationsReports reports,
            CatalogueRepository catalogue, IdempotencyStore idempotency, Clock clock) {
        this.outboxWorker = outboxWorker;
        this.holdExpiry = holdExpiry;
        this.reports = reports;
        this.catalogue = catalogue;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    @Override
    public int processOutbox(int limit) {
        return outboxWorker.processOutbox(limit);
    }

    @Override
    public int expireHolds(int limit) {
        return holdExpiry.expireHolds(limit);
    }

    @Override
    public SyncHealthReport syncHealth(TenantId tenant) {
        return reports.syncHealth(tenant);
    }

    @Override
    public ReservationMetrics reservationMetrics(TenantId tenant, Duration window) {
        return reports.reservationMetrics(tenant, window);
    }

    @Override
    public CircuitState calendarCircuit() {
        return reports.calendarCircuit();
    }

    @Override
    public NotificationReport notifications(TenantId tenant, Duration window) {
        return reports.notifications(tenant, window);
    }

    @Override
    public long pendingOutbox() {
        return reports.pendingOutbox();
    }

    @Override
    public void probeStorage() {
        catalogue.listBranches(PROBE);
    }

    @Override
    public int purgeExpiredIdempotencyRecords() {
        return idempotency.purgeExpired(clock.instant());
    }
}
