package dev.termin.booking.application.port.out.contract;

import static dev.termin.booking.application.port.out.contract.AccessFixtures.randomAccount;
import static dev.termin.booking.application.port.out.contract.ContractFixtures.now;
import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.application.port.out.AccessStorage;
import dev.termin.booking.application.port.out.TenantAccountRepository;
import dev.termin.booking.domain.access.AccessPolicy;
import dev.termin.booking.domain.access.TenantAccount;
import dev.termin.booking.domain.access.TenantStatus;
import dev.termin.booking.domain.catalogue.TenantId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Contract of {@link TenantAccountRepository}: add, unique id and slug, find, list, update, rollback. */
public abstract class AbstractTenantAccountRepositoryTest {

    /** The storage under test; called once per test, may return the same shared instance every time. */
    protected abstract AccessStorage storage();

    private AccessStorage storage;
    private TenantAccountRepository tenants;
    private Instant t0;

    @BeforeEach
    void setUpRepository() {
        storage = storage();
        tenants = storage.tenants();
        t0 = now();
    }

    @Test
    void anAddedTenant_isFoundByIdAndBySlug_exactlyAsStored() {
        TenantAccount account = randomAccount(t0);

        assertThat(tenants.add(account)).isTrue();

        assertThat(tenants.find(account.id())).contains(account);
        assertThat(tenants.findBySlug(account.slug())).contains(account);
        assertThat(tenants.find(TenantId.of("absent-" + account.slug()))).isEmpty();
    }

    @Test
    void aTakenIdOrSlug_isRefused_andTheFirstStays() {
        TenantAccount first = randomAccount(t0);
        tenants.add(first);
        TenantAccount sameId = new TenantAccount(first.id(), first.slug() + "-2", "Other", ZoneId.of("UTC"),
                TenantStatus.ACTIVE, t0, AccessPolicy.DEFAULTS);
        TenantAccount sameSlug = new TenantAccount(TenantId.of(first.slug() + "-3"), first.slug(), "Other",
                ZoneId.of("UTC"), TenantStatus.ACTIVE, t0, AccessPolicy.DEFAULTS);

        assertThat(tenants.add(sameId)).isFalse();
        assertThat(tenants.add(sameSlug)).isFalse();

        assertThat(tenants.find(first.id())).contains(first);
        assertThat(tenants.find(sameSlug.id())).isEmpty();
        assertThat(tenants.findBySlug(sameId.slug())).isEmpty();
    }

    @Test
    void update_changesStatusNameZoneAndPolicy_butNeverSlugOrCreation() {
        TenantAccount account = randomAccount(t0);
        tenants.add(account);
        TenantAccount changed = new TenantAccount(account.id(), account.slug() + "-x", "Salon Neu",
                ZoneId.of("Europe/Vienna"), TenantStatus.SUSPENDED, t0.plusSeconds(99), new AccessPolicy(true));

        assertThat(tenants.update(changed)).isTrue();

        assertThat(tenants.find(account.id())).contains(new TenantAccount(account.id(), account.slug(), "Salon Neu",
                ZoneId.of("Europe/Vienna"), TenantStatus.SUSPENDED, account.created(), new AccessPolicy(true)));
        assertThat(tenants.update(randomAccount(t0))).as("an unknown tenant").isFalse();
    }

    @Test
    void list_containsEveryTenant_orderedBySlug() {
        TenantAccount b = randomAccount(t0);
        TenantAccount a = new TenantAccount(TenantId.of("a" + b.slug()), "a" + b.slug(), "A", b.zone(),
                TenantStatus.ACTIVE, t0, AccessPolicy.DEFAULTS);
        tenants.add(b);
        tenants.add(a);

        List<String> slugs = tenants.list().stream().map(TenantAccount::slug).toList();

        assertThat(slugs).contains(a.slug(), b.slug()).isSorted();
    }

    @Test
    void anAddInATransactionThatFails_isRolledBack() {
        TenantAccount account = randomAccount(t0);

        try {
            storage.transactions().inTransaction(() -> {
                tenants.add(account);
                throw new IllegalStateException("boom");
            });
        } catch (IllegalStateException expected) {
            // the rollback is what is checked
        }

        assertThat(tenants.find(account.id())).isEmpty();
    }

    @Test
    @Timeout(60)
    void eightConcurrentAddsOfOneSlug_haveExactlyOneWinner() {
        TenantAccount account = randomAccount(t0);

        List<Boolean> added = Concurrency.race(8, n -> tenants.add(new TenantAccount(
                TenantId.of(account.slug() + "-" + n), account.slug(), "Salon " + n, account.zone(),
                TenantStatus.ACTIVE, t0, AccessPolicy.DEFAULTS)));

        assertThat(added).filteredOn(b -> b).hasSize(1);
    }
}
