package dev.termin.booking.application.port.out.contract;

import static dev.termin.booking.application.port.out.contract.AccessFixtures.key;
import static dev.termin.booking.application.port.out.contract.AccessFixtures.randomHash;
import static dev.termin.booking.application.port.out.contract.ContractFixtures.now;
import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.application.port.out.AccessStorage;
import dev.termin.booking.application.port.out.ApiKeyRepository;
import dev.termin.booking.domain.access.ApiKey;
import dev.termin.booking.domain.access.ApiKeyId;
import dev.termin.booking.domain.access.KeyStatus;
import dev.termin.booking.domain.access.Role;
import dev.termin.booking.domain.access.TenantAccount;
import dev.termin.booking.domain.access.TenantStatus;
import dev.termin.booking.domain.catalogue.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Contract of {@link ApiKeyRepository}: add and find by hash or id, unique ids and hashes, tenant scope, list,
 * revoke once, last use only forward, rollback, one winner among concurrent adds of one hash. Keys belong to
 * tenants stored through {@link dev.termin.booking.application.port.out.TenantAccountRepository} first.
 */
public abstract class AbstractApiKeyRepositoryTest {

    /** The storage under test; called once per test, may return the same shared instance every time. */
    protected abstract AccessStorage storage();

    private AccessStorage storage;
    private ApiKeyRepository keys;
    private TenantId tenant;
    private Instant t0;

    @BeforeEach
    void setUpRepository() {
        storage = storage();
        keys = storage.apiKeys();
        tenant = newTenant();
        t0 = now();
    }

    /** A tenant account stored first: a database may refuse keys of tenants it does not host. */
    private TenantId newTenant() {
        TenantAccount account = AccessFixtures.randomAccount(now());
        storage.tenants().add(account);
        return account.id();
    }

    @Test
    void anAddedKey_isFoundByItsHashAndByItsId_exactlyAsStored() {
        ApiKey page = new ApiKey(ApiKeyId.of("key_" + randomHash().substring(0, 20)), tenant, Role.BOOKING_PAGE,
                "Website", t0, Optional.empty(), Optional.of(t0.plus(Duration.ofDays(30))), Optional.empty(),
                Set.of("https://salon.example", "http://localhost:3000"), "termin_page_Xy9");
        String hash = randomHash();

        assertThat(keys.add(page, hash)).isTrue();

        assertThat(keys.findByHash(hash)).contains(page);
        assertThat(keys.find(tenant, page.id())).contains(page);
        assertThat(keys.findByHash(randomHash())).isEmpty();
    }

    @Test
    void aKeyFoundByItsHashWithItsTenant_comesWithTheTenantsAccountAsStoredNow() {
        ApiKey k = key(tenant, Role.DESK, t0);
        String hash = randomHash();
        keys.add(k, hash);
        TenantAccount account = storage.tenants().find(tenant).orElseThrow();

        assertThat(keys.findByHashWithTenant(hash)).contains(new ApiKeyRepository.KeyHolder(k, Optional.of(account)));

        TenantAccount suspended = account.withStatus(TenantStatus.SUSPENDED);
        storage.tenants().update(suspended);

        assertThat(keys.findByHashWithTenant(hash).orElseThrow().tenant()).contains(suspended);
        assertThat(keys.findByHashWithTenant(randomHash())).isEmpty();
    }

    @Test
    void aTakenHashOrId_isRefused() {
        ApiKey first = key(tenant, Role.OWNER, t0);
        String hash = randomHash();
        keys.add(first, hash);
        ApiKey other = key(tenant, Role.VIEWER, t0);

        assertThat(keys.add(other, hash)).isFalse();
        assertThat(keys.add(first, randomHash())).isFalse();

        assertThat(keys.findByHash(hash)).contains(first);
        assertThat(keys.find(tenant, other.id())).isEmpty();
    }

    @Test
    void aKey_isInvisibleToAnotherTenant() {
        ApiKey mine = key(tenant, Role.DESK, t0);
        keys.add(mine, randomHash());
        TenantId other = newTenant();

        assertThat(keys.find(other, mine.id())).isEmpty();
        assertThat(keys.list(other)).isEmpty();
        assertThat(keys.revoke(other, mine.id(), t0.plusSeconds(1))).isEmpty();
        assertThat(keys.find(tenant, mine.id()).orElseThrow().status(t0.plusSeconds(2))).isEqualTo(KeyStatus.ACTIVE);
    }

    @Test
    void list_returnsTheTenantsKeys_oldestFirst_revokedIncluded() {
        ApiKey second = key(tenant, Role.DESK, t0.plusSeconds(10));
        ApiKey first = key(tenant, Role.OWNER, t0);
        keys.add(second, randomHash());
        keys.add(first, randomHash());
        keys.revoke(tenant, second.id(), t0.plusSeconds(20));

        assertThat(keys.list(tenant)).extracting(ApiKey::id).containsExactly(first.id(), second.id());
    }

    @Test
    void revoke_marksTheKey_andASecondRevocationKeepsTheFirstTime() {
        ApiKey k = key(tenant, Role.DESK, t0);
        String hash = randomHash();
        keys.add(k, hash);

        Optional<ApiKey> revoked = keys.revoke(tenant, k.id(), t0.plusSeconds(5));
        Optional<ApiKey> again = keys.revoke(tenant, k.id(), t0.plusSeconds(9));

        assertThat(revoked.orElseThrow().revokedAt()).contains(t0.plusSeconds(5));
        assertThat(again.orElseThrow().revokedAt()).contains(t0.plusSeconds(5));
        assertThat(keys.findByHash(hash).orElseThrow().status(t0.plusSeconds(6))).isEqualTo(KeyStatus.REVOKED);
        assertThat(keys.revoke(tenant, ApiKeyId.of("key_absent"), t0)).isEmpty();
    }

    @Test
    void recordUse_onlyMovesTheLastUseForward() {
        ApiKey k = key(tenant, Role.ASSISTANT, t0);
        keys.add(k, randomHash());

        keys.recordUse(k.id(), t0.plusSeconds(60));
        keys.recordUse(k.id(), t0.plusSeconds(30));

        assertThat(keys.find(tenant, k.id()).orElseThrow().lastUsed()).contains(t0.plusSeconds(60));
        keys.recordUse(ApiKeyId.of("key_absent"), t0);
    }

    @Test
    void anAddInATransactionThatFails_isRolledBack() {
        ApiKey k = key(tenant, Role.OWNER, t0);
        String hash = randomHash();

        try {
            storage.transactions().inTransaction(() -> {
                keys.add(k, hash);
                throw new IllegalStateException("boom");
            });
        } catch (IllegalStateException expected) {
            // the rollback is what is checked
        }

        assertThat(keys.findByHash(hash)).isEmpty();
        assertThat(keys.add(k, hash)).isTrue();
    }

    @Test
    @Timeout(60)
    void eightConcurrentAddsOfOneHash_haveExactlyOneWinner() {
        String hash = randomHash();

        List<Boolean> added = Concurrency.race(8, n -> keys.add(key(tenant, Role.DESK, t0), hash));

        assertThat(added).filteredOn(b -> b).hasSize(1);
        assertThat(keys.list(tenant)).hasSize(1);
    }
}
