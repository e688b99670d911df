package dev.termin.booking.application.port.in;

import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.result.Result;
import dev.termin.booking.domain.waitlist.WaitlistEntry;
import dev.termin.booking.domain.waitlist.WaitlistEntryId;
import java.util.List;
import java.util.Optional;

/**
 * Incoming port for the waitlist. Freed slots (cancellations, reschedules, expired holds) are offered to matching
 * entries automatically, in priority order.
 */
public interface WaitlistUseCase {

    Result<WaitlistEntry> join(JoinWaitlistCommand command);

    Result<WaitlistEntry> leave(TenantId tenant, WaitlistEntryId id);

    List<WaitlistEntry> list(TenantId tenant, Optional<ServiceId> service);
}
