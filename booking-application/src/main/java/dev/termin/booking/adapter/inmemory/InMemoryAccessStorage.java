package dev.termin.booking.adapter.inmemory;

import dev.termin.booking.application.port.out.AccessStorage;

/**
 * The access-control storage ports in memory, sharing one {@link InMemoryTransactions} so that a transaction over
 * them rolls back as a whole. Everything is lost when the process ends; a platform with several server instances
 * needs a database adapter. This class is thread-safe.
 */
public final class InMemoryAccessStorage {

    private final AccessStorage storage;

    public InMemoryAccessStorage() {
        InMemoryTransactions transactions = new InMemoryTransactions();
        InMemoryTenantAccountRepository tenants = new InMemoryTenantAccountRepository(transactions);
        this.storage = new AccessStorage(transactions,
                tenants,
                new InMemoryApiKeyRepository(transactions, tenants),
                new InMemoryAuditLog(transactions),
                new InMemoryManageTokenRepository(transactions));
    }

    /** The ports. */
    public AccessStorage storage() {
        return storage;
    }
}
