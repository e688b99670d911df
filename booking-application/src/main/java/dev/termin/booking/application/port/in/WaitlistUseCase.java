package dev.termin.booking.application.port.in;

import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.result.Result;
import dev.termin.booking.domain.waitlist.WaitlistEntry;
import dev.termin.booking.domain.waitlist.WaitlistEntryId;
import java.util.List;
import java.util.Optional;

/**
 * Incoming port for the waitlist. A freed slot (cancellation, reschedule, expired hold) is held for the
 * best-matching entry (priority, then first come) for the tenant's offer window and offered to the customer with a
 * code; unanswered, it goes to the next entry.
 */
public interface WaitlistUseCase {

    Result<WaitlistEntry> join(JoinWaitlistCommand command);

    Result<WaitlistEntry> leave(TenantId tenant, WaitlistEntryId id);

    List<WaitlistEntry> list(TenantId tenant, Optional<ServiceId> service);

    /**
     * Books the slot held for the entry whose offer code ({@code wo_…}) this is. Fails with
     * {@code reservation_not_found} for an unknown code and {@code reservation_expired} after the offer window.
     */
    Result<Appointment> confirmOffer(TenantId tenant, String offerCode, String correlationId);
}
