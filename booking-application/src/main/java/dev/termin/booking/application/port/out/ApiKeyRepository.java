package dev.termin.booking.application.port.out;

import dev.termin.booking.domain.access.ApiKey;
import dev.termin.booking.domain.access.ApiKeyId;
import dev.termin.booking.domain.access.TenantAccount;
import dev.termin.booking.domain.catalogue.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Outgoing port for API keys: each key's metadata under the SHA-256 hash of its secret (the secret itself is never
 * stored). Key ids and secret hashes are unique across all tenants. Reads see every committed write at once, so a
 * revocation made by one server instance is seen by the next lookup on any other. Implementations are thread-safe.
 */
public interface ApiKeyRepository {

    /** Stores {@code key} under {@code secretHash}; false, and nothing stored, when the id or the hash is taken. */
    boolean add(ApiKey key, String secretHash);

    /** The key whose secret hashes to {@code secretHash}, whatever its status. */
    Optional<ApiKey> findByHash(String secretHash);

    /**
     * As {@link #findByHash}, with the account of the key's tenant as stored now (empty when there is none): what
     * authenticating a request needs, read in one go (one statement on a database).
     */
    Optional<KeyHolder> findByHashWithTenant(String secretHash);

    /** A key and the account of its tenant. Immutable. */
    record KeyHolder(ApiKey key, Optional<TenantAccount> tenant) {

        public KeyHolder {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(tenant, "tenant");
        }
    }

    Optional<ApiKey> find(TenantId tenant, ApiKeyId id);

    /** The tenant's keys, revoked and expired ones included, oldest first. */
    List<ApiKey> list(TenantId tenant);

    /**
     * Revokes the tenant's key {@code id} at {@code at} unless it is revoked already (then its first revocation
     * time stays). Returns the key as stored afterwards; empty when the tenant has no such key.
     */
    Optional<ApiKey> revoke(TenantId tenant, ApiKeyId id, Instant at);

    /** Records that key {@code id} was used at {@code at}; a time not after the stored one changes nothing. */
    void recordUse(ApiKeyId id, Instant at);
}
