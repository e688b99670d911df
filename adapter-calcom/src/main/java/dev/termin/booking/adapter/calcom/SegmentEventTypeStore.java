package dev.termin.booking.adapter.calcom;

import dev.termin.booking.domain.catalogue.TenantId;
import java.util.List;
import java.util.Optional;

/**
 * Where {@link SegmentEventTypes} keeps the mapping from segment slugs to Cal.com event types, per tenant. The
 * slugs are deterministic, so a lost mapping can be rebuilt from Cal.com ({@link SegmentEventTypes#rebuild}).
 * Implementations are thread-safe.
 */
public interface SegmentEventTypeStore {

    Optional<SegmentEventType> find(TenantId tenant, String slug);

    /** The tenant's entries ordered by slug. */
    List<SegmentEventType> list(TenantId tenant);

    /** Adds the entry or replaces the one with the same slug. */
    void put(TenantId tenant, SegmentEventType type);

    /** Removes the entry with this slug, if any. */
    void remove(TenantId tenant, String slug);
}
