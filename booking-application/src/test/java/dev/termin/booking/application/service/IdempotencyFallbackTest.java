package dev.termin.booking.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.adapter.inmemory.InMemoryStorage;
import dev.termin.booking.application.port.out.IdempotencyStore;
import dev.termin.booking.application.port.out.IdempotencyStore.Claim;
import dev.termin.booking.application.port.out.StorageException;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IdempotencyFallbackTest {

    private static final TenantId TENANT = TenantId.of("salon-1");
    private static final Duration TTL = Duration.ofHours(24);
    private static final Duration IN_FLIGHT = Duration.ofSeconds(60);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-15T08:00:00Z"));
    private final Unreachable primary = new Unreachable(new InMemoryStorage(clock).storage().idempotency());
    private final IdempotencyStore database = new InMemoryStorage(clock).storage().idempotency();
    private final IdempotencyStore store = UseCases.idempotencyWithFallback(primary, database);

    /** A primary store that can be switched off like a Redis outage. */
    private static final class Unreachable implements IdempotencyStore {
        private final IdempotencyStore delegate;
        private volatile boolean down;

        Unreachable(IdempotencyStore delegate) {
            this.delegate = delegate;
        }

        private void check() {
            if (down) {
                throw new StorageException("connection refused");
            }
        }

        @Override
        public Claim claim(TenantId tenant, String key, String fingerprint, Instant now, Duration ttl,
                Duration inFlightTimeout) {
            check();
            return delegate.claim(tenant, key, fingerprint, now, ttl, inFlightTimeout);
        }

        @Override
        public void complete(TenantId tenant, String key, String response) {
            check();
            delegate.complete(tenant, key, response);
        }

        @Override
        public void release(TenantId tenant, String key) {
            check();
            delegate.release(tenant, key);
        }

        @Override
        public int purgeExpired(Instant now) {
            check();
            return delegate.purgeExpired(now);
        }
    }

    private Claim claim(String key, String fingerprint) {
        return store.claim(TENANT, key, fingerprint, clock.instant(), TTL, IN_FLIGHT);
    }

    @Test
    void givenThePrimaryDown_aKeyIsClaimedInTheDatabase_andReplayedFromThere() {
        // given
        primary.down = true;

        // when
        assertThat(claim("http:k1", "f1")).isInstanceOf(Claim.Claimed.class);
        store.complete(TENANT, "http:k1", "first answer");

        // then
        assertThat(claim("http:k1", "f1")).isEqualTo(new Claim.Replay("first answer"));
        assertThat(database.claim(TENANT, "http:k1", "f1", clock.instant(), TTL, IN_FLIGHT))
                .isEqualTo(new Claim.Replay("first answer"));
    }

    @Test
    void aKeyClaimedDuringTheOutage_isCompletedInTheDatabase_evenWhenThePrimaryIsBackInBetween() {
        // given a claim made while the primary was down
        primary.down = true;
        claim("http:k2", "f2");

        // when the primary comes back before the request finishes
        primary.down = false;
        store.complete(TENANT, "http:k2", "answer");

        // then the answer is where the claim is
        assertThat(database.claim(TENANT, "http:k2", "f2", clock.instant(), TTL, IN_FLIGHT))
                .isEqualTo(new Claim.Replay("answer"));
    }

    @Test
    void withThePrimaryUp_keysStayInThePrimary() {
        claim("http:k3", "f3");
        store.complete(TENANT, "http:k3", "answer");

        assertThat(database.claim(TENANT, "http:k3", "f3", clock.instant(), TTL, IN_FLIGHT))
                .isInstanceOf(Claim.Claimed.class);
        assertThat(claim("http:k3", "f3")).isEqualTo(new Claim.Replay("answer"));
    }
}
