package dev.termin.booking.application.service;

import dev.termin.booking.application.port.in.JoinWaitlistCommand;
import dev.termin.booking.application.port.in.WaitlistOffer;
import dev.termin.booking.application.port.in.WaitlistUseCase;
import dev.termin.booking.application.port.out.CatalogueRepository;
import dev.termin.booking.application.port.out.IdGenerator;
import dev.termin.booking.application.port.out.InfrastructureException;
import dev.termin.booking.application.port.out.WaitlistRepository;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.hold.Hold;
import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.result.Result;
import dev.termin.booking.domain.time.TimeInterval;
import dev.termin.booking.domain.waitlist.WaitlistEntry;
import dev.termin.booking.domain.waitlist.WaitlistEntryId;
import dev.termin.booking.domain.waitlist.WaitlistStatus;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The waitlist: joining, leaving, listing, and the offer chain of {@link WaitlistOffers} (a freed slot held for the
 * best entry, offered through the outbox, passed on when it lapses). An offer that cannot be made is logged; the
 * freeing change has committed either way. Thread-safe.
 */
final class WaitlistService implements WaitlistUseCase {

    private static final Logger log = LoggerFactory.getLogger(WaitlistService.class);

    private final CatalogueRepository catalogue;
    private final WaitlistRepository waitlist;
    private final WaitlistOffers offers;
    private final IdGenerator ids;
    private final Clock clock;

    WaitlistService(CatalogueRepository catalogue, WaitlistRepository waitlist, WaitlistOffers offers,
            IdGenerator ids, Clock clock) {
        this.catalogue = catalogue;
        this.waitlist = waitlist;
        this.offers = offers;
        this.ids = ids;
        this.clock = clock;
    }
    @Override
    public Result<WaitlistEntry> join(JoinWaitlistCommand c) {
        if (catalogue.findService(c.tenant(), c.service()).isEmpty()) {
            return Result.failure(ErrorCode.NOT_FOUND, "Service " + c.service() + " does not exist.");
        }
        if (catalogue.findBranch(c.tenant(), c.branch()).isEmpty()) {
            return Result.failure(ErrorCode.NOT_FOUND, "Branch " + c.branch() + " does not exist.");
        }
        if (c.staff().isPresent() && catalogue.findStaff(c.tenant(), c.staff().get()).isEmpty()) {
            return Result.failure(ErrorCode.NOT_FOUND, "Staff member " + c.staff().get() + " does not exist.");
        }
        WaitlistEntry entry;
        try {
            entry = new WaitlistEntry(new WaitlistEntryId(ids.newId().toString()), c.tenant(), c.branch(),
                    c.service(), c.staff(), c.customer(), c.firstDay(), c.lastDay(), c.weekdays(), c.times(),
                    c.priority(), clock.instant(), WaitlistStatus.WAITING, Optional.empty(), Optional.empty(),
                    c.flexibility(), c.bookingPage());
        } catch (IllegalArgumentException e) {
            return Result.failure(ErrorCode.INVALID_DATA, e.getMessage());
        }
        waitlist.save(entry);
        return Result.ok(entry);
    }

    @Override
    public Result<WaitlistEntry> leave(TenantId tenant, WaitlistEntryId id) {
        Optional<WaitlistEntry> found = waitlist.find(tenant, id);
        if (found.isEmpty() || found.get().status() == WaitlistStatus.REMOVED) {
            return Result.failure(ErrorCode.NOT_FOUND, "Waitlist entry " + id + " does not exist.");
        }
        WaitlistEntry removed = found.get().remove();
        waitlist.save(removed);
        return Result.ok(removed);
    }

    @Override
    public List<WaitlistEntry> list(TenantId tenant, Optional<ServiceId> service) {
        return waitlist.listOpen(tenant, service);
    }

    @Override
    public Result<Appointment> confirmOffer(TenantId tenant, String offerCode, String correlationId) {
        return offers.confirm(tenant, offerCode, correlationId);
    }

    @Override
    public Result<WaitlistOffer> findOffer(TenantId tenant, String offerCode) {
        return offers.find(tenant, offerCode);
    }

    @Override
    public Result<WaitlistEntry> declineOffer(TenantId tenant, String offerCode, String correlationId) {
        Result<Hold> released = offers.decline(tenant, offerCode, correlationId);
        if (!(released instanceof Result.Success<Hold> hold)) {
            return ((Result.Failure<Hold>) released).cast();
        }
        offerFreedSlot(hold.value(), correlationId);
        Optional<WaitlistEntryId> entry = WaitlistOffers.entryOf(hold.value());
        return entry.flatMap(id -> waitlist.find(tenant, id)).<Result<WaitlistEntry>>map(Result::ok)
                .orElseGet(() -> Result.failure(ErrorCode.NOT_FOUND, "The waitlist entry of this offer is gone."));
    }

    /** Offers the time a cancelled or moved appointment had. */
    void offerFreedSlot(Appointment freed, String correlationId) {
        offer(freed.tenant(), freed.branch(), freed.service(), freed.staff(), freed.interval(), correlationId,
                Optional.empty());
    }

    /**
     * Offers the time an expired or declined hold had. When it was a waitlist offer that lapsed unanswered or was
     * turned down, its entry waits again and the time goes to the next entry.
     */
    void offerFreedSlot(Hold freed, String correlationId) {
        Optional<WaitlistEntryId> lapsed = WaitlistOffers.entryOf(freed);
        try {
            lapsed.flatMap(id -> waitlist.find(freed.tenant(), id)).ifPresent(e -> waitlist.save(e.lapse()));
        } catch (InfrastructureException e) {
            log.warn("lapsed waitlist offer could not be recorded: {}", e.getMessage());
        }
        offer(freed.tenant(), freed.branch(), freed.service(), freed.staff(), freed.interval(), correlationId,
                lapsed);
    }

    private void offer(TenantId tenant, BranchId branch, ServiceId service, StaffId staff, TimeInterval slot,
            String correlationId, Optional<WaitlistEntryId> lapsed) {
        try {
            offers.offer(tenant, branch, service, staff, slot, correlationId, lapsed);
        } catch (InfrastructureException e) {
            log.warn("waitlist offer for freed time failed: {}", e.getMessage());
        }
    }
}
