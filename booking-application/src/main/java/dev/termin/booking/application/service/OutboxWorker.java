package dev.termin.booking.application.service;

import dev.termin.booking.application.port.out.AppointmentRepository;
import dev.termin.booking.application.port.out.BookingMetrics;
import dev.termin.booking.application.port.out.CatalogueRepository;
import dev.termin.booking.application.port.out.ExternalCalendar;
import dev.termin.booking.application.port.out.InfrastructureException;
import dev.termin.booking.application.port.out.Notification;
import dev.termin.booking.application.port.out.Notifier;
import dev.termin.booking.application.port.out.Outbox;
import dev.termin.booking.application.port.out.OutboxMessage;
import dev.termin.booking.application.port.out.StaffLocks;
import dev.termin.booking.application.port.out.WebhookEvent;
import dev.termin.booking.application.port.out.Transactions;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.ExternalRef;
import dev.termin.booking.domain.appointment.SyncState;
import dev.termin.booking.domain.appointment.SyncStatus;
import dev.termin.booking.domain.catalogue.Branch;
import dev.termin.booking.domain.catalogue.Service;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.sync.CircuitState;
import dev.termin.booking.domain.sync.SyncRetryPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox worker: pushes appointments to the external calendar (with retries and the segment saga) and sends
 * customer notifications. Safe to run on several instances at once: the outbox hands each message to one worker.
 * Thread-safe.
 */
