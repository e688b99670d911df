package dev.termin.booking.application.port.out;

import dev.termin.booking.domain.catalogue.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Outgoing port for the transactional outbox. {@link #enqueue} joins the caller's transaction; workers on several
 * instances {@link #claimDue claim} messages without ever handing one message to two workers at once.
 * Implementations are thread-safe.
 */
public interface Outbox {

    void enqueue(OutboxMessage message);

    /**
     * Claims up to {@code limit} messages due at {@code now}, oldest first, and hides them from other claimers for
     * {@code lease} (after which a crashed worker's messages become due again).
     */
    List<OutboxMessage> claimDue(Instant now, int limit, Duration lease);

    /** The message is done and removed. */
    void complete(UUID id);

    /** The attempt failed; try again at {@code nextAttemptAt}. */
    void retryLater(UUID id, int attempts, Instant nextAttemptAt, String error);

    /** The message failed for good and is parked (kept for inspection, never claimed again). */
    void park(UUID id, int attempts, String error);

    /** Messages not yet completed or parked, for operations and tests. */
    long pendingCount();

    /** The tenant's messages of these kinds: pending (and of those, retrying after a failure) and parked. */
    OutboxStats stats(TenantId tenant, Set<OutboxMessage.Kind> kinds);
}
