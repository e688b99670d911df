package dev.termin.booking.application.service;

import dev.termin.booking.application.port.in.JoinWaitlistCommand;
import dev.termin.booking.application.port.in.WaitlistUseCase;
import dev.termin.booking.application.port.out.BookingMetrics;
import dev.termin.booking.application.port.out.CatalogueRepository;
import dev.termin.booking.application.port.out.IdGenerator;
import dev.termin.booking.application.port.out.InfrastructureException;
import dev.termin.booking.application.port.out.Notifier;
import dev.termin.booking.application.port.out.WaitlistRepository;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.catalogue.Branch;
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
import dev.termin.booking.domain.waitlist.WaitlistMatcher;
import dev.termin.booking.domain.waitlist.WaitlistStatus;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The waitlist, and the offering of freed time to it: every matching entry is told, in priority order (first come,
 * first served within a priority), and whoever books first gets the slot. Offers are sent right after the freeing
 * change committed; a failed send is logged and the entry stays waiting. Thread-safe.
 */
final class WaitlistService implements WaitlistUseCase {

    private static final Logger log = LoggerFactory.getLogger(WaitlistService.class);

    private final CatalogueRepository catalogue;
    private final WaitlistRepository waitlist;
    private final Notifier notifier;
    private final Notifications notifications;
    private final BookingSupport support;
    private final IdGenerator ids;
    private final Clock clock;
    private final BookingMetrics metrics;

    WaitlistService(CatalogueRepository catalogue, WaitlistRepository waitlist, Notifier notifier,
            Notifications notifications, BookingSupport support, IdGenerator ids, Clock clock,
            BookingMetrics metrics) {
        this.catalogue = catalogue;
        this.waitlist = waitlist;
        this.notifier = notifier;
        this.notifications = notifications;
        this.support = support;
        this.ids = ids;
        this.clock = clock;
        this.metrics = metrics;
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
                    c.priority(), clock.instant(), WaitlistStatus.WAITING, Optional.empty(), Optional.empty());
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

    /** Offers the time a cancelled or moved appointment had. */
    void offerFreedSlot(Appointment freed, String correlationId) {
        offer(freed.tenant(), freed.branch(), freed.service(), freed.staff(), freed.interval(), correlationId);
    }

    /** Offers the time an expired hold had. */
    void offerFreedSlot(Hold freed, String correlationId) {
        offer(freed.tenant(), freed.branch(), freed.service(), freed.staff(), freed.interval(), correlationId);
    }

    private void offer(TenantId tenant, BranchId branchId, ServiceId service, StaffId staff, TimeInterval slot,
            String correlationId) {
        try {
            Optional<Branch> branch = catalogue.findBranch(tenant, branchId);
            if (branch.isEmpty()) {
                return;
            }
            var now = clock.instant();
            var policy = support.policy(tenant, service);
            List<WaitlistEntry> matches = WaitlistMatcher.match(
                    waitlist.listOpen(tenant, Optional.of(service)), service, staff, slot,
                    branch.get().zone(), now, policy.waitlistOfferWindow());
            for (WaitlistEntry entry : matches) {
                notifier.send(notifications.waitlistOffer(entry, slot, branch.get(), correlationId));
                waitlist.save(entry.offer(slot, now));
                metrics.increment("termin.waitlist.offers");
            }
        } catch (InfrastructureException e) {
            log.warn("waitlist offer for freed time failed: {}", e.getMessage());
        }
    }
}
