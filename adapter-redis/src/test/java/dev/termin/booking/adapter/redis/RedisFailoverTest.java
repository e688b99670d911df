package dev.termin.booking.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.application.port.out.IdempotencyStore.Claim;
import dev.termin.booking.application.port.out.LockKey;
import dev.termin.booking.application.port.out.LockLease;
import dev.termin.booking.application.port.out.RateLimiter.Decision;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.sync.CircuitState;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.commands.ProtocolCommand;
import redis.clients.jedis.util.JedisClusterCRC16;

/**
 * A primary killed (SIGKILL) under the adapter, in a cluster and behind Sentinel: until its replica is promoted,
 * calls fail fast with {@link RedisUnavailableException} (and nothing else); afterwards the same
 * {@link RedisConnections} works again without a restart (the breaker's trial calls, the cluster client's refreshed
 * slot map, the Sentinel pool re-pointed by {@code +switch-master}). What was replicated before the crash survives:
 * a held lock is still held by its owner only, a completed idempotency record replays, a rate window keeps
 * counting; and every fencing token issued after the failover is larger than every token issued before it. A lock
 * whose write never reached the replica is lost and granted again, to a holder with a larger token, so the database
 * fence orders the two holders (docs/redis.md, "Failover").
 */
@Timeout(60)
class RedisFailoverTest {

    private static final Duration LOCK_TTL = Duration.ofSeconds(30);
    private static final Duration FAILOVER_DEADLINE = Duration.ofSeconds(20);
    private static final ProtocolCommand DEBUG = () -> "DEBUG".getBytes(StandardCharsets.US_ASCII);

    private static RedisConfig impatient(String url) {
        return RedisConfig.of(url)
                .withTimeouts(Duration.ofMillis(200), Duration.ofMillis(200))
                .withBreaker(3, Duration.ofMillis(300), 1);
    }

    @Test
    void clusterPrimaryKilled_replicaTakesOver_andReplicatedLocksTokensAndRecordsHold() {
        TenantId tenant = TenantId.of(TestRedis.unique("salon"));
        try (TestRedisCluster cluster = TestRedisCluster.start(3);
                RedisConnections redis = RedisConnections.create(impatient(cluster.url()))) {
            // the tenant's locks, counter and records live on one primary: the one this test kills
            TestRedisCluster.Node primary = cluster.initialPrimaryOf("{" + tenant.value() + "}");
            TestRedisCluster.Node replica = cluster.replicaOf(primary);

            survivesFailover(redis, tenant,
                    () -> awaitReplicated(primary.port(), "{" + tenant.value() + "}:replication-probe"),
                    () -> TestRedisNodes.stop(primary.server()));

            assertThat(TestRedisCluster.info(replica.port(), "replication")).contains("role:master");
            assertThat(JedisClusterCRC16.getSlot("termin:{" + tenant.value() + "}:lock:maria"))
                    .isEqualTo(JedisClusterCRC16.getSlot("termin:{" + tenant.value() + "}:fence"));
        }
    }

    @Test
    void sentinelPrimaryKilled_replicaIsPromoted_andReplicatedLocksTokensAndRecordsHold() {
        TenantId tenant = TenantId.of(TestRedis.unique("salon"));
        try (TestRedisSentinel sentinel = TestRedisSentinel.start();
                RedisConnections redis = RedisConnections.create(impatient(sentinel.url()))) {
            survivesFailover(redis, tenant,
                    () -> awaitReplicated(sentinel.initialPrimaryPort(), "replication-probe"),
                    sentinel::killPrimary);

            assertThat(TestRedisCluster.info(sentinel.initialReplicaPort(), "replication")).contains("role:master");
        }
    }

    @Test
    void aLockItsReplicaNeverGot_isLostInTheFailover_andGrantedAgain_butWithALargerToken() throws Exception {
        TenantId tenant = TenantId.of(TestRedis.unique("salon"));
        LockKey maria = new LockKey(tenant, StaffId.of("maria"));
        try (TestRedisSentinel sentinel = TestRedisSentinel.start();
                RedisConnections redis = RedisConnections.create(impatient(sentinel.url()))) {
            RedisSlotLocks locks = redis.slotLocks();
            assertThat(redis.ping()).isTrue();
            // given: the replica is asleep and its link to the primary is cut, so it cannot receive the next write
            Thread sleeper = new Thread(() -> {
                try (Jedis replica = new Jedis("127.0.0.1", sentinel.initialReplicaPort(), 10_000)) {
                    replica.sendCommand(DEBUG, "SLEEP", "2");
                }
            });
            sleeper.start();
            TestRedisNodes.await("the replica to sleep", FAILOVER_DEADLINE,
                    () -> !answersWithin(sentinel.initialReplicaPort(), 100));
            try (Jedis primary = TestRedisCluster.jedis(sentinel.initialPrimaryPort())) {
                primary.sendCommand(Protocol.Command.CLIENT, "KILL", "TYPE", "replica");
            }
            LockLease lost = locks.tryAcquire(maria, "call-1", LOCK_TTL).orElseThrow();

            // when: the primary dies before the replica could reconnect
            sentinel.killPrimary();
            sleeper.join();
            TestRedisNodes.await("the replica to take over", FAILOVER_DEADLINE, () -> {
                try {
                    return !locks.isHeld(lost);
                } catch (RedisUnavailableException e) {
                    return false;
                }
            });

            // then: the same lock is granted to another owner while call-1 still believes it holds it ...
            LockLease second = locks.tryAcquire(maria, "call-2", LOCK_TTL).orElseThrow();
            assertThat(TestRedisCluster.info(sentinel.initialReplicaPort(), "replication")).contains("role:master");
            assertThat(lost.expiresAt()).isAfter(Instant.now());
            // ... and its token is larger, so the database fence orders the two holders
            assertThat(second.fencingToken().orElseThrow()).isGreaterThan(lost.fencingToken().orElseThrow());
        }
    }

