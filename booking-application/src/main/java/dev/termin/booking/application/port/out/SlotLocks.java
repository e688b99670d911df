package dev.termin.booking.application.port.out;

import java.time.Duration;
import java.util.Optional;

/**
 * Short-lived locks on a staff member, taken around every booking write so that concurrent callers on any
 * number of instances queue instead of colliding. A lock is a courtesy, never the guarantee: the database's staff
 * locks and constraint are. Only the owner may release or extend a lock. Implementations are thread-safe.
 */
public interface SlotLocks {

    /** Takes the lock if nobody holds it (or the holder's lease expired); empty if another owner holds it. */
    Optional<LockLease> tryAcquire(LockKey key, String owner, Duration ttl);

    /** Releases the lock if {@code lease}'s owner still holds it; false if it had expired or was taken over. */
    boolean release(LockLease lease);

    /** Extends the lock to {@code ttl} from now if the owner still holds it; the new lease, or empty. */
    Optional<LockLease> extend(LockLease lease, Duration ttl);

    /** True while {@code lease}'s owner still holds the lock ("is this lock still mine?"). */
    boolean isHeld(LockLease lease);
}
