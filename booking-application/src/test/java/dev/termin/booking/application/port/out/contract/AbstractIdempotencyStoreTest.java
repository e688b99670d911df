package dev.termin.booking.application.port.out.contract;

import static dev.termin.booking.application.port.out.contract.ContractFixtures.now;
import static dev.termin.booking.application.port.out.contract.ContractFixtures.randomId;
import static dev.termin.booking.application.port.out.contract.ContractFixtures.randomTenant;
import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.application.port.out.BookingStorage;
import dev.termin.booking.application.port.out.IdempotencyStore;
import dev.termin.booking.application.port.out.IdempotencyStore.Claim;
import dev.termin.booking.domain.catalogue.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Contract of {@link IdempotencyStore}: claim, complete and replay; mismatch; in flight and take-over; release;
 * expiry and purge; tenant-scoped keys; exactly one winner among concurrent claims.
 */
public abstract class AbstractIdempotencyStoreTest {

    private static final Duration TTL = Duration.ofHours(24);
    private static final Duration IN_FLIGHT = Duration.ofMinutes(1);

    /** The storage under test; called once per test, may return the same shared instance every time. */
    protected abstract BookingStorage storage();

    private IdempotencyStore store;
    private TenantId tenant;
    private String key;
    private Instant t0;

    @BeforeEach
    void setUpKey() {
        store = storage().idempotency();
        tenant = randomTenant();
        key = randomId("key");
        t0 = now();
    }

    @Test
    void aFirstClaim_isClaimed_andAfterCompletionTheSameRequestIsReplayed() {
        String response = "{\"status\":\"booked\",\"text\":\"Ihr Termin ist gebucht ✓ '%_\\\\\"}";

        assertThat(claim("fp-1", t0)).isEqualTo(new Claim.Claimed());
        store.complete(tenant, key, response);

        assertThat(claim("fp-1", t0.plusSeconds(5))).isEqualTo(new Claim.Replay(response));
        assertThat(claim("fp-1", t0.plus(Duration.ofHours(23)))).isEqualTo(new Claim.Replay(response));
    }

    @Test
    void aLongResponse_isReplayedExactly() {
        String response = "{\"x\":\"" + "ä".repeat(20_000) + "\"}";
        claim("fp-1", t0);
        store.complete(tenant, key, response);

        assertThat(claim("fp-1", t0.plusSeconds(1))).isEqualTo(new Claim.Replay(response));
    }

    @Test
    void aDifferentFingerprint_isAMismatch_whetherCompletedOrInFlight() {
        claim("fp-1", t0);
        assertThat(claim("fp-2", t0.plusSeconds(1))).isEqualTo(new Claim.Mismatch());

        store.complete(tenant, key, "ok");

        assertThat(claim("fp-2", t0.plusSeconds(2))).isEqualTo(new Claim.Mismatch());
        assertThat(claim("fp-1", t0.plusSeconds(3))).isEqualTo(new Claim.Replay("ok"));
    }

    @Test
    void aRepeatWhileTheFirstRuns_isInFlight() {
        claim("fp-1", t0);

        assertThat(claim("fp-1", t0.plusSeconds(1))).isEqualTo(new Claim.InFlight());
        assertThat(claim("fp-1", t0.plus(IN_FLIGHT).minusSeconds(1))).isEqualTo(new Claim.InFlight());
    }

    @Test
    void aClaimInFlightLongerThanTheTimeout_isTakenOver_once() {
        claim("fp-1", t0);
        Instant later = t0.plus(IN_FLIGHT).plusSeconds(1);

        assertThat(claim("fp-1", later)).isEqualTo(new Claim.Claimed());
        assertThat(claim("fp-1", later.plusSeconds(1))).as("the new claimer is in flight now")
                .isEqualTo(new Claim.InFlight());
        store.complete(tenant, key, "second");
        assertThat(claim("fp-1", later.plusSeconds(2))).isEqualTo(new Claim.Replay("second"));
    }

    @Test
    void aReleasedKey_canBeClaimedAgain() {
        claim("fp-1", t0);

        store.release(tenant, key);

        assertThat(claim("fp-1", t0.plusSeconds(1))).isEqualTo(new Claim.Claimed());
    }

    @Test
    void aReleasedKey_canBeClaimedWithAnotherFingerprint() {
        claim("fp-1", t0);

        store.release(tenant, key);

        assertThat(claim("fp-2", t0.plusSeconds(1))).isEqualTo(new Claim.Claimed());
    }

    @Test
    void aKey_expiresAfterItsTtl() {
        claim("fp-1", t0);
        store.complete(tenant, key, "old");

        assertThat(claim("fp-2", t0.plus(TTL).plusSeconds(1))).isEqualTo(new Claim.Claimed());
    }

    @Test
    void purgeExpired_deletesExpiredRecords_andKeepsLiveOnes() {
        // given
        String expiredKey = key;
        String liveKey = randomId("key");
        store.claim(tenant, expiredKey, "fp", t0, Duration.ofMinutes(1), IN_FLIGHT);
        store.complete(tenant, expiredKey, "old");
        store.claim(tenant, liveKey, "fp", t0, TTL, IN_FLIGHT);
        store.complete(tenant, liveKey, "live");

        // when
        int purged = store.purgeExpired(t0.plus(Duration.ofMinutes(2)));

        // then
        assertThat(purged).isGreaterThanOrEqualTo(1);
        assertThat(store.claim(tenant, liveKey, "fp", t0.plus(Duration.ofMinutes(3)), TTL, IN_FLIGHT))
                .isEqualTo(new Claim.Replay("live"));
        assertThat(store.claim(tenant, expiredKey, "other", t0.plus(Duration.ofMinutes(3)), TTL, IN_FLIGHT))
                .isEqualTo(new Claim.Claimed());
    }

    @Test
    void keys_areScopedByTenant() {
        TenantId other = randomTenant();
        claim("fp-1", t0);
        store.complete(tenant, key, "mine");

        assertThat(store.claim(other, key, "fp-2", t0.plusSeconds(1), TTL, IN_FLIGHT))
                .isEqualTo(new Claim.Claimed());
        store.complete(other, key, "theirs");
        store.release(other, key);

        assertThat(claim("fp-1", t0.plusSeconds(2))).isEqualTo(new Claim.Replay("mine"));
        assertThat(store.claim(other, key, "fp-2", t0.plusSeconds(3), TTL, IN_FLIGHT))
                .isEqualTo(new Claim.Replay("theirs"));
    }

    @Test
    @Timeout(60)
    void sixteenConcurrentClaimsOfOneKey_haveExactlyOneWinner() {
        List<Claim> claims = Concurrency.race(16, n -> claim("fp-1", t0));

        assertThat(claims).filteredOn(c -> c instanceof Claim.Claimed).hasSize(1);
        assertThat(claims).filteredOn(c -> c instanceof Claim.InFlight).hasSize(15);
    }

    private Claim claim(String fingerprint, Instant now) {
        return store.claim(tenant, key, fingerprint, now, TTL, IN_FLIGHT);
    }
}