final class OutboxWorker {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);
    private static final Duration CLAIM_LEASE = Duration.ofMinutes(2);

    private final Outbox outbox;
    private final AppointmentRepository appointments;
    private final CatalogueRepository catalogue;
    private final Transactions transactions;
    private final StaffLocks staffLocks;
    private final ExternalCalendar calendar;
    private final Notifier notifier;
    private final CalendarSync calendarSync;
    private final Notifications notifications;
    private final FlowRecorder flow;
    private final SyncRetryPolicy retry;
    private final Duration deferral;
    private final Clock clock;
    private final BookingMetrics metrics;
    private final WebhookService webhooks;
    private final WaitlistOffers offers;
    private final SyncHealthWatch healthWatch;
    private final OwnerAlerts ownerAlerts;
    private final ManageLinks manageLinks;

    /** {@code deferral}: how long a message waits while the calendar's circuit is open. */
    OutboxWorker(Outbox outbox, AppointmentRepository appointments, CatalogueRepository catalogue,
            Transactions transactions, StaffLocks staffLocks, ExternalCalendar calendar, Notifier notifier,
            Notifications notifications, FlowRecorder flow, SyncRetryPolicy retry, Duration deferral, Clock clock,
            BookingMetrics metrics, WebhookService webhooks, WaitlistOffers offers, SyncHealthWatch healthWatch,
            OwnerAlerts ownerAlerts, ManageLinks manageLinks) {
        this.healthWatch = healthWatch;
        this.ownerAlerts = ownerAlerts;
        this.manageLinks = manageLinks;
        this.webhooks = webhooks;
        this.offers = offers;
        this.outbox = outbox;
        this.appointments = appointments;
        this.catalogue = catalogue;
        this.transactions = transactions;
        this.staffLocks = staffLocks;
        this.calendar = calendar;
        this.notifier = notifier;
        this.calendarSync = new CalendarSync(calendar);
        this.notifications = notifications;
        this.flow = flow;
        this.retry = retry;
        this.deferral = deferral;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** Processes up to {@code limit} due outbox messages; returns how many were processed. */
    int processOutbox(int limit) {
        List<OutboxMessage> due = outbox.claimDue(clock.instant(), limit, CLAIM_LEASE);
        Set<TenantId> synced = new LinkedHashSet<>();
        for (OutboxMessage m : due) {
            try (var c = LogContext.work(m.tenant().value(), null)) {
                try {
                    process(m);
                } catch (InfrastructureException e) {
                    log.warn("outbox message {} failed, retrying later: {}", m.id(), e.getMessage());
                    failAttempt(m, e.getMessage());
                }
            }
            if (m.kind() == OutboxMessage.Kind.CALENDAR_SYNC) {
                synced.add(m.tenant());
            }
        }
        for (TenantId tenant : synced) {
            try {
                healthWatch.check(tenant);
            } catch (InfrastructureException e) {
                log.warn("sync health of tenant {} could not be checked: {}", tenant, e.getMessage());
            }
        }
        return due.size();
    }

    private void process(OutboxMessage m) {
        if (m.kind() == OutboxMessage.Kind.NOTIFY_OWNER) {
            Optional<Notification> due = ownerAlerts.due(m, notifications);
            if (due.isEmpty()) {
                // the owner address was removed meanwhile: nobody to tell
                outbox.complete(m.id());
                metrics.increment("termin.notifications", "outcome", "skipped");
                return;
            }
            try (var c = LogContext.correlation(due.get().correlationId())) {
                deliver(m, m.tenant(), due.get().correlationId(), due.get());
            }
            return;
        }
        if (m.kind() == OutboxMessage.Kind.NOTIFY_WAITLIST_OFFER) {
            Optional<WaitlistOffers.Due> due = offers.due(m);
            if (due.isEmpty()) {
                // the hold lapsed, was booked or is gone: the offer is moot
                outbox.complete(m.id());
                metrics.increment("termin.notifications", "outcome", "skipped");
                return;
            }
            try (var c = LogContext.correlation(due.get().correlationId())) {
                deliver(m, due.get().tenant(), due.get().correlationId(), due.get().notification());
            }
            return;
        }
        Optional<Appointment> found = appointments.find(m.tenant(), m.appointment());
        if (found.isEmpty()) {
            outbox.complete(m.id());
            return;
        }
        Appointment a = found.get();
        try (var c = LogContext.correlation(a.correlationId())) {
            Optional<Service> service = catalogue.findService(a.tenant(), a.service());
            Optional<Branch> branch = catalogue.findBranch(a.tenant(), a.branch());
            if (service.isEmpty() || branch.isEmpty()) {
                log.warn("appointment {} refers to a deleted service or branch; outbox message {} parked", a.id(),
                        m.id());
                outbox.park(m.id(), m.attempts(), "service or branch deleted");
                return;
            }
            if (m.kind() == OutboxMessage.Kind.CALENDAR_SYNC) {
                sync(m, a, service.get());
            } else if (m.kind() == OutboxMessage.Kind.WEBHOOK) {
                WebhookEvent event = WebhookEvent.fromCode(m.payload()).orElseThrow();
                transactions.inTransaction(() -> {
                    webhooks.publish(a.tenant(), event, WebhookPayloads.appointment(a));
                    outbox.complete(m.id());
                    return null;
                });
            } else {
                notify(m, a, service.get(), branch.get());
            }
        }
    }

    /**
     * Sends one notification. Only once the transport accepted it does the outbox forget the message, in one
     * transaction with the flow log's {@code notification.sent}; a crash between the acceptance and that commit
     * sends the message again after the lease (at least once, never lost).
     */
    private void notify(OutboxMessage m, Appointment a, Service service, Branch branch) {
        if (m.kind() == OutboxMessage.Kind.NOTIFY_REMINDER) {
            Optional<String> skip = Reminders.skipReason(m.payload(), a, clock.instant());
            if (skip.isPresent()) {
                transactions.inTransaction(() -> {
                    outbox.complete(m.id());
                    flow.record(a.tenant(), a.correlationId(), "notification.skipped", m.kind().code() + ": "
                            + skip.get());
                    return null;
                });
                metrics.increment("termin.notifications", "outcome", "skipped");
                return;
            }
        }
        Notification n = notification(m.kind(), a, service, branch);
        if (m.kind() != OutboxMessage.Kind.NOTIFY_CANCELLED) {
            n = manageLinks.link(a).map(n::withManageLink).orElse(n);
        }
        deliver(m, a.tenant(), a.correlationId(), n);
    }

    private void deliver(OutboxMessage m, TenantId tenant, String correlationId, Notification notification) {
        try {
            notifier.send(notification);
        } catch (InfrastructureException e) {
            flow.record(tenant, correlationId, retry.isLastAttempt(m.attempts()) ? "notification.failed"
                    : "notification.retry", m.kind().code() + ": " + e.getMessage());
            throw e;
        }
        transactions.inTransaction(() -> {
            outbox.complete(m.id());
            flow.record(tenant, correlationId, "notification.sent", m.kind().code());
            return null;
        });
        metrics.increment("termin.notifications", "outcome", "sent");
    }

    private Notification notification(OutboxMessage.Kind kind, Appointment a, Service s, Branch b) {
        return switch (kind) {
            case NOTIFY_BOOKED -> notifications.booked(a, s, b);
            case NOTIFY_CANCELLED -> notifications.cancelled(a, s, b);
            case NOTIFY_RESCHEDULED -> notifications.rescheduled(a, s, b);
            case NOTIFY_REMINDER -> notifications.reminder(a, s, b);
            default -> throw new IllegalArgumentException("not a notification: " + kind);
        };
    }

    private void sync(OutboxMessage m, Appointment a, Service service) {
        Instant now = clock.instant();
        if (calendar.circuitState() == CircuitState.OPEN) {
            // Nothing would reach the calendar; wait without spending one of the message's attempts, so that a long
            // outage ends in a sync, not in manual review.
            outbox.retryLater(m.id(), m.attempts(), now.plus(deferral),
                    "calendar circuit open");
            metrics.increment("termin.sync", "outcome", "deferred");
            return;
        }
        CalendarSync.Outcome outcome = calendarSync.sync(a, service);
        int attempts = a.sync().attempts() + 1;
        if (outcome instanceof CalendarSync.Outcome.Synced s) {
            store(a, new SyncState(SyncStatus.SYNCED, attempts, Optional.empty(), false, Optional.of(now), s.refs()));
            outbox.complete(m.id());
            metrics.increment("termin.sync", "outcome", "synced");
            flow.record(a.tenant(), a.correlationId(), "sync.synced", s.refs().size() + " external booking(s)");
        } else if (outcome instanceof CalendarSync.Outcome.Retry r && !retry.isLastAttempt(m.attempts())) {
            store(a, new SyncState(SyncStatus.PENDING, attempts, Optional.of(r.error()), false, Optional.of(now),
                    r.refs()));
            outbox.retryLater(m.id(), m.attempts() + 1, retry.nextAttempt(m.attempts() + 1, now),
                    r.error());
            metrics.increment("termin.sync", "outcome", "retry");
            flow.record(a.tenant(), a.correlationId(), "sync.retry", r.error());
        } else {
            List<ExternalRef> left = outcome instanceof CalendarSync.Outcome.Retry r && a.isActive()
                    ? calendarSync.compensate(a, r.refs()) : outcome.refs();
            String error = outcome instanceof CalendarSync.Outcome.Retry r ? "gave up after " + attempts
                    + " attempts: " + r.error() : ((CalendarSync.Outcome.Rejected) outcome).error();
            store(a, new SyncState(SyncStatus.FAILED, attempts, Optional.of(error), true, Optional.of(now), left));
            outbox.park(m.id(), m.attempts() + 1, error);
            metrics.increment("termin.sync", "outcome", "failed");
            flow.record(a.tenant(), a.correlationId(), "sync.failed", error);
            webhooks.publish(a.tenant(), WebhookEvent.SYNC_FAILED, WebhookPayloads.syncFailed(a, error));
            log.warn("calendar sync of appointment {} failed and needs manual review: {}", a.id(), error);
        }
    }

    /**
     * Stores the sync state on the current version of the appointment, under its staff locks. If the appointment
     * changed while the calendar was called, its newer sync message will follow, so it stays pending.
     */
    private void store(Appointment synced, SyncState state) {
        transactions.inTransaction(() -> {
            staffLocks.lock(synced.tenant(),
                    synced.occupancies().stream().map(o -> o.staff()).distinct().toList(),
                    OptionalLong.empty());
            Appointment current = appointments.find(synced.tenant(), synced.id()).orElseThrow();
            SyncState effective = state;
            if (!current.updatedAt().equals(synced.updatedAt()) && state.status() == SyncStatus.SYNCED) {
                effective = new SyncState(SyncStatus.PENDING, state.attempts(), state.lastError(), false,
                        state.lastAttemptAt(), state.externalRefs());
            }
            appointments.update(current.withSync(effective, clock.instant()));
            return null;
        });
    }

    private void failAttempt(OutboxMessage m, String error) {
        boolean last = retry.isLastAttempt(m.attempts());
        if (m.kind() != OutboxMessage.Kind.CALENDAR_SYNC) {
            metrics.increment("termin.notifications", "outcome", last ? "failed" : "retried");
        }
        if (last) {
            outbox.park(m.id(), m.attempts() + 1, error);
        } else {
            outbox.retryLater(m.id(), m.attempts() + 1,
                    retry.nextAttempt(m.attempts() + 1, clock.instant()), error);
        }
    }
}
