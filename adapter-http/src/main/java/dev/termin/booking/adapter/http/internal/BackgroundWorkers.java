package dev.termin.booking.adapter.http.internal;

import dev.termin.booking.application.BookingEngine;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The background work of one server: every interval the outbox worker ({@code processOutbox(50)}), the hold
 * sweeper ({@code expireHolds(200)}) and the webhook deliveries ({@code deliverDue(50)}), and once a minute the purge
 * of expired idempotency records and manage tokens. Failures are
 * logged and retried at the next tick. {@link #stop} lets a running tick finish. Thread-safe.
 */
public final class BackgroundWorkers {

    private static final Logger log = LoggerFactory.getLogger(BackgroundWorkers.class);

    private final BookingEngine engine;
    private final Duration interval;
    private final ScheduledExecutorService executor;
    private final AtomicLong ticks = new AtomicLong();

    public BackgroundWorkers(BookingEngine engine, Duration interval) {
        this.engine = engine;
        this.interval = interval;
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "termin-workers");
            t.setDaemon(true);
            return t;
        });
    }

    public void start() {
        executor.scheduleWithFixedDelay(this::tick, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One round of background work; public for tests and the CLI. */
    public void tick() {
        try {
            int processed;
            do {
                processed = engine.operations().processOutbox(50);
            } while (processed == 50 && !executor.isShutdown());
            engine.operations().expireHolds(200);
            engine.webhooks().deliverDue(50);
            long n = ticks.incrementAndGet();
            if (n % Math.max(1, 60_000 / Math.max(1, interval.toMillis())) == 0) {
                engine.operations().purgeExpiredIdempotencyRecords();
                engine.access().purgeExpiredManageTokens();
            }
        } catch (RuntimeException e) {
            log.warn("background work failed, retrying at the next tick: {}", e.toString());
        }
    }

    /** Stops scheduling and waits up to {@code wait} for a running tick. */
    public void stop(Duration wait) {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("background workers did not stop within {}", wait);
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            executor.shutdownNow();
        }
    }
}
