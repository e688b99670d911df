package dev.termin.booking.adapter.http.internal;

import dev.termin.booking.adapter.http.ApiKeys;
import dev.termin.booking.adapter.http.config.ApiKeySettings;
import dev.termin.booking.domain.catalogue.TenantId;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link ApiKeys} in a concurrent map from key hash to tenant. Thread-safe. */
public final class InMemoryApiKeys implements ApiKeys {

    private final ConcurrentHashMap<String, TenantId> byHash = new ConcurrentHashMap<>();

    @Override
    public void register(TenantId tenant, String rawKey) {
        Objects.requireNonNull(tenant, "tenant");
        if (!ApiKeySettings.isWellFormedKey(rawKey)) {
            throw new IllegalArgumentException("an API key must be 16 to 200 printable ASCII characters");
        }
        TenantId previous = byHash.putIfAbsent(ApiKeys.hash(rawKey), tenant);
        if (previous != null && !previous.equals(tenant)) {
            throw new IllegalArgumentException("this API key is already registered for another tenant");
        }
    }

    @Override
    public Optional<TenantId> tenantOf(String rawKey) {
        return rawKey == null ? Optional.empty() : Optional.ofNullable(byHash.get(ApiKeys.hash(rawKey)));
    }
}