    private static boolean answersWithin(int port, int timeoutMillis) {
        try (Jedis jedis = new Jedis("127.0.0.1", port, timeoutMillis)) {
            return "PONG".equals(jedis.ping());
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void survivesFailover(RedisConnections redis, TenantId tenant, Runnable awaitReplication,
            Runnable killPrimary) {
        RedisSlotLocks locks = redis.slotLocks();
        RedisIdempotencyStore idempotency = redis.idempotencyStore();
        RedisRateLimiter limiter = redis.rateLimiter(10, Duration.ofHours(1));
        LockKey maria = new LockKey(tenant, StaffId.of("maria"));
        LockKey emma = new LockKey(tenant, StaffId.of("emma"));
        Instant now = Instant.now();
        // given: a held lock, tokens issued, a completed record and a used rate budget, all replicated
        LockLease held = locks.tryAcquire(maria, "call-1", LOCK_TTL).orElseThrow();
        long highestTokenBefore = held.fencingToken().orElseThrow();
        for (int i = 0; i < 5; i++) {
            LockLease lease = locks.tryAcquire(emma, "call-" + i, LOCK_TTL).orElseThrow();
            highestTokenBefore = Math.max(highestTokenBefore, lease.fencingToken().orElseThrow());
            assertThat(locks.release(lease)).isTrue();
        }
        assertThat(idempotency.claim(tenant, "k1", "fp", now, Duration.ofHours(1), Duration.ofMinutes(1)))
                .isInstanceOf(Claim.Claimed.class);
        idempotency.complete(tenant, "k1", "response-1");
        assertThat(limiter.tryAcquire("api-key-" + tenant.value(), now)).isEqualTo(new Decision.Allowed(9));
        awaitReplication.run();

        // when
        killPrimary.run();

        // then: calls fail fast with RedisUnavailableException only, until the replica has taken over
        AtomicInteger unavailable = new AtomicInteger();
        AtomicReference<Boolean> heldAfter = new AtomicReference<>();
        List<Throwable> unexpected = new ArrayList<>();
        TestRedisNodes.await("the replica to take over", FAILOVER_DEADLINE, () -> {
            try {
                heldAfter.set(locks.isHeld(held));
                return true;
            } catch (RedisUnavailableException e) {
                unavailable.incrementAndGet();
                return false;
            } catch (RuntimeException e) {
                unexpected.add(e);
                return true;
            }
        });
        assertThat(unexpected).isEmpty();
        assertThat(unavailable).hasPositiveValue();
        assertThat(redis.circuitState()).isEqualTo(CircuitState.CLOSED);

        // the replicated lock is still held by its owner, and by nobody else
        assertThat(heldAfter.get()).isTrue();
        assertThat(locks.tryAcquire(maria, "call-2", LOCK_TTL)).isEmpty();
        // the completed record replays; the rate window keeps its count
        assertThat(idempotency.claim(tenant, "k1", "fp", now, Duration.ofHours(1), Duration.ofMinutes(1)))
                .isEqualTo(new Claim.Replay("response-1"));
        assertThat(limiter.tryAcquire("api-key-" + tenant.value(), now)).isEqualTo(new Decision.Allowed(8));
        // tokens keep growing across the failover, so the database fence still orders every holder
        LockLease afterFailover = locks.tryAcquire(emma, "call-9", LOCK_TTL).orElseThrow();
        assertThat(afterFailover.fencingToken().orElseThrow()).isGreaterThan(highestTokenBefore);
        // the owner releases as usual, and the next caller gets the lock with a newer token
        assertThat(locks.release(held)).isTrue();
        LockLease next = locks.tryAcquire(maria, "call-2", LOCK_TTL).orElseThrow();
        assertThat(next.fencingToken().orElseThrow()).isGreaterThan(afterFailover.fencingToken().orElseThrow());
    }

    /**
     * Waits until the primary on {@code port} has shipped every write so far to its replica: a write of the probe
     * key (in the tenant's slot on a cluster primary), then {@code WAIT 1}; the replication stream is ordered, so
     * its acknowledgement covers the adapter's earlier writes.
     */
    private static void awaitReplicated(int port, String probeKey) {
        try (Jedis primary = TestRedisCluster.jedis(port)) {
            primary.set(probeKey, "1");
            assertThat(primary.waitReplicas(1, 5_000)).isEqualTo(1);
        }
    }
}
