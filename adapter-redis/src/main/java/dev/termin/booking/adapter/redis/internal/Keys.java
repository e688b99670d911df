package dev.termin.booking.adapter.redis.internal;

import dev.termin.booking.application.port.out.LockKey;
import dev.termin.booking.domain.catalogue.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The key layout (docs/redis.md). Tenant and staff ids cannot contain ':', so every key parses back unambiguously.
 * Immutable and thread-safe.
 */
public final class Keys {

    private final String prefix;

    public Keys(String prefix) {
        this.prefix = Objects.requireNonNull(prefix, "prefix");
    }

    /** {@code termin:lock:{tenant}:{staff}}. */
    public String lock(LockKey key) {
        return prefix + ":lock:" + key.asString();
    }

    /** {@code termin:fence:{tenant}}: the tenant's fencing token counter (no expiry). */
    public String fence(TenantId tenant) {
        return prefix + ":fence:" + tenant.value();
    }

    /** {@code termin:idem:{tenant}:{key}}. */
    public String idempotency(TenantId tenant, String key) {
        return prefix + ":idem:" + tenant.value() + ":" + key;
    }

    /** The SCAN pattern matching every idempotency record. */
    public String idempotencyPattern() {
        return prefix + ":idem:*";
    }

    /**
     * {@code termin:rate:{sha256(key), 32 hex}:{window ms}:{window number}}; the key (often an API key) is hashed so
     * that no secret appears in the key space.
     */
    public String rate(String key, long windowMillis, long windowNumber) {
        return prefix + ":rate:" + hash(key) + ":" + windowMillis + ":" + windowNumber;
    }

    private static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
