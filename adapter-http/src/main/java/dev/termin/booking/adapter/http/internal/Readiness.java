package dev.termin.booking.adapter.http.internal;

import dev.termin.booking.domain.sync.CircuitState;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The readiness answer of {@code /ready}, bounded in time and cached briefly. The rules:
 * <ul>
 * <li>the storage (the database) is probed; down, or no answer within the probe budget, makes the instance not
 * ready - without its database an instance can do nothing useful, and another instance may still reach it;</li>
 * <li>a dependency with a reachability probe (Redis) is probed the same way and reported {@code up} or
 * {@code down}, and one without (Cal.com) by its circuit state; only a {@code required} one makes the instance not
 * ready. Redis is not required: every instance shares the one Redis, so an unready answer would take the whole
 * fleet out, while bookings go on without it (locks and idempotency keys fall back to the database);</li>
 * <li>probes run on their own threads, at most one per check at a time; a check still running after the budget
 * counts as down and is not started again until it ends, so a hanging database never piles up threads;</li>
 * <li>the answer is kept for the cache time, so a load balancer polling every instance often costs one probe per
 * cache time.</li>
 * </ul>
 * Thread-safe.
 */
public final class Readiness {

    private static final Logger log = LoggerFactory.getLogger(Readiness.class);

    /** The probe budget: every check answers within it. */
    public static final Duration BUDGET = Duration.ofMillis(800);

    /** How long an answer is reused. */
    public static final Duration CACHE = Duration.ofSeconds(1);

    /** One check of {@code /ready}. */
    public record Check(String name, BooleanSupplier reachable, Supplier<CircuitState> circuit, boolean required) {
    }

    /** The answer: ready or not, and each check's state ({@code up}, {@code down} or a circuit state). */
    public record Answer(boolean ready, Map<String, String> checks) {
        public Answer {
            checks = Map.copyOf(checks);
        }
    }

    private final List<Check> checks;
    private final LongSupplier nanoTime;
    private final ExecutorService probes = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "termin-readiness-probe");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, CompletableFuture<Boolean>> running = new LinkedHashMap<>();
    private Answer cached;
    private long cachedAt;

    public Readiness(List<Check> checks) {
        this(checks, System::nanoTime);
    }

    Readiness(List<Check> checks, LongSupplier nanoTime) {
        this.checks = List.copyOf(checks);
        this.nanoTime = nanoTime;
    }

    /** The current answer, from the cache when younger than {@link #CACHE}. */
    public synchronized Answer answer() {
        long now = nanoTime.getAsLong();
        if (cached != null && now - cachedAt < CACHE.toNanos()) {
            return cached;
        }
        long deadline = now + BUDGET.toNanos();
        Map<String, CompletableFuture<Boolean>> started = new LinkedHashMap<>();
        for (Check c : checks) {
            if (c.reachable() != null) {
                started.put(c.name(), start(c));
            }
        }
        Map<String, String> states = new LinkedHashMap<>();
        boolean ready = true;
        for (Check c : checks) {
            String state;
            boolean down;
            if (c.reachable() != null) {
                down = !await(c.name(), started.get(c.name()), deadline);
                state = down ? "down" : "up";
            } else {
                CircuitState circuit;
                try {
                    circuit = c.circuit().get();
                } catch (RuntimeException e) {
                    circuit = CircuitState.OPEN;
                }
                down = circuit == CircuitState.OPEN;
                state = circuit.code();
            }
            states.put(c.name(), state);
            if (down && c.required()) {
                ready = false;
            }
        }
        cached = new Answer(ready, states);
        cachedAt = nanoTime.getAsLong();
        return cached;
    }

    private CompletableFuture<Boolean> start(Check c) {
        CompletableFuture<Boolean> previous = running.get(c.name());
        if (previous != null && !previous.isDone()) {
            return previous; // still hanging from an earlier check: do not start another
        }
        CompletableFuture<Boolean> probe = CompletableFuture.supplyAsync(() -> {
            try {
                return c.reachable().getAsBoolean();
            } catch (RuntimeException e) {
                log.warn("readiness: {} unreachable: {}", c.name(), e.toString());
                return false;
            }
        }, probes);
        running.put(c.name(), probe);
        return probe;
    }

    private boolean await(String name, CompletableFuture<Boolean> probe, long deadline) {
        try {
            return probe.get(Math.max(0, deadline - nanoTime.getAsLong()), TimeUnit.NANOSECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            log.warn("readiness: {} did not answer within {}", name, BUDGET);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return false;
        }
    }
}
