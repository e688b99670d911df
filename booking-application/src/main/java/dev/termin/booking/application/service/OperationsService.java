package dev.termin.booking.application.service;

import dev.termin.booking.application.port.in.OperationsUseCase;
import dev.termin.booking.application.port.out.InfrastructureException;
import dev.termin.booking.application.port.out.Notification;
import dev.termin.booking.application.port.out.OutboxMessage;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.ExternalRef;
import dev.termin.booking.domain.appointment.SyncState;
import dev.termin.booking.domain.appointment.SyncStatus;
import dev.termin.booking.domain.catalogue.Branch;
import dev.termin.booking.domain.catalogue.Service;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.hold.Hold;
import dev.termin.booking.domain.metrics.ReservationMetrics;
import dev.termin.booking.domain.sync.CircuitState;
import dev.termin.booking.domain.sync.SyncHealth;
import dev.termin.booking.domain.sync.SyncHealthReport;
import dev.termin.booking.domain.sync.SyncHealthThresholds;
import dev.termin.booking.domain.sync.SyncRetryPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Background work and operations: the outbox worker (calendar sync with retries and the segment saga, customer
 * notifications), the hold sweeper, sync health and reservation metrics. Safe to run on several instances at
 * once: the outbox and the sweeper hand each item to one worker. Thread-safe.
 */
public final class OperationsService implements OperationsUseCase {

    private static final Logger log = LoggerFactory.getLogger(OperationsService.class);
    private static final Duration CLAIM_LEASE = Duration.ofMinutes(2);

    private final Context ctx;
    private final CalendarSync calendarSync;
    private final Notifications notifications;
    private final WaitlistService waitlist;
    private final HoldErrors holdErrors;
    private final SyncRetryPolicy retry;
    private final BookingSupport support;

    public OperationsService(Context ctx, Notifications notifications, WaitlistService waitlist,
            HoldErrors holdErrors) {
        this.ctx = ctx;
        this.calendarSync = new CalendarSync(ctx);
        this.notifications = notifications;
        this.waitlist = waitlist;
        this.holdErrors = holdErrors;
        this.retry = new SyncRetryPolicy(ctx.settings().syncMaxAttempts(), ctx.settings().syncBaseBackoff(),
                ctx.settings().syncMaxBackoff());
        this.support = new BookingSupport(ctx);
    }

    @Override
    public int processOutbox(int limit) {
        List<OutboxMessage> due = ctx.storage().outbox().claimDue(ctx.clock().instant(), limit, CLAIM_LEASE);
        for (OutboxMessage m : due) {
            try {
                process(m);
            } catch (InfrastructureException e) {
                log.warn("outbox message {} failed, retrying later: {}", m.id(), e.getMessage());
                failAttempt(m, e.getMessage());
            }
        }
        return due.size();
    }

    private void process(OutboxMessage m) {
        Optional<Appointment> found = ctx.storage().appointments().find(m.tenant(), m.appointment());
        if (found.isEmpty()) {
            ctx.storage().outbox().complete(m.id());
            return;
        }
        Appointment a = found.get();
        try (var c = MDC.putCloseable("correlationId", a.correlationId())) {
            Optional<Service> service = ctx.storage().catalogue().findService(a.tenant(), a.service());
            Optional<Branch> branch = ctx.storage().catalogue().findBranch(a.tenant(), a.branch());
            if (service.isEmpty() || branch.isEmpty()) {
                log.warn("appointment {} refers to a deleted service or branch; outbox message {} parked", a.id(),
                        m.id());
                ctx.storage().outbox().park(m.id(), m.attempts(), "service or branch deleted");
                return;
            }
            if (m.kind() == OutboxMessage.Kind.CALENDAR_SYNC) {
                sync(m, a, service.get());
            } else {
                ctx.notifier().send(notification(m.kind(), a, service.get(), branch.get()));
                ctx.storage().outbox().complete(m.id());
                support.flow(a.tenant(), a.correlationId(), "notification.sent", m.kind().code());
            }
        }
    }

    private Notification notification(OutboxMessage.Kind kind, Appointment a, Service s, Branch b) {
        return switch (kind) {
            case NOTIFY_BOOKED -> notifications.booked(a, s, b);
            case NOTIFY_CANCELLED -> notifications.cancelled(a, s, b);
            case NOTIFY_RESCHEDULED -> notifications.rescheduled(a, s, b);
            default -> throw new IllegalArgumentException("not a notification: " + kind);
        };
    }

