package dev.termin.booking.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termin.booking.application.port.out.BookingStorage;
import dev.termin.booking.application.port.out.IdempotencyStore;
import dev.termin.booking.application.port.out.IdempotencyStore.Claim;
import dev.termin.booking.application.port.out.contract.AbstractIdempotencyStoreTest;
import dev.termin.booking.domain.catalogue.TenantId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemoryIdempotencyStoreTest extends AbstractIdempotencyStoreTest {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();
    private static final Duration TTL = Duration.ofHours(24);
    private static final Duration IN_FLIGHT = Duration.ofMinutes(1);

    @Override
    protected BookingStorage storage() {
        return STORAGE.storage();
    }

    private final IdempotencyStore store = new InMemoryStorage().storage().idempotency();
    private final TenantId tenant = TenantId.of("salon-1");
    private final Instant t0 = Instant.parse("2031-01-01T00:00:00Z");

    @Test
    void releasingACompletedKey_keepsItsResponse() {
        store.claim(tenant, "k", "fp", t0, TTL, IN_FLIGHT);
        store.complete(tenant, "k", "done");

        store.release(tenant, "k");

        assertThat(store.claim(tenant, "k", "fp", t0.plusSeconds(1), TTL, IN_FLIGHT))
                .isEqualTo(new Claim.Replay("done"));
    }

    @Test
    void completingAnUnknownKey_storesNothing() {
        store.complete(tenant, "k", "done");

        assertThat(store.claim(tenant, "k", "fp", t0, TTL, IN_FLIGHT)).isEqualTo(new Claim.Claimed());
    }

    @Test
    void purgeExpired_countsExactlyTheExpiredRecords() {
        store.claim(tenant, "a", "fp", t0, Duration.ofMinutes(1), IN_FLIGHT);
        store.claim(tenant, "b", "fp", t0, Duration.ofMinutes(1), IN_FLIGHT);
        store.claim(tenant, "c", "fp", t0, TTL, IN_FLIGHT);

        assertThat(store.purgeExpired(t0.plus(Duration.ofMinutes(1)))).as("expiring exactly now is kept").isZero();
        assertThat(store.purgeExpired(t0.plus(Duration.ofMinutes(2)))).isEqualTo(2);
        assertThat(store.purgeExpired(t0.plus(Duration.ofMinutes(2)))).isZero();
    }

    @Test
    void nonPositiveDurations_areRefused() {
        assertThatThrownBy(() -> store.claim(tenant, "k", "fp", t0, Duration.ZERO, IN_FLIGHT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.claim(tenant, "k", "fp", t0, TTL, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
