package dev.termin.booking.adapter.http.config;

import dev.termin.booking.domain.catalogue.TenantId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The API keys configured at start and whether the demo tenant is loaded. Defaults: demo on, no demo key (the
 * server then generates one and prints it once), no other keys. Immutable and thread-safe; {@link #toString()}
 * shows no key.
 *
 * @param demoEnabled whether the demo tenant is loaded at start and its key accepted
 * @param demoKey the demo tenant's key, if configured
 * @param tenantKeys the other keys, each for one tenant
 */
public record ApiKeySettings(boolean demoEnabled, Optional<String> demoKey, List<TenantKey> tenantKeys) {

    /** The shortest accepted key. */
    public static final int MIN_KEY_LENGTH = 16;

    /** The longest accepted key. */
    public static final int MAX_KEY_LENGTH = 200;

    /** @throws NullPointerException if an argument is null */
    public ApiKeySettings {
        Objects.requireNonNull(demoKey, "demoKey");
        tenantKeys = List.copyOf(tenantKeys);
    }

    /**
     * Whether {@code rawKey} is acceptable as an API key: {@value #MIN_KEY_LENGTH} to {@value #MAX_KEY_LENGTH}
     * printable ASCII characters. Checked at start for configured keys and by every key store on registration.
     */
    public static boolean isWellFormedKey(String rawKey) {
        return rawKey != null && rawKey.length() >= MIN_KEY_LENGTH && rawKey.length() <= MAX_KEY_LENGTH
                && rawKey.matches("[\\x21-\\x7E]+");
    }

    @Override
    public String toString() {
        return "ApiKeySettings[demoEnabled=" + demoEnabled + ", demoKey=" + (demoKey.isPresent() ? "****" : "-")
                + ", tenantKeys=" + tenantKeys.stream().map(k -> k.tenant().value()).toList() + "]";
    }

    /**
     * One tenant's key.
     *
     * @param tenant the tenant the key belongs to
     * @param key the raw key; never log it
     */
    public record TenantKey(TenantId tenant, String key) {

        /** @throws NullPointerException if an argument is null */
        public TenantKey {
            Objects.requireNonNull(tenant, "tenant");
            Objects.requireNonNull(key, "key");
        }

        @Override
        public String toString() {
            return "TenantKey[tenant=" + tenant + ", key=****]";
        }
    }
}
