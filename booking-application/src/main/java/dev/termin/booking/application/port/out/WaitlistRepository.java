package dev.termin.booking.application.port.out;

import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.waitlist.WaitlistEntry;
import dev.termin.booking.domain.waitlist.WaitlistEntryId;
import java.util.List;
import java.util.Optional;

/** Outgoing persistence port for waitlist entries; saves are upserts. Implementations are thread-safe. */
public interface WaitlistRepository {

    void save(WaitlistEntry entry);

    Optional<WaitlistEntry> find(TenantId tenant, WaitlistEntryId id);

    /** Entries that are not removed, optionally of one service, oldest first. */
    List<WaitlistEntry> listOpen(TenantId tenant, Optional<ServiceId> service);
}
