package dev.termin.booking.adapter.redis.internal;

import dev.termin.booking.application.port.out.LockKey;
import dev.termin.booking.domain.catalogue.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The key layout (docs/redis.md, "Keys"). A tenant's locks, fencing counter and idempotency records carry the hash
 * tag {@code {tenant}}, so they share one Redis Cluster hash slot: the acquire script, which touches a lock and the
 * tenant's counter, then runs on one node, and the counter lives where the locks it fences live. Tenant and staff
 * ids are {@code [A-Za-z0-9._-]} (no ':', '{' or '}'), so every key parses back unambiguously and a tag ends where
 * the tenant id ends. Immutable and thread-safe.
 */
public final class Keys {

    private final String prefix;

    public Keys(String prefix) {
        this.prefix = Objects.requireNonNull(prefix, "prefix");
    }

    /** {@code termin:{tenant}:lock:staff}. */
    public String lock(LockKey key) {
        return tagged(key.tenant()) + ":lock:" + key.staff().value();
    }

    /** {@code termin:{tenant}:fence}: the tenant's fencing token counter (no expiry), in its locks' slot. */
    public String fence(TenantId tenant) {
        return tagged(tenant) + ":fence";
    }

    /** {@code termin:{tenant}:idem:key}. */
    public String idempotency(TenantId tenant, String key) {
        return tagged(tenant) + ":idem:" + key;
    }

    /** The SCAN pattern matching every idempotency record ('{' and '}' are no glob characters). */
    public String idempotencyPattern() {
        return prefix + ":{*}:idem:*";
    }

    /**
     * {@code termin:rate:sha256(key), 32 hex:window ms:window number}, untagged: one counter per command, so any
     * slot will do and the counters of many API keys spread over the cluster. The key (often an API key) is hashed
     * so that no secret appears in the key space.
     */
    public String rate(String key, long windowMillis, long windowNumber) {
        return prefix + ":rate:" + hash(key) + ":" + windowMillis + ":" + windowNumber;
    }

    private String tagged(TenantId tenant) {
        return prefix + ":{" + tenant.value() + "}";
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
