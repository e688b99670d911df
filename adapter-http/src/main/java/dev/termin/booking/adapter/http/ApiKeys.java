package dev.termin.booking.adapter.http;

import dev.termin.booking.adapter.http.internal.InMemoryApiKeys;
import dev.termin.booking.domain.catalogue.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The API keys of the server: each belongs to one tenant and is kept only as its SHA-256 hash. Implementations are
 * thread-safe; {@link #inMemory()} keeps them for the life of the process (seeded from configuration at start).
 */
public interface ApiKeys {

    /** Registers {@code rawKey} for {@code tenant}; a key already registered for another tenant is refused. */
    void register(TenantId tenant, String rawKey);

    /** The tenant of {@code rawKey}, if it is a registered key. */
    Optional<TenantId> tenantOf(String rawKey);

    /** Keys held in memory, hashed. */
    static ApiKeys inMemory() {
        return new InMemoryApiKeys();
    }

    /** The SHA-256 hash of a key, lowercase hex: what is stored and what rate limits are counted by. */
    static String hash(String rawKey) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(rawKey.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
