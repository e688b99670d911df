package dev.termin.booking.application.port.in;

import dev.termin.booking.domain.access.Credential;
import dev.termin.booking.domain.access.Role;
import dev.termin.booking.domain.catalogue.TenantId;

/**
 * Turns a presented credential into a principal, or a refusal. Every call reads the key and its tenant from the
 * store (no cache), so a revocation or suspension made on any server instance applies to the next request on all.
 */
public interface AuthenticationUseCase {

    /**
     * Authenticates an API key's secret (from {@code Authorization: Bearer …}).
     *
     * @throws dev.termin.booking.application.port.out.InfrastructureException if the store cannot be read
     */
    Authentication authenticate(String secret);

    /**
     * Admits a member whose identity another party has verified (a JWT checked by the HTTP adapter): accepted when
     * the tenant is hosted and active, with the tenant's access policy.
     */
    Authentication admit(TenantId tenant, Role role, Credential.Token token, String label);
}
