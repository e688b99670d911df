package dev.termin.booking.adapter.http.internal;

import dev.termin.booking.adapter.calcom.DriftReport;
import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.application.port.in.ReconcileReport;
import dev.termin.booking.application.port.out.CalendarOutcome;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.result.Result;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs reconciliation with Cal.com and the segment event-type drift check for every connected tenant on their
 * schedules; a failure is logged and tried again at the next run. Drift is reported (a warning naming what
 * differs), not repaired: repairing is the owner's call ({@code POST /v1/calcom/drift/repair}). Thread-safe.
 */
public final class CalComWorker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CalComWorker.class);

    private final BookingEngine engine;
    private final CalComLink link;
    private final ScheduledExecutorService executor;

    public CalComWorker(BookingEngine engine, CalComLink link) {
        this.engine = engine;
        this.link = link;
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "termin-calcom-sync");
            t.setDaemon(true);
            return t;
        });
    }

    public void start() {
        schedule(link.reconcileEvery(), this::reconcileAll);
        schedule(link.driftCheckEvery(), this::driftCheckAll);
    }

    private void schedule(Duration every, Runnable work) {
        if (!every.isZero()) {
            executor.scheduleWithFixedDelay(work, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** One reconciliation of every connected tenant; public for tests and the CLI. */
    public void reconcileAll() {
        for (TenantId tenant : link.calendar().tenants()) {
            try {
                Result<ReconcileReport> r = engine.externalChanges().reconcile(tenant,
                        link.window(engine.clock().instant()));
                if (r instanceof Result.Success<ReconcileReport> s) {
                    log.info("Cal.com reconciliation of tenant {}: {} bookings examined, {} changes", tenant,
                            s.value().examined(), s.value().changes().size());
                } else {
                    log.warn("Cal.com reconciliation of tenant {} failed: {}", tenant,
                            ((Result.Failure<ReconcileReport>) r).message());
                }
            } catch (RuntimeException e) {
                log.warn("Cal.com reconciliation of tenant {} failed, retrying at the next run: {}", tenant,
                        e.toString());
            }
        }
    }

    /** One drift check of every connected tenant. */
    public void driftCheckAll() {
        for (TenantId tenant : link.calendar().tenants()) {
            try {
                CalendarOutcome<DriftReport> o = link.calendar().segmentEventTypes().driftCheck(tenant);
                if (o instanceof CalendarOutcome.Done<DriftReport> d && !d.value().isClean()) {
                    log.warn("segment event types of tenant {} drifted from Cal.com: {} missing, {} extra, {} "
                            + "changed; repair with POST /v1/calcom/drift/repair", tenant,
                            d.value().missing().size(), d.value().extra().size(), d.value().changed().size());
                } else if (!(o instanceof CalendarOutcome.Done<DriftReport>)) {
                    log.warn("drift check of tenant {} could not run: {}", tenant, o);
                }
            } catch (RuntimeException e) {
                log.warn("drift check of tenant {} failed: {}", tenant, e.toString());
            }
        }
    }

    /** Stops scheduling and waits up to ten seconds for a running check. */
    @Override
    public void close() {
        stop(Duration.ofSeconds(10));
    }

    /** Stops scheduling and waits up to {@code wait} for a running check. */
    public void stop(Duration wait) {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            executor.shutdownNow();
        }
    }
}
