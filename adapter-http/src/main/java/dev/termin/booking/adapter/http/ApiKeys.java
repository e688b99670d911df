package dev.termin.booking.adapter.http;

import dev.termin.booking.adapter.http.internal.InMemoryApiKeys;
import dev.termin.booking.domain.catalogue.TenantId;
import java.util.List;
import java.util.Objects;

/**
 * API keys configured at start ({@code TERMIN_API_KEYS}, {@code TERMIN_DEMO_API_KEY}): seeds that the server imports
 * at start as {@code owner} keys of their tenants (creating a tenant that does not exist yet), stored as hashes like
 * every other key. Implementations are thread-safe.
 */
public interface ApiKeys {

    /** One configured key of a tenant; {@link #toString()} hides the key. */
    record Seed(TenantId tenant, String key) {
        public Seed {
            Objects.requireNonNull(tenant, "tenant");
            Objects.requireNonNull(key, "key");
        }

        @Override
        public String toString() {
            return "Seed[tenant=" + tenant + ", key=****]";
        }
    }

    /** Adds {@code rawKey} for {@code tenant}; a key already added for another tenant is refused. */
    void register(TenantId tenant, String rawKey);

    /** The keys added so far, in order. */
    List<Seed> seeds();

    /** Keys held in memory until the server imports them. */
    static ApiKeys inMemory() {
        return new InMemoryApiKeys();
    }
}
