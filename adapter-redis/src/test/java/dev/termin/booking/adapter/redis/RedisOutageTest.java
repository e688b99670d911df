package dev.termin.booking.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.termin.booking.application.port.out.InfrastructureException;
import dev.termin.booking.application.port.out.LockKey;
import dev.termin.booking.application.port.out.LockLease;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.sync.CircuitState;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * Redis going away and coming back: calls fail fast with {@link RedisUnavailableException} only, the breaker opens,
 * and it closes again by itself once Redis is back, without a new client.
 */
class RedisOutageTest {

    private static final Duration TTL = Duration.ofSeconds(5);
    private static final Duration OPEN_DELAY = Duration.ofMillis(300);

    private static RedisConfig impatient(String url) {
        return RedisConfig.of(url)
                .withTimeouts(Duration.ofMillis(200), Duration.ofMillis(200))
                .withBreaker(3, OPEN_DELAY, 1);
    }

    @Test
    void redisStoppedDuringConcurrentRun_failsFast_opensBreaker_andRecoversWithoutNewClient() throws Exception {
        TestRedis redis = TestRedis.get();
        assumeTrue(redis.isEmbedded(), "needs the embedded server to stop and start it");
        TenantId tenant = TenantId.of(TestRedis.unique("salon"));
        try (RedisConnections connections = RedisConnections.create(impatient(redis.url()))) {
            RedisSlotLocks locks = connections.slotLocks();
            RedisIdempotencyStore idempotency = connections.idempotencyStore();
            RedisRateLimiter limiter = connections.rateLimiter(1_000_000, Duration.ofMinutes(1));
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicLong successes = new AtomicLong();
            AtomicLong unavailable = new AtomicLong();
            ConcurrentLinkedQueue<Long> refusalNanos = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
            ExecutorService workers = Executors.newFixedThreadPool(8);
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < 8; w++) {
                int worker = w;
                futures.add(workers.submit(() -> {
                    int i = 0;
                    while (running.get()) {
                        LockKey key = new LockKey(tenant, StaffId.of("staff-" + (i % 4)));
                        long start = System.nanoTime();
                        try {
                            Optional<LockLease> lease = locks.tryAcquire(key, "owner-" + worker, TTL);
                            if (lease.isPresent()) {
                                locks.isHeld(lease.get());
                                locks.release(lease.get());
                            }
                            idempotency.claim(tenant, "k-" + worker + "-" + i, "fp", Instant.now(),
                                    Duration.ofMinutes(1), Duration.ofSeconds(10));
                            limiter.tryAcquire("key-" + worker, Instant.now());
                            successes.incrementAndGet();
                        } catch (RedisUnavailableException e) {
                            unavailable.incrementAndGet();
                            if (e.isCircuitOpen()) {
                                refusalNanos.add(System.nanoTime() - start);
                            }
                            pause(2);
                        } catch (Throwable t) {
                            unexpected.add(t);
                        }
                        i++;
                    }
                    return null;
                }));
            }
            try {
                // given: traffic is flowing
                await(() -> successes.get() > 100, Duration.ofSeconds(10), "traffic before the outage");
                assertThat(connections.circuitState()).isEqualTo(CircuitState.CLOSED);

                // when: Redis dies in the middle of it
                redis.stop();

                // then: the breaker opens, calls fail fast with RedisUnavailableException only
                await(() -> connections.circuitState() == CircuitState.OPEN, Duration.ofSeconds(5), "breaker open");
                long before = unavailable.get();
                await(() -> unavailable.get() > before + 50, Duration.ofSeconds(5), "refusals during the outage");
                long start = System.nanoTime();
                assertThatThrownBy(() -> locks.tryAcquire(new LockKey(tenant, StaffId.of("x")), "probe", TTL))
                        .isInstanceOf(RedisUnavailableException.class)
                        .isInstanceOf(InfrastructureException.class);
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(250));
                assertThat(connections.ping()).isFalse();
                // and: over several open delays the half-open trials fail and the breaker stays open
                long successesDuringOutage = successes.get();
                pause(4 * OPEN_DELAY.toMillis());
                assertThat(successes.get()).isEqualTo(successesDuringOutage);
                assertThat(connections.circuitState()).isNotEqualTo(CircuitState.CLOSED);

                // when: Redis comes back on the same address
                redis.start();
                long successesAtRestart = successes.get();

                // then: the breaker half-opens after its delay, closes on a successful trial, and traffic flows
                await(() -> successes.get() > successesAtRestart + 100, Duration.ofSeconds(10),
                        "traffic after the restart");
                await(() -> connections.circuitState() == CircuitState.CLOSED, Duration.ofSeconds(5),
                        "breaker closed");
            } finally {
                running.set(false);
                for (Future<?> f : futures) {
                    f.get(10, TimeUnit.SECONDS);
                }
                workers.shutdownNow();
                redis.start();
            }
            assertThat(unexpected).as("exceptions other than RedisUnavailableException").isEmpty();
            assertThat(unavailable.get()).isPositive();
            List<Long> refusals = refusalNanos.stream().sorted().toList();
            assertThat(refusals).hasSizeGreaterThan(20);
            assertThat(Duration.ofNanos(refusals.get(refusals.size() / 2))).as("median refusal by the open breaker")
                    .isLessThan(Duration.ofMillis(5));
            assertThat(Duration.ofNanos(refusals.get(refusals.size() * 9 / 10))).as("p90 refusal by the open breaker")
                    .isLessThan(Duration.ofMillis(50));

