package dev.termin.booking.adapter.inmemory;

import dev.termin.booking.application.port.out.ApiKeyRepository;
import dev.termin.booking.application.port.out.TenantAccountRepository;
import dev.termin.booking.domain.access.ApiKey;
import dev.termin.booking.domain.access.ApiKeyId;
import dev.termin.booking.domain.catalogue.TenantId;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * In-memory {@link ApiKeyRepository}: keys by id, and an index from secret hash to id. Writes join the transactions
 * of its {@link InMemoryAccessStorage}, except {@link #recordUse}, a bookkeeping write that is never undone. This
 * class is thread-safe.
 */
public final class InMemoryApiKeyRepository implements ApiKeyRepository {

    private final InMemoryTransactions transactions;
    private final TenantAccountRepository tenants;
    private final Map<ApiKeyId, ApiKey> keys = new HashMap<>();
    private final Map<String, ApiKeyId> byHash = new HashMap<>();

    InMemoryApiKeyRepository(InMemoryTransactions transactions, TenantAccountRepository tenants) {
        this.transactions = transactions;
        this.tenants = tenants;
    }

    @Override
    public synchronized boolean add(ApiKey key, String secretHash) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(secretHash, "secretHash");
        if (keys.containsKey(key.id()) || byHash.containsKey(secretHash)) {
            return false;
        }
        keys.put(key.id(), key);
        byHash.put(secretHash, key.id());
        transactions.onRollback(() -> remove(key.id(), secretHash));
        return true;
    }

    @Override
    public synchronized Optional<ApiKey> findByHash(String secretHash) {
        ApiKeyId id = byHash.get(Objects.requireNonNull(secretHash, "secretHash"));
        return id == null ? Optional.empty() : Optional.of(keys.get(id));
    }

    @Override
    public Optional<KeyHolder> findByHashWithTenant(String secretHash) {
        return findByHash(secretHash).map(k -> new KeyHolder(k, tenants.find(k.tenant())));
    }

    @Override
    public synchronized Optional<ApiKey> find(TenantId tenant, ApiKeyId id) {
        Objects.requireNonNull(tenant, "tenant");
        return Optional.ofNullable(keys.get(Objects.requireNonNull(id, "id"))).filter(k -> k.tenant().equals(tenant));
    }

    @Override
    public synchronized List<ApiKey> list(TenantId tenant) {
        Objects.requireNonNull(tenant, "tenant");
        return keys.values().stream().filter(k -> k.tenant().equals(tenant))
                .sorted(Comparator.comparing(ApiKey::created).thenComparing(k -> k.id().value())).toList();
    }

    @Override
    public synchronized Optional<ApiKey> revoke(TenantId tenant, ApiKeyId id, Instant at) {
        Objects.requireNonNull(at, "at");
        Optional<ApiKey> found = find(tenant, id);
        found.filter(k -> k.revokedAt().isEmpty()).ifPresent(old -> {
            keys.put(id, old.revoked(at));
            transactions.onRollback(() -> put(old));
        });
        return find(tenant, id);
    }

    @Override
    public synchronized void recordUse(ApiKeyId id, Instant at) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        keys.computeIfPresent(id, (k, key) -> key.usedAt(at));
    }

    private synchronized void remove(ApiKeyId id, String hash) {
        keys.remove(id);
        byHash.remove(hash);
    }

    private synchronized void put(ApiKey key) {
        keys.put(key.id(), key);
    }
}
