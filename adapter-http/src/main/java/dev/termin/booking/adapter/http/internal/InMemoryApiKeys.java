package dev.termin.booking.adapter.http.internal;

import dev.termin.booking.adapter.http.ApiKeys;
import dev.termin.booking.adapter.http.config.ApiKeySettings;
import dev.termin.booking.domain.catalogue.TenantId;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/** {@link ApiKeys} in a list. Thread-safe. */
public final class InMemoryApiKeys implements ApiKeys {

    private final List<Seed> seeds = new CopyOnWriteArrayList<>();

    @Override
    public synchronized void register(TenantId tenant, String rawKey) {
        Objects.requireNonNull(tenant, "tenant");
        if (!ApiKeySettings.isWellFormedKey(rawKey)) {
            throw new IllegalArgumentException("an API key must be 16 to 200 printable ASCII characters");
        }
        if (seeds.stream().anyMatch(s -> s.key().equals(rawKey) && !s.tenant().equals(tenant))) {
            throw new IllegalArgumentException("this API key is already registered for another tenant");
        }
        seeds.add(new Seed(tenant, rawKey));
    }

    @Override
    public List<Seed> seeds() {
        return List.copyOf(seeds);
    }
}
