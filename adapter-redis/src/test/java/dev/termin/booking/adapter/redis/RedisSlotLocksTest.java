package dev.termin.booking.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termin.booking.application.port.out.LockKey;
import dev.termin.booking.application.port.out.LockLease;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

/** Redis-specific behaviour of {@link RedisSlotLocks} against a real server. */
class RedisSlotLocksTest {

    private static final Duration TTL = Duration.ofSeconds(10);

    private static RedisConnections connections;
    private static RedisSlotLocks locks;

    @BeforeAll
    static void connect() {
        connections = RedisConnections.create(TestRedis.get().config());
        locks = connections.slotLocks();
    }

    @AfterAll
    static void close() {
        connections.close();
    }

    private static LockKey newKey() {
        return new LockKey(TenantId.of(TestRedis.unique("salon")), StaffId.of("maria"));
    }

    private static Jedis raw() {
        return new Jedis(URI.create(TestRedis.get().url()));
    }

    @Test
    void freeKey_isAcquired_withOwnerStoredUnderStaffKey_andTtl() {
        // given
        LockKey key = newKey();
        Instant before = Instant.now();
        // when
        LockLease lease = locks.tryAcquire(key, "call-1", TTL).orElseThrow();
        // then
        assertThat(lease.key()).isEqualTo(key);
        assertThat(lease.owner()).isEqualTo("call-1");
        assertThat(lease.fencingToken()).isPresent();
        assertThat(lease.expiresAt()).isBetween(before.plus(TTL), Instant.now().plus(TTL));
        try (Jedis jedis = raw()) {
            String redisKey = "termin:{" + key.tenant().value() + "}:lock:maria";
            assertThat(jedis.get(redisKey)).isEqualTo("call-1");
            assertThat(jedis.pttl(redisKey)).isBetween(1L, TTL.toMillis());
            assertThat(jedis.get("termin:{" + key.tenant().value() + "}:fence")).isNotNull();
        }
    }

    @Test
    void heldKey_isRefusedToOtherOwner() {
        LockKey key = newKey();
        LockLease first = locks.tryAcquire(key, "call-1", TTL).orElseThrow();

        Optional<LockLease> second = locks.tryAcquire(key, "call-2", TTL);

        assertThat(second).isEmpty();
        assertThat(locks.isHeld(first)).isTrue();
    }

    @Test
    void holder_mayAcquireAgain_withNewerToken() {
        LockKey key = newKey();
        LockLease first = locks.tryAcquire(key, "call-1", TTL).orElseThrow();

        LockLease again = locks.tryAcquire(key, "call-1", TTL).orElseThrow();

        assertThat(again.fencingToken().getAsLong()).isGreaterThan(first.fencingToken().getAsLong());
        assertThat(locks.isHeld(again)).isTrue();
    }

    @Test
    void expiredLock_isStolenByOtherOwner_andOldLeaseIsNoLongerHeld() throws Exception {
        // given
        LockKey key = newKey();
        LockLease old = locks.tryAcquire(key, "call-1", Duration.ofMillis(100)).orElseThrow();
        // when
        Thread.sleep(200);
        LockLease thief = locks.tryAcquire(key, "call-2", TTL).orElseThrow();
        // then
        assertThat(locks.isHeld(old)).isFalse();
        assertThat(locks.release(old)).isFalse();
        assertThat(locks.extend(old, TTL)).isEmpty();
        assertThat(locks.isHeld(thief)).isTrue();
        assertThat(thief.fencingToken().getAsLong()).isGreaterThan(old.fencingToken().getAsLong());
    }

    @Test
    void expiredLock_withoutNewOwner_isNotHeld() throws Exception {
        LockKey key = newKey();
        LockLease lease = locks.tryAcquire(key, "call-1", Duration.ofMillis(50)).orElseThrow();

        Thread.sleep(120);

        assertThat(locks.isHeld(lease)).isFalse();
        assertThat(locks.release(lease)).isFalse();
    }

    @Test
    void release_byOtherOwner_isRefused_andLockStaysWithOwner() {
        // given
        LockKey key = newKey();
        LockLease mine = locks.tryAcquire(key, "call-1", TTL).orElseThrow();
        LockLease forged = new LockLease(key, "call-2", mine.expiresAt(), mine.fencingToken());
        // when
        boolean released = locks.release(forged);
        // then
        assertThat(released).isFalse();
        assertThat(locks.isHeld(mine)).isTrue();
        assertThat(locks.isHeld(forged)).isFalse();
        assertThat(locks.tryAcquire(key, "call-2", TTL)).isEmpty();
    }

    @Test
    void release_byOwner_freesTheKey() {
        LockKey key = newKey();
        LockLease mine = locks.tryAcquire(key, "call-1", TTL).orElseThrow();

        assertThat(locks.release(mine)).isTrue();

        assertThat(locks.isHeld(mine)).isFalse();
        assertThat(locks.release(mine)).isFalse();
        assertThat(locks.tryAcquire(key, "call-2", TTL)).isPresent();
    }