    private void sync(OutboxMessage m, Appointment a, Service service) {
        Instant now = ctx.clock().instant();
        if (ctx.calendar().circuitState() == CircuitState.OPEN) {
            // Nothing would reach the calendar; wait without spending one of the message's attempts, so that a long
            // outage ends in a sync, not in manual review.
            ctx.storage().outbox().retryLater(m.id(), m.attempts(), now.plus(ctx.settings().syncBaseBackoff()),
                    "calendar circuit open");
            ctx.metrics().increment("termin.sync", "outcome", "deferred");
            return;
        }
        CalendarSync.Outcome outcome = calendarSync.sync(a, service);
        int attempts = a.sync().attempts() + 1;
        if (outcome instanceof CalendarSync.Outcome.Synced s) {
            store(a, new SyncState(SyncStatus.SYNCED, attempts, Optional.empty(), false, Optional.of(now), s.refs()));
            ctx.storage().outbox().complete(m.id());
            ctx.metrics().increment("termin.sync", "outcome", "synced");
            support.flow(a.tenant(), a.correlationId(), "sync.synced", s.refs().size() + " external booking(s)");
        } else if (outcome instanceof CalendarSync.Outcome.Retry r && !retry.isLastAttempt(m.attempts())) {
            store(a, new SyncState(SyncStatus.PENDING, attempts, Optional.of(r.error()), false, Optional.of(now),
                    r.refs()));
            ctx.storage().outbox().retryLater(m.id(), m.attempts() + 1, retry.nextAttempt(m.attempts() + 1, now),
                    r.error());
            ctx.metrics().increment("termin.sync", "outcome", "retry");
            support.flow(a.tenant(), a.correlationId(), "sync.retry", r.error());
        } else {
            List<ExternalRef> left = outcome instanceof CalendarSync.Outcome.Retry r && a.isActive()
                    ? calendarSync.compensate(a, r.refs()) : outcome.refs();
            String error = outcome instanceof CalendarSync.Outcome.Retry r ? "gave up after " + attempts
                    + " attempts: " + r.error() : ((CalendarSync.Outcome.Rejected) outcome).error();
            store(a, new SyncState(SyncStatus.FAILED, attempts, Optional.of(error), true, Optional.of(now), left));
            ctx.storage().outbox().park(m.id(), m.attempts() + 1, error);
            ctx.metrics().increment("termin.sync", "outcome", "failed");
            support.flow(a.tenant(), a.correlationId(), "sync.failed", error);
            log.warn("calendar sync of appointment {} failed and needs manual review: {}", a.id(), error);
        }
    }

    /**
     * Stores the sync state on the current version of the appointment, under its staff locks. If the appointment
     * changed while the calendar was called, its newer sync message will follow, so it stays pending.
     */
    private void store(Appointment synced, SyncState state) {
        ctx.storage().transactions().inTransaction(() -> {
            ctx.storage().staffLocks().lock(synced.tenant(),
                    synced.occupancies().stream().map(o -> o.staff()).distinct().toList(),
                    OptionalLong.empty());
            Appointment current = ctx.storage().appointments().find(synced.tenant(), synced.id()).orElseThrow();
            SyncState effective = state;
            if (!current.updatedAt().equals(synced.updatedAt()) && state.status() == SyncStatus.SYNCED) {
                effective = new SyncState(SyncStatus.PENDING, state.attempts(), state.lastError(), false,
                        state.lastAttemptAt(), state.externalRefs());
            }
            ctx.storage().appointments().update(current.withSync(effective, ctx.clock().instant()));
            return null;
        });
    }

    private void failAttempt(OutboxMessage m, String error) {
        if (retry.isLastAttempt(m.attempts())) {
            ctx.storage().outbox().park(m.id(), m.attempts() + 1, error);
        } else {
            ctx.storage().outbox().retryLater(m.id(), m.attempts() + 1,
                    retry.nextAttempt(m.attempts() + 1, ctx.clock().instant()), error);
        }
    }

    @Override
    public int expireHolds(int limit) {
        List<Hold> expired = ctx.storage().holds().expireDue(ctx.clock().instant(), limit);
        for (Hold h : expired) {
            ctx.metrics().increment("termin.holds", "event", "expired");
            support.flow(h.tenant(), "hold-" + h.token(), "hold.expired", "token " + h.token());
            waitlist.offerFreedSlot(h, "hold-" + h.token());
        }
        return expired.size();
    }

    @Override
    public SyncHealthReport syncHealth(TenantId tenant) {
        Instant now = ctx.clock().instant();
        SyncHealthThresholds t = SyncHealthThresholds.DEFAULTS;
        return SyncHealth.evaluate(ctx.storage().appointments().findSyncRelevant(tenant, now.minus(t.window())),
                ctx.calendar().circuitState(), now, t);
    }

    @Override
    public ReservationMetrics reservationMetrics(TenantId tenant, Duration window) {
        Instant now = ctx.clock().instant();
        return ReservationMetrics.compute(ctx.storage().holds().createdBetween(tenant, now.minus(window),
                now.plusNanos(1)), holdErrors.count(tenant), now);
    }
}
