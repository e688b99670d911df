package dev.termin.booking.application.port.out;

import dev.termin.booking.domain.catalogue.TenantId;
import java.util.List;
import java.util.Optional;

/**
 * Outgoing persistence port for the event types the external calendar holds for composite services' segments, per
 * tenant and slug, so the mapping survives a restart. Implementations are thread-safe.
 */
public interface MirroredEventTypeRepository {

    Optional<MirroredEventType> find(TenantId tenant, String slug);

    /** The tenant's entries ordered by slug. */
    List<MirroredEventType> list(TenantId tenant);

    /** Adds the entry or replaces the one with the same slug. */
    void put(TenantId tenant, MirroredEventType type);

    /** Removes the entry with this slug, if any. */
    void remove(TenantId tenant, String slug);
}
