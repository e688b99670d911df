package dev.termin.booking.adapter.redis.bench;

import dev.termin.booking.adapter.redis.RedisConfig;
import dev.termin.booking.adapter.redis.RedisConnections;
import dev.termin.booking.adapter.redis.RedisSlotLocks;
import dev.termin.booking.adapter.redis.TestRedis;
import dev.termin.booking.application.port.out.LockKey;
import dev.termin.booking.application.port.out.LockLease;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Slot lock round trips on loopback: acquire + release of a lock (two Lua scripts, two round trips, through the
 * circuit breaker and the pool), and a bare PING through the same path as the floor. Each benchmark thread uses its
 * own staff member, so locks are uncontended, as for different salons.
 */
@State(Scope.Benchmark)
public class SlotLockBenchmark {

    private static final Duration TTL = Duration.ofSeconds(10);

    private RedisConnections connections;
    private RedisSlotLocks locks;
    private TenantId tenant;
    private final AtomicInteger threads = new AtomicInteger();

    /** One staff member per benchmark thread. */
    @State(Scope.Thread)
    public static class PerThread {
        LockKey key;
        String owner;

        @Setup(Level.Trial)
        public void setUp(SlotLockBenchmark bench) {
            int n = bench.threads.incrementAndGet();
            key = new LockKey(bench.tenant, StaffId.of("staff-" + n));
            owner = "owner-" + n;
        }
    }

    @Setup(Level.Trial)
    public void setUp() {
        String url = System.getenv("TERMIN_BENCH_REDIS_URL");
        RedisConfig config = url == null || url.isBlank() ? TestRedis.get().config() : RedisConfig.of(url);
        connections = RedisConnections.create(config);
        locks = connections.slotLocks();
        tenant = TenantId.of(TestRedis.unique("bench"));
        if (!connections.ping()) {
            throw new IllegalStateException("Redis does not answer at " + config.redactedUrl());
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        connections.close();
    }

    @Benchmark
    public boolean acquireRelease(PerThread t) {
        LockLease lease = locks.tryAcquire(t.key, t.owner, TTL).orElseThrow();
        return locks.release(lease);
    }

    @Benchmark
    public boolean ping() {
        return connections.ping();
    }
}
