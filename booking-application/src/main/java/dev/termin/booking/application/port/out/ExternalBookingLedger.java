package dev.termin.booking.application.port.out;

import dev.termin.booking.domain.catalogue.TenantId;
import java.util.Optional;

/**
 * Outgoing port remembering, per tenant and external booking uid, which appointment a booking made in the external
 * calendar belongs to and the newest change applied: the memory that makes redelivered, duplicated and reordered
 * webhook deliveries harmless. Writes join the caller's transaction when the ledger shares the engine's store.
 * Implementations are thread-safe.
 */
public interface ExternalBookingLedger {

    Optional<ExternalBookingRecord> find(TenantId tenant, String uid);

    /** Stores the record, replacing the one of the same tenant and uid. */
    void save(ExternalBookingRecord record);
}
