package dev.termin.booking.application.port.out;

import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.hold.Hold;
import dev.termin.booking.domain.appointment.HoldToken;
import dev.termin.booking.domain.time.TimeInterval;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Outgoing persistence port for holds, durable and visible to every engine instance. An active hold blocks its
 * occupancies only until it expires: once {@code expiresAt} has passed it blocks nothing, even before
 * {@link #expireDue} has marked it. Writers hold the staff locks ({@link StaffLocks}) inside a transaction.
 * Implementations are thread-safe.
 */
public interface HoldRepository {

    /**
     * @param now the current time, so that expired holds do not count as conflicts
     * @throws SlotConflictException if an exclusive occupancy overlaps an active appointment or an unexpired active
     *     hold of the same staff member
     */
    void insert(Hold hold, Instant now);

    /** Stores a status change (converted, cancelled, expired); a hold that is no longer active blocks nothing. */
    void update(Hold hold);

    Optional<Hold> find(TenantId tenant, HoldToken token);

    /** Active holds, not expired at {@code now}, with an occupancy of one of {@code staff} overlapping the range. */
    List<Hold> findActiveOccupying(TenantId tenant, Collection<StaffId> staff, TimeInterval range, Instant now);

    /**
     * Marks up to {@code limit} active holds whose expiry is at or before {@code now} as expired and returns them.
     * Safe to run concurrently on several instances: each hold is expired by exactly one caller.
     */
    List<Hold> expireDue(Instant now, int limit);

    /** Holds of the tenant created in {@code [from, to)}, for reservation metrics. */
    List<Hold> createdBetween(TenantId tenant, Instant from, Instant to);
}
