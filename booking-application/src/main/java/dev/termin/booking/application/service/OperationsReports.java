package dev.termin.booking.application.service;

import dev.termin.booking.application.port.in.NotificationReport;
import dev.termin.booking.application.port.out.BookingFlowLog;
import dev.termin.booking.application.port.out.OutboxMessage;
import dev.termin.booking.application.port.out.OutboxStats;
import java.util.EnumSet;
import java.util.Set;
import dev.termin.booking.application.port.out.AppointmentRepository;
import dev.termin.booking.application.port.out.ExternalCalendar;
import dev.termin.booking.application.port.out.HoldRepository;
import dev.termin.booking.application.port.out.Outbox;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.metrics.ReservationMetrics;
import dev.termin.booking.domain.sync.CircuitState;
import dev.termin.booking.domain.sync.SyncHealth;
import dev.termin.booking.domain.sync.SyncHealthReport;
import dev.termin.booking.domain.sync.SyncHealthThresholds;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * What operators read: sync health, the calendar's circuit, the outbox backlog, hold metrics, notifications.
 * Thread-safe.
 */
final class OperationsReports {

    private static final Set<OutboxMessage.Kind> NOTIFICATIONS = EnumSet.of(OutboxMessage.Kind.NOTIFY_BOOKED,
            OutboxMessage.Kind.NOTIFY_CANCELLED, OutboxMessage.Kind.NOTIFY_RESCHEDULED,
            OutboxMessage.Kind.NOTIFY_WAITLIST_OFFER, OutboxMessage.Kind.NOTIFY_REMINDER,
            OutboxMessage.Kind.NOTIFY_OWNER);

    private final AppointmentRepository appointments;
    private final HoldRepository holds;
    private final Outbox outbox;
    private final ExternalCalendar calendar;
    private final HoldErrors holdErrors;
    private final Clock clock;
    private final BookingFlowLog flowLog;

    OperationsReports(AppointmentRepository appointments, HoldRepository holds, Outbox outbox,
            ExternalCalendar calendar, HoldErrors holdErrors, Clock clock, BookingFlowLog flowLog) {
        this.flowLog = flowLog;
        this.appointments = appointments;
        this.holds = holds;
        this.outbox = outbox;
        this.calendar = calendar;
        this.holdErrors = holdErrors;
        this.clock = clock;
    }

    SyncHealthReport syncHealth(TenantId tenant) {
        Instant now = clock.instant();
        SyncHealthThresholds t = SyncHealthThresholds.DEFAULTS;
        return SyncHealth.evaluate(appointments.findSyncRelevant(tenant, now.minus(t.window())),
                calendar.circuitState(tenant), now, t);
    }

    ReservationMetrics reservationMetrics(TenantId tenant, Duration window) {
        Instant now = clock.instant();
        return ReservationMetrics.compute(holds.createdBetween(tenant, now.minus(window), now.plusNanos(1)),
                holdErrors.count(tenant), now);
    }

    CircuitState calendarCircuit() {
        return calendar.circuitState();
    }

    long pendingOutbox() {
        return outbox.pendingCount();
    }

    NotificationReport notifications(TenantId tenant, Duration window) {
        OutboxStats now = outbox.stats(tenant, NOTIFICATIONS);
        Instant since = clock.instant().minus(window);
        return new NotificationReport(window, now.pending(), now.retrying(), now.parked(),
                flowLog.count(tenant, "notification.sent", since), flowLog.count(tenant, "notification.retry", since),
                flowLog.count(tenant, "notification.failed", since),
                flowLog.count(tenant, "notification.skipped", since));
    }
}
