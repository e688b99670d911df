package dev.termin.booking.application.port.out;

import dev.termin.booking.domain.access.AuditEntry;
import dev.termin.booking.domain.catalogue.TenantId;
import java.util.List;

/** Outgoing port for the audit log: append-only, read per tenant. Implementations are thread-safe. */
public interface AuditLog {

    void append(AuditEntry entry);

    /**
     * The tenant's newest entries, newest first (entries with the same time in reverse order of appending), at most
     * {@code limit}.
     *
     * @throws IllegalArgumentException if {@code limit} is not positive
     */
    List<AuditEntry> recent(TenantId tenant, int limit);
}
