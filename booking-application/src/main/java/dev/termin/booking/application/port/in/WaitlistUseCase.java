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
     * Books the slot held for the entry whose offer code ({@code wo_…}) this is; an offer is taken once. Fails with
     * {@code reservation_not_found} for an unknown code and {@code reservation_expired} once the offer is no longer
     * open (lapsed, declined or already taken; the detail {@code reason} says which).
     */
    Result<Appointment> confirmOffer(TenantId tenant, String offerCode, String correlationId);

    /** The open offer with this code, failing like {@link #confirmOffer}. Reads only. */
    Result<WaitlistOffer> findOffer(TenantId tenant, String offerCode);

    /**
     * Turns the open offer with this code down: its time is released and offered to the next matching entry, and
     * the entry waits again for other times. Fails like {@link #confirmOffer}. Returns the entry.
     */
    Result<WaitlistEntry> declineOffer(TenantId tenant, String offerCode, String correlationId);
}