            // and: locks work again, with exclusion, on the same client
            LockKey key = new LockKey(tenant, StaffId.of("after"));
            LockLease lease = locks.tryAcquire(key, "a", TTL).orElseThrow();
            assertThat(locks.tryAcquire(key, "b", TTL)).isEmpty();
            assertThat(locks.release(lease)).isTrue();
        }
    }

    @Test
    void unreachableRedis_atStartup_throwsRedisUnavailable_thenOpensBreaker() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        try (RedisConnections connections = RedisConnections.create(impatient("redis://127.0.0.1:" + port))) {
            LockKey key = new LockKey(TenantId.of("salon-1"), StaffId.of("maria"));
            for (int i = 0; i < 3; i++) {
                assertThatThrownBy(() -> connections.slotLocks().tryAcquire(key, "a", TTL))
                        .isInstanceOf(RedisUnavailableException.class)
                        .matches(e -> !((RedisUnavailableException) e).isCircuitOpen());
            }
            assertThat(connections.circuitState()).isEqualTo(CircuitState.OPEN);
            assertThatThrownBy(() -> connections.idempotencyStore().release(TenantId.of("salon-1"), "k"))
                    .isInstanceOf(RedisUnavailableException.class)
                    .matches(e -> ((RedisUnavailableException) e).isCircuitOpen());
            pause(OPEN_DELAY.toMillis() + 50);
            assertThat(connections.circuitState()).isEqualTo(CircuitState.HALF_OPEN);
        }
    }

    @Test
    void closedConnections_failWithRedisUnavailable() {
        RedisConnections connections = RedisConnections.create(TestRedis.get().config());
        connections.close();

        assertThatThrownBy(() -> connections.slotLocks().tryAcquire(
                new LockKey(TenantId.of("salon-1"), StaffId.of("maria")), "a", TTL))
                .isInstanceOf(RedisUnavailableException.class);
        assertThat(connections.ping()).isFalse();
    }

    @Test
    void hungRedis_thatAcceptsButNeverAnswers_timesOutAfterSocketTimeout() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            List<Socket> accepted = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(silent.accept());
                    }
                } catch (IOException e) {
                    // closed
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            try (RedisConnections connections = RedisConnections.create(
                    impatient("redis://127.0.0.1:" + silent.getLocalPort()))) {
                LockKey key = new LockKey(TenantId.of("salon-1"), StaffId.of("maria"));
                long start = System.nanoTime();
                assertThatThrownBy(() -> connections.slotLocks().tryAcquire(key, "a", TTL))
                        .isInstanceOf(RedisUnavailableException.class);
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                assertThat(took).isBetween(Duration.ofMillis(150), Duration.ofMillis(1500));
            } finally {
                for (Socket s : accepted) {
                    s.close();
                }
            }
        }
    }

    private static void await(BooleanSupplier condition, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            pause(10);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
