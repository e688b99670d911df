package dev.termin.booking.application.port.out;

import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import java.util.Collection;
import java.util.OptionalLong;

/**
 * Transaction-scoped pessimistic locks per staff member (in a database: a row lock), taken before re-checking
 * conflicts and writing. Must be called inside {@link Transactions#inTransaction}; the locks are released when the
 * transaction ends. Implementations are thread-safe.
 */
public interface StaffLocks {

    /**
     * Locks the given staff members in ascending id order, so that concurrent writers never deadlock. With a
     * fencing token, also records it for each staff member and refuses it if a newer one was recorded before.
     *
     * @throws StaleFencingTokenException if {@code fencingToken} is older than one already recorded
     */
    void lock(TenantId tenant, Collection<StaffId> staff, OptionalLong fencingToken);
}
