package dev.termin.booking.application.port.out;

import java.util.Objects;

/**
 * The storage ports of access control, supplied together by one storage adapter so that {@code transactions}
 * spans all of them (a tenant, its first owner key and the audit line are written at once). Immutable.
 */
public record AccessStorage(
        Transactions transactions,
        TenantAccountRepository tenants,
        ApiKeyRepository apiKeys,
        AuditLog audit,
        ManageTokenRepository manageTokens) {

    public AccessStorage {
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(tenants, "tenants");
        Objects.requireNonNull(apiKeys, "apiKeys");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(manageTokens, "manageTokens");
    }
}