    @Test
    void extend_byOwner_pushesExpiry_keepsToken_andSurvivesOriginalTtl() throws Exception {
        // given
        LockKey key = newKey();
        LockLease lease = locks.tryAcquire(key, "call-1", Duration.ofMillis(400)).orElseThrow();
        // when
        LockLease extended = locks.extend(lease, Duration.ofSeconds(5)).orElseThrow();
        Thread.sleep(500);
        // then
        assertThat(extended.expiresAt()).isAfter(lease.expiresAt());
        assertThat(extended.fencingToken()).isEqualTo(lease.fencingToken());
        assertThat(locks.isHeld(extended)).isTrue();
        assertThat(locks.tryAcquire(key, "call-2", TTL)).isEmpty();
    }

    @Test
    void extend_byOtherOwner_isRefused_andDoesNotChangeTtl() throws Exception {
        LockKey key = newKey();
        LockLease mine = locks.tryAcquire(key, "call-1", Duration.ofMillis(150)).orElseThrow();
        LockLease forged = new LockLease(key, "call-2", mine.expiresAt(), OptionalLong.empty());

        assertThat(locks.extend(forged, Duration.ofSeconds(30))).isEmpty();

        Thread.sleep(250);
        assertThat(locks.isHeld(mine)).isFalse();
        assertThat(locks.tryAcquire(key, "call-2", TTL)).isPresent();
    }

    @Test
    void fencingTokens_growPerTenant_acrossKeysReleasesAndExpiries() throws Exception {
        // given
        TenantId tenant = TenantId.of(TestRedis.unique("salon"));
        LockKey maria = new LockKey(tenant, StaffId.of("maria"));
        LockKey emma = new LockKey(tenant, StaffId.of("emma"));
        List<Long> tokens = new ArrayList<>();
        // when
        LockLease a = locks.tryAcquire(maria, "call-1", Duration.ofMillis(50)).orElseThrow();
        tokens.add(a.fencingToken().getAsLong());
        Thread.sleep(100);
        LockLease b = locks.tryAcquire(maria, "call-2", TTL).orElseThrow();
        tokens.add(b.fencingToken().getAsLong());
        tokens.add(locks.tryAcquire(emma, "call-3", TTL).orElseThrow().fencingToken().getAsLong());
        locks.release(b);
        tokens.add(locks.tryAcquire(maria, "call-1", TTL).orElseThrow().fencingToken().getAsLong());
        // then
        assertThat(tokens).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void fencingTokens_keepGrowing_whenRedisLosesTheCounter() {
        // given
        LockKey key = newKey();
        long before = locks.tryAcquire(key, "call-1", TTL).orElseThrow().fencingToken().getAsLong();
        try (Jedis jedis = raw()) {
            jedis.del("termin:{" + key.tenant().value() + "}:fence");
        }
        // when
        long after = locks.tryAcquire(key, "call-1", TTL).orElseThrow().fencingToken().getAsLong();
        // then
        assertThat(after).isGreaterThan(before);
    }

    @Test
    void ttl_belowOneMillisecond_isRejected() {
        assertThatThrownBy(() -> locks.tryAcquire(newKey(), "call-1", Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> locks.tryAcquire(newKey(), "call-1", Duration.ofMillis(-5)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thirtyTwoThreads_onOneKey_haveExactlyOneWinner() throws Exception {
        LockKey key = newKey();

        List<LockLease> winners = race(List.of(locks), key, 32);

        assertThat(winners).hasSize(1);
        assertThat(locks.isHeld(winners.get(0))).isTrue();
    }

    @Test
    void twoEngineInstances_throughOneRedis_haveExactlyOneWinnerPerKey() throws Exception {
        // given: two connection pools, as two engine processes would have
        try (RedisConnections other = RedisConnections.create(TestRedis.get().config())) {
            List<RedisSlotLocks> instances = List.of(locks, other.slotLocks());
            for (int round = 0; round < 20; round++) {
                LockKey key = newKey();
                // when
                List<LockLease> winners = race(instances, key, 16);
                // then
                assertThat(winners).as("winners of round %d", round).hasSize(1);
            }
        }
    }

    /** {@code threads} threads, spread over {@code instances}, try to take {@code key} at the same moment. */
    private static List<LockLease> race(List<RedisSlotLocks> instances, LockKey key, int threads)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch ready = new CountDownLatch(threads);
            CountDownLatch go = new CountDownLatch(1);
            ConcurrentLinkedQueue<LockLease> winners = new ConcurrentLinkedQueue<>();
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                RedisSlotLocks instance = instances.get(i % instances.size());
                String owner = "owner-" + i;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    instance.tryAcquire(key, owner, TTL).ifPresent(winners::add);
                    return null;
                }));
            }
            ready.await();
            go.countDown();
            for (Future<?> f : futures) {
                f.get(10, TimeUnit.SECONDS);
            }
            return new ArrayList<>(winners);
        } finally {
            pool.shutdownNow();
        }
    }
}
