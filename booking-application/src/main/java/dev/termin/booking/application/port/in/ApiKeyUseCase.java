package dev.termin.booking.application.port.in;

import dev.termin.booking.domain.access.ApiKey;
import dev.termin.booking.domain.access.ApiKeyId;
import dev.termin.booking.domain.access.Role;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.result.Result;
import java.util.List;

/**
 * A tenant's API keys: created with a role (the secret is returned once, only its hash is kept), listed without
 * secrets, revoked. Needs {@code manage_keys} on the tenant (its owner), or the server operator.
 */
public interface ApiKeyUseCase {

    /** Creates a key; an expiry not in the future, or origins on a non-booking-page key, is {@code invalid_data}. */
    Result<IssuedKey> createKey(Caller caller, CreateKeyCommand command);

    Result<List<ApiKey>> listKeys(Caller caller, TenantId tenant);

    /** Revokes the key at once on every server instance; revoking a revoked key returns it unchanged. */
    Result<ApiKey> revokeKey(Caller caller, TenantId tenant, ApiKeyId key);

    /**
     * Registers a key whose secret comes from the server's configuration (legacy and demo keys), for an existing
     * tenant. Registering the same secret again for the same tenant returns the stored key; a secret registered
     * for another tenant, or an unknown tenant, is {@code invalid_state}.
     */
    Result<ApiKey> importKey(TenantId tenant, Role role, String label, String secret);
}
