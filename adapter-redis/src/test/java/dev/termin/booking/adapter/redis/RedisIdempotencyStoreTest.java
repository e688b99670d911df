package dev.termin.booking.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.application.port.out.IdempotencyStore.Claim;
import dev.termin.booking.domain.catalogue.TenantId;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

/** Redis-specific behaviour of {@link RedisIdempotencyStore} against a real server. */
class RedisIdempotencyStoreTest {

    private static final Duration TTL = Duration.ofHours(24);
    private static final Duration IN_FLIGHT = Duration.ofSeconds(60);
    private static final Instant NOW = Instant.now();

    private static RedisConnections connections;
    private static RedisIdempotencyStore store;

    @BeforeAll
    static void connect() {
        connections = RedisConnections.create(TestRedis.get().config());
        store = connections.idempotencyStore();
    }

    @AfterAll
    static void close() {
        connections.close();
    }

    private static TenantId newTenant() {
        return TenantId.of(TestRedis.unique("salon"));
    }

    private static Claim claim(TenantId tenant, String key, String fingerprint, Instant now) {
        return store.claim(tenant, key, fingerprint, now, TTL, IN_FLIGHT);
    }

    @Test
    void firstClaim_isClaimed_andStoredAsTenantScopedHashWithRedisTtl() {
        TenantId tenant = newTenant();

        Claim claim = claim(tenant, "booking:k1", "fp-a", NOW);

        assertThat(claim).isEqualTo(new Claim.Claimed());
        try (Jedis jedis = new Jedis(URI.create(TestRedis.get().url()))) {
            String key = "termin:{" + tenant.value() + "}:idem:booking:k1";
            assertThat(jedis.hget(key, "f")).isEqualTo("fp-a");
            assertThat(jedis.hget(key, "e")).isEqualTo(Long.toString(NOW.plus(TTL).toEpochMilli()));
            assertThat(jedis.pttl(key)).isBetween(TTL.toMillis() - 60_000, TTL.toMillis());
        }
    }

    @Test
    void repeatWhileRunning_isInFlight_andAfterCompletion_isReplayed() {
        TenantId tenant = newTenant();
        claim(tenant, "k", "fp-a", NOW);

        assertThat(claim(tenant, "k", "fp-a", NOW.plusSeconds(1))).isEqualTo(new Claim.InFlight());

        store.complete(tenant, "k", "{\"id\":\"a-1\"}");
        assertThat(claim(tenant, "k", "fp-a", NOW.plusSeconds(2))).isEqualTo(new Claim.Replay("{\"id\":\"a-1\"}"));
    }

    @Test
    void differentFingerprint_isMismatch_whetherRunningOrCompleted() {
        TenantId tenant = newTenant();
        claim(tenant, "k", "fp-a", NOW);

        assertThat(claim(tenant, "k", "fp-b", NOW)).isEqualTo(new Claim.Mismatch());
        store.complete(tenant, "k", "done");
        assertThat(claim(tenant, "k", "fp-b", NOW)).isEqualTo(new Claim.Mismatch());
    }

    @Test
    void sameKey_inOtherTenant_isIndependent() {
        TenantId a = newTenant();
        TenantId b = newTenant();
        claim(a, "k", "fp-a", NOW);
        store.complete(a, "k", "done");

        assertThat(claim(b, "k", "fp-other", NOW)).isEqualTo(new Claim.Claimed());
    }

    @Test
    void abandonedClaim_isTakenOver_afterInFlightTimeout() {
        TenantId tenant = newTenant();
        claim(tenant, "k", "fp-a", NOW);

        assertThat(claim(tenant, "k", "fp-a", NOW.plus(IN_FLIGHT).minusMillis(1))).isEqualTo(new Claim.InFlight());
        assertThat(claim(tenant, "k", "fp-a", NOW.plus(IN_FLIGHT))).isEqualTo(new Claim.Claimed());
        assertThat(claim(tenant, "k", "fp-a", NOW.plus(IN_FLIGHT).plusSeconds(1))).isEqualTo(new Claim.InFlight());
    }

    @Test
    void expiredRecord_isClaimedAfresh_evenWithOtherFingerprint() {
        TenantId tenant = newTenant();
        claim(tenant, "k", "fp-a", NOW);
        store.complete(tenant, "k", "done");

        assertThat(claim(tenant, "k", "fp-b", NOW.plus(TTL))).isEqualTo(new Claim.Claimed());
    }

    @Test
    void release_forgetsRunningClaim_butKeepsCompletedResponse() {
        TenantId tenant = newTenant();
        claim(tenant, "running", "fp", NOW);
        claim(tenant, "done", "fp", NOW);
        store.complete(tenant, "done", "response");

        store.release(tenant, "running");
        store.release(tenant, "done");
        store.release(tenant, "never-claimed");

        assertThat(claim(tenant, "running", "fp-other", NOW)).isEqualTo(new Claim.Claimed());
        assertThat(claim(tenant, "done", "fp", NOW)).isEqualTo(new Claim.Replay("response"));
    }

    @Test
    void complete_ofUnknownKey_storesNothing() {
        TenantId tenant = newTenant();

        store.complete(tenant, "k", "response");

        assertThat(claim(tenant, "k", "fp", NOW)).isEqualTo(new Claim.Claimed());
    }

    @Test
    void purgeExpired_deletesOnlyRecordsExpiredBeforeNow() {
        TenantId tenant = newTenant();
        store.claim(tenant, "short", "fp", NOW, Duration.ofMinutes(1), IN_FLIGHT);
        claim(tenant, "long", "fp", NOW);

        int purged = store.purgeExpired(NOW.plus(Duration.ofMinutes(2)));

        assertThat(purged).isGreaterThanOrEqualTo(1);
        assertThat(claim(tenant, "long", "fp", NOW.plusSeconds(1))).isEqualTo(new Claim.InFlight());
        try (Jedis jedis = new Jedis(URI.create(TestRedis.get().url()))) {
            assertThat(jedis.exists("termin:{" + tenant.value() + "}:idem:short")).isFalse();
        }
    }

    @Test
    void thirtyTwoConcurrentClaims_ofOneKey_haveExactlyOneClaimed_onTwoInstances() throws Exception {
        TenantId tenant = newTenant();
        try (RedisConnections other = RedisConnections.create(TestRedis.get().config())) {
            List<RedisIdempotencyStore> stores = List.of(store, other.idempotencyStore());
            ExecutorService pool = Executors.newFixedThreadPool(32);
            try {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Claim>> claims = new ArrayList<>();
                for (int i = 0; i < 32; i++) {
                    RedisIdempotencyStore s = stores.get(i % 2);
                    claims.add(pool.submit(() -> {
                        go.await();
                        return s.claim(tenant, "k", "fp", NOW, TTL, IN_FLIGHT);
                    }));
                }
                go.countDown();
                List<Claim> results = new ArrayList<>();
                for (Future<Claim> f : claims) {
                    results.add(f.get(10, TimeUnit.SECONDS));
                }
                assertThat(results).filteredOn(c -> c instanceof Claim.Claimed).hasSize(1);
                assertThat(results).filteredOn(c -> c instanceof Claim.InFlight).hasSize(31);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
