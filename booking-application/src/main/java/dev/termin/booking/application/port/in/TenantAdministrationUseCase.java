package dev.termin.booking.application.port.in;

import dev.termin.booking.domain.access.AccessPolicy;
import dev.termin.booking.domain.access.TenantAccount;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.result.Result;
import java.util.List;

/**
 * Opening, listing, suspending and re-activating tenants (the server operator), and a tenant's access policy (its
 * owner). A caller without the permission gets {@code forbidden}; an unknown tenant {@code not_found}.
 */
public interface TenantAdministrationUseCase {

    /**
     * Opens a tenant and creates its first owner key, whose secret is in the result only. A taken slug is
     * {@code invalid_state}.
     */
    Result<CreatedTenant> createTenant(Caller caller, CreateTenantCommand command);

    /**
     * Stores {@code account} unless a tenant with its id exists (then returns that one unchanged), without a key:
     * for tenants seeded from the server's configuration at start. A slug taken by another tenant is
     * {@code invalid_state}.
     */
    Result<TenantAccount> ensureTenant(TenantAccount account);

    Result<List<TenantAccount>> listTenants(Caller caller);

    Result<TenantAccount> findTenant(Caller caller, TenantId tenant);

    /** Suspends the tenant: its keys and manage tokens stop working on the next request; its data stays. */
    Result<TenantAccount> suspendTenant(Caller caller, TenantId tenant);

    Result<TenantAccount> reactivateTenant(Caller caller, TenantId tenant);

    /** Changes the tenant's access policy; needs {@code manage_policy} on the tenant. */
    Result<TenantAccount> changeAccessPolicy(Caller caller, TenantId tenant, AccessPolicy policy);
}
