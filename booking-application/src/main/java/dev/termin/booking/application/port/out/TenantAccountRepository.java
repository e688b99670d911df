package dev.termin.booking.application.port.out;

import dev.termin.booking.domain.access.TenantAccount;
import dev.termin.booking.domain.catalogue.TenantId;
import java.util.List;
import java.util.Optional;

/**
 * Outgoing port for tenant accounts: who the server hosts and whether each is active. Ids and slugs are unique.
 * Reads see every committed write at once (authentication reads the tenant's status through this port on every
 * request, so a suspension takes effect on every server instance). Implementations are thread-safe.
 */
public interface TenantAccountRepository {

    /** Adds {@code account}; false, and nothing stored, when its id or its slug is taken. */
    boolean add(TenantAccount account);

    Optional<TenantAccount> find(TenantId id);

    Optional<TenantAccount> findBySlug(String slug);

    /** Every tenant, ordered by slug. */
    List<TenantAccount> list();

    /** Replaces the stored account with the same id (name, zone, status, policy; never id, slug or created). */
    boolean update(TenantAccount account);
}
