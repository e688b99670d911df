package dev.termin.booking.adapter.inmemory;

import dev.termin.booking.application.port.out.TenantAccountRepository;
import dev.termin.booking.domain.access.TenantAccount;
import dev.termin.booking.domain.catalogue.TenantId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * In-memory {@link TenantAccountRepository}; writes join the transactions of its {@link InMemoryAccessStorage}.
 * This class is thread-safe.
 */
public final class InMemoryTenantAccountRepository implements TenantAccountRepository {

    private final InMemoryTransactions transactions;
    private final Map<TenantId, TenantAccount> accounts = new HashMap<>();

    InMemoryTenantAccountRepository(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public synchronized boolean add(TenantAccount account) {
        Objects.requireNonNull(account, "account");
        if (accounts.containsKey(account.id()) || findBySlug(account.slug()).isPresent()) {
            return false;
        }
        accounts.put(account.id(), account);
        transactions.onRollback(() -> remove(account.id()));
        return true;
    }

    @Override
    public synchronized Optional<TenantAccount> find(TenantId id) {
        return Optional.ofNullable(accounts.get(Objects.requireNonNull(id, "id")));
    }

    @Override
    public synchronized Optional<TenantAccount> findBySlug(String slug) {
        Objects.requireNonNull(slug, "slug");
        return accounts.values().stream().filter(a -> a.slug().equals(slug)).findFirst();
    }

    @Override
    public synchronized List<TenantAccount> list() {
        return accounts.values().stream().sorted(Comparator.comparing(TenantAccount::slug)).toList();
    }

    @Override
    public synchronized boolean update(TenantAccount account) {
        Objects.requireNonNull(account, "account");
        TenantAccount old = accounts.get(account.id());
        if (old == null) {
            return false;
        }
        TenantAccount updated = new TenantAccount(old.id(), old.slug(), account.name(), account.zone(),
                account.status(), old.created(), account.policy());
        accounts.put(old.id(), updated);
        transactions.onRollback(() -> put(old));
        return true;
    }

    private synchronized void remove(TenantId id) {
        accounts.remove(id);
    }

    private synchronized void put(TenantAccount account) {
        accounts.put(account.id(), account);
    }
}
