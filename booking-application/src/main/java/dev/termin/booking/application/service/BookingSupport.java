package dev.termin.booking.application.service;

import dev.termin.booking.application.port.out.AppointmentRepository;
import dev.termin.booking.application.port.out.CatalogueRepository;
import dev.termin.booking.application.port.out.ExternalCalendar;
import dev.termin.booking.application.port.out.IdGenerator;
import dev.termin.booking.application.port.out.Outbox;
import dev.termin.booking.application.port.out.OutboxMessage;
import dev.termin.booking.application.port.out.WebhookEvent;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.customer.Customer;
import dev.termin.booking.domain.appointment.Source;
import dev.termin.booking.domain.appointment.SyncState;
import dev.termin.booking.domain.appointment.SyncStatus;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.Company;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.appointment.HoldToken;
import dev.termin.booking.domain.policy.BookingPolicy;
import dev.termin.booking.domain.result.Warning;
import dev.termin.booking.domain.slot.Slot;
import dev.termin.booking.domain.sync.CircuitState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What every booking write shares: the one place an appointment is created (initial sync state, insert, outbox
 * messages), the warnings it carries, the policy of a service. Runs inside the caller's transaction. Thread-safe.
 */
final class BookingSupport {

    /** Everything a new appointment is made of besides its id, fencing token and time of booking. */
    record NewAppointment(TenantId tenant, BranchId branch, ServiceId service, Slot slot, Customer customer,
            String notes, Source source, boolean composite, String correlationId, Optional<HoldToken> hold) {
    }

    private final AppointmentRepository appointments;
    private final Outbox outbox;
    private final CatalogueRepository catalogue;
    private final ExternalCalendar calendar;
    private final IdGenerator ids;
    private final Clock clock;
    private final WebhookService webhooks;

    BookingSupport(AppointmentRepository appointments, Outbox outbox, CatalogueRepository catalogue,
            ExternalCalendar calendar, IdGenerator ids, Clock clock, WebhookService webhooks) {
        this.webhooks = webhooks;
        this.appointments = appointments;
        this.outbox = outbox;
        this.catalogue = catalogue;
        this.calendar = calendar;
        this.ids = ids;
        this.clock = clock;
    }

    /** A fresh appointment id (a hold is marked converted to it before the appointment is stored). */
    AppointmentId newAppointmentId() {
        return new AppointmentId(ids.newId().toString());
    }

    /** Creates, stores and announces (calendar push, customer notification) an appointment. */
    Appointment create(AppointmentId id, NewAppointment n, long fence, Instant now) {
        Appointment a = Appointment.book(id, n.tenant(), n.branch(), n.service(), n.slot(), n.customer(), n.notes(),
                n.source(), initialSync(n.tenant()), n.composite(), n.correlationId(), n.hold(), fence, now);
        appointments.insert(a);
        enqueue(a, OutboxMessage.Kind.NOTIFY_BOOKED);
        return a;
    }

    private SyncState initialSync(TenantId tenant) {
        return calendar.circuitState(tenant) == CircuitState.NOT_CONFIGURED ? SyncState.notRequired()
                : SyncState.pending();
    }

    List<Warning> warnings(Appointment a) {
        return a.sync().status() == SyncStatus.PENDING
                ? List.of(new Warning(Warning.CALENDAR_SYNC_PENDING,
                        "The appointment is booked; it will appear in the external calendar shortly."))
                : List.of();
    }

    /**
     * Queues the calendar push (when there is a calendar), the customer notification and, for a booked or moved
     * appointment, its reminders, in the caller's transaction.
     */
    void enqueue(Appointment a, OutboxMessage.Kind notification) {
        Instant now = clock.instant();
        if (a.sync().status() != SyncStatus.NOT_REQUIRED) {
            outbox.enqueue(OutboxMessage.of(ids.newId(), a.tenant(), OutboxMessage.Kind.CALENDAR_SYNC, a.id(), "",
                    now));
        }
        outbox.enqueue(OutboxMessage.of(ids.newId(), a.tenant(), notification, a.id(), "", now));
        WebhookEvent event = notification == OutboxMessage.Kind.NOTIFY_BOOKED ? WebhookEvent.APPOINTMENT_CREATED
                : notification == OutboxMessage.Kind.NOTIFY_RESCHEDULED ? WebhookEvent.APPOINTMENT_RESCHEDULED
                : WebhookEvent.APPOINTMENT_CANCELLED;
        announce(a, event);
        if (notification == OutboxMessage.Kind.NOTIFY_BOOKED || notification == OutboxMessage.Kind.NOTIFY_RESCHEDULED) {
            for (Duration offset : policy(a.tenant(), a.service()).reminderOffsets()) {
                Instant due = a.interval().start().minus(offset);
                // booked inside the offset: the customer has just been told, a reminder now would be noise
                if (due.isAfter(now)) {
                    outbox.enqueue(OutboxMessage.dueAt(ids.newId(), a.tenant(), OutboxMessage.Kind.NOTIFY_REMINDER,
                            a.id(), Reminders.payload(offset, a), due, now));
                }
            }
        }
    }

    /**
     * Queues webhook {@code event} about {@code a} in the caller's transaction, when some endpoint of the tenant wants
     * it; the outbox worker fans it out once the transaction committed, with the appointment as it is then.
     */
    void announce(Appointment a, WebhookEvent event) {
        if (webhooks.wanted(a.tenant(), event)) {
            outbox.enqueue(OutboxMessage.of(ids.newId(), a.tenant(), OutboxMessage.Kind.WEBHOOK, a.id(),
                    event.code(), clock.instant()));
        }
    }

    BookingPolicy policy(TenantId tenant, ServiceId service) {
        BookingPolicy base = catalogue.findCompany(tenant).map(Company::policy).orElse(BookingPolicy.DEFAULTS);
        return catalogue.findService(tenant, service).map(s -> base.with(s.policy())).orElse(base);
    }
}
