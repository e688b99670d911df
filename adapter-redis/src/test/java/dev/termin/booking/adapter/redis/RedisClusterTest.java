package dev.termin.booking.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termin.booking.application.port.out.IdempotencyStore.Claim;
import dev.termin.booking.application.port.out.LockKey;
import dev.termin.booking.application.port.out.LockLease;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.util.JedisClusterCRC16;

/**
 * Redis Cluster specifics: a tenant's keys share the slot of its hash tag and sit on the primary owning it, the
 * cluster refuses scripts over keys of two slots (so the contract tests passing proves the layout), tenants spread
 * over the primaries, purging visits every primary, {@code PING} reaches the nodes, and neither a cluster nor a
 * Sentinel URL needs a reachable node to start.
 */
class RedisClusterTest {

    private static final Duration TTL = Duration.ofSeconds(30);

    private static TestRedisCluster cluster;
    private static RedisConnections connections;

    @BeforeAll
    static void connect() {
        cluster = TestRedisCluster.get();
        connections = RedisConnections.create(cluster.config());
    }

    @AfterAll
    static void close() {
        connections.close();
    }

    @Test
    void aTenantsLock_fence_andRecord_liveInTheSlotOfItsTag_onThePrimaryOwningIt() {
        // given
        TenantId tenant = TenantId.of(TestRedis.unique("salon"));
        String tag = "{" + tenant.value() + "}";
        // when
        connections.slotLocks().tryAcquire(new LockKey(tenant, StaffId.of("maria")), "call-1", TTL).orElseThrow();
        connections.idempotencyStore().claim(tenant, "k1", "fp", Instant.now(), TTL, TTL);
        // then
        List<String> keys = List.of("termin:" + tag + ":lock:maria", "termin:" + tag + ":fence",
                "termin:" + tag + ":idem:k1");
        assertThat(keys).extracting(JedisClusterCRC16::getSlot).containsOnly(JedisClusterCRC16.getSlot(tag));
        try (Jedis owner = TestRedisCluster.jedis(cluster.initialPrimaryOf(tag).port())) {
            assertThat(owner.get(keys.get(0))).isEqualTo("call-1");
            assertThat(owner.exists(keys.get(1))).isTrue();
            assertThat(owner.hget(keys.get(2), "f")).isEqualTo("fp");
        }
    }

    @Test
    void theClusterRefusesAScriptOverTwoSlots_soTheTaggedLayoutIsWhatLetsTheScriptsRun() {
        // the layout without tags: a lock and its tenant's counter in different slots
        String lock = "termin:lock:salon-1:maria";
        String fence = "termin:fence:salon-1";
        assertThat(JedisClusterCRC16.getSlot(lock)).isNotEqualTo(JedisClusterCRC16.getSlot(fence));
        try (Jedis owner = TestRedisCluster.jedis(cluster.initialPrimaryOf(lock).port())) {
            assertThatThrownBy(() -> owner.eval("return redis.call('GET', KEYS[1])", List.of(lock, fence),
                    List.of())).isInstanceOf(JedisDataException.class).hasMessageMatching("(CROSSSLOT|MOVED).*");
        }
    }

    @Test
    void manyTenants_spreadOverEveryPrimary_andEachGetsItsOwnGrowingTokens() {
        Set<Integer> primaries = new HashSet<>();
        for (int i = 0; i < 30; i++) {
            TenantId tenant = TenantId.of(TestRedis.unique("salon"));
            LockKey key = new LockKey(tenant, StaffId.of("maria"));
            LockLease first = connections.slotLocks().tryAcquire(key, "call-1", TTL).orElseThrow();
            assertThat(connections.slotLocks().release(first)).isTrue();
            LockLease second = connections.slotLocks().tryAcquire(key, "call-2", TTL).orElseThrow();
            assertThat(second.fencingToken().orElseThrow()).isGreaterThan(first.fencingToken().orElseThrow());
            primaries.add(cluster.initialPrimaryOf("{" + tenant.value() + "}").port());
        }
        assertThat(primaries).hasSize(3);
    }

    @Test
    void purgeExpired_visitsEveryPrimary() {
        // given: expired records of tenants on every primary (Redis's own expiry is an hour away)
        Instant claimedAt = Instant.now().minus(Duration.ofHours(2));
        Map<String, Integer> recordsByPrimary = new HashMap<>();
        while (new HashSet<>(recordsByPrimary.values()).size() < 3) {
            TenantId tenant = TenantId.of(TestRedis.unique("salon"));
            Claim claim = connections.idempotencyStore().claim(tenant, "old", "fp", claimedAt,
                    Duration.ofHours(1), Duration.ofMinutes(1));
            assertThat(claim).isInstanceOf(Claim.Claimed.class);
            String tag = "{" + tenant.value() + "}";
            recordsByPrimary.put("termin:" + tag + ":idem:old", cluster.initialPrimaryOf(tag).port());
        }
        // when
        int purged = connections.idempotencyStore().purgeExpired(Instant.now());
        // then
        assertThat(purged).isGreaterThanOrEqualTo(recordsByPrimary.size());
        recordsByPrimary.forEach((key, port) -> {
            try (Jedis owner = TestRedisCluster.jedis(port)) {
                assertThat(owner.exists(key)).as(key).isFalse();
            }
        });
    }

    @Test
    void ping_isAnsweredByEveryClusterPrimary_andThroughTheSentinels() {
        assertThat(connections.ping()).isTrue();
        assertThat(connections.openConnections()).isPositive();
        try (RedisConnections sentinel = RedisConnections.create(TestRedisSentinel.get().config())) {
            assertThat(sentinel.ping()).isTrue();
            assertThat(sentinel.config().topology()).isEqualTo(RedisConfig.Topology.SENTINEL);
        }
    }

    @Test
    void unreachableClusterOrSentinels_atStartup_failFast_andDoNotPreventStarting() {
        int closed = TestRedisNodes.freePort();
        for (String url : List.of("redis-cluster://127.0.0.1:" + closed,
                "redis-sentinel://127.0.0.1:" + closed + "#mymaster")) {
            RedisConfig config = RedisConfig.of(url).withTimeouts(Duration.ofMillis(200), Duration.ofMillis(200));
            try (RedisConnections down = RedisConnections.create(config)) {
                assertThat(down.ping()).as(url).isFalse();
                assertThatThrownBy(() -> down.slotLocks().tryAcquire(
                        new LockKey(TenantId.of("salon-1"), StaffId.of("maria")), "call-1", TTL))
                        .as(url).isInstanceOf(RedisUnavailableException.class);
                assertThat(down.openConnections()).isZero();
            }
        }
    }
}
