package dev.termin.booking.adapter.inmemory;

import dev.termin.booking.application.port.out.RateLimiter;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * In-memory {@link RateLimiter} with fixed windows: at most {@code limit} requests per key in each window of length
 * {@code window}, windows aligned to the epoch (as a store keyed by window number would be). A refused request is
 * {@link Decision.Limited} with the time left until its window ends. Windows of past periods are dropped lazily.
 * Limits are per process; share a store (Redis) across instances.
 *
 * <p>This class is thread-safe.
 */
public final class InMemoryRateLimiter implements RateLimiter {

    private static final int SWEEP_EVERY = 4096;

    private final long limit;
    private final long windowMillis;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
    private final AtomicInteger callsSinceSweep = new AtomicInteger();

    /**
     * @throws IllegalArgumentException if {@code limit} is below 1 or {@code window} shorter than a millisecond
     * @throws NullPointerException if {@code window} is null
     */
    public InMemoryRateLimiter(long limit, Duration window) {
        Objects.requireNonNull(window, "window");
        if (limit < 1) {
            throw new IllegalArgumentException("'limit' must be at least 1");
        }
        if (window.toMillis() < 1) {
            throw new IllegalArgumentException("'window' must be at least one millisecond");
        }
        this.limit = limit;
        this.windowMillis = window.toMillis();
    }

    @Override
    public Decision tryAcquire(String key, Instant now) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(now, "now");
        long nowMillis = now.toEpochMilli();
        long start = Math.floorDiv(nowMillis, windowMillis) * windowMillis;
        sweep(start);
        Window w = windows.compute(key, (k, cur) -> cur == null || cur.start() != start
                ? new Window(start, 1)
                : new Window(start, cur.count() + 1));
        if (w.count() <= limit) {
            return new Decision.Allowed(limit - w.count());
        }
        return new Decision.Limited(Duration.ofMillis(start + windowMillis - nowMillis));
    }

    private void sweep(long currentStart) {
        if (callsSinceSweep.incrementAndGet() >= SWEEP_EVERY) {
            callsSinceSweep.set(0);
            windows.values().removeIf(w -> w.start() + windowMillis < currentStart);
        }
    }

    private record Window(long start, long count) {
    }
}
