package dev.termin.booking.application.service;

import dev.termin.booking.application.port.out.FlowEvent;
import dev.termin.booking.application.port.out.OutboxMessage;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.SyncState;
import dev.termin.booking.domain.appointment.SyncStatus;
import dev.termin.booking.domain.catalogue.Company;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.policy.BookingPolicy;
import dev.termin.booking.domain.result.Warning;
import dev.termin.booking.domain.sync.CircuitState;
import java.util.List;

/** What every booking write shares: initial sync state, outbox messages, flow log entries, the policy. */
final class BookingSupport {

    private final Context ctx;

    BookingSupport(Context ctx) {
        this.ctx = ctx;
    }

    SyncState initialSync() {
        return ctx.calendar().circuitState() == CircuitState.NOT_CONFIGURED ? SyncState.notRequired()
                : SyncState.pending();
    }

    List<Warning> warnings(Appointment a) {
        return a.sync().status() == SyncStatus.PENDING
                ? List.of(new Warning(Warning.CALENDAR_SYNC_PENDING,
                        "The appointment is booked; it will appear in the external calendar shortly."))
                : List.of();
    }

    /** Queues the calendar push (when there is a calendar) and the customer notification, in the caller's tx. */
    void enqueue(Appointment a, OutboxMessage.Kind notification) {
        var now = ctx.clock().instant();
        if (a.sync().status() != SyncStatus.NOT_REQUIRED) {
            ctx.storage().outbox().enqueue(OutboxMessage.of(ctx.ids().newId(), a.tenant(),
                    OutboxMessage.Kind.CALENDAR_SYNC, a.id(), "", now));
        }
        ctx.storage().outbox().enqueue(OutboxMessage.of(ctx.ids().newId(), a.tenant(), notification, a.id(), "",
                now));
    }

    void flow(TenantId tenant, String correlationId, String step, String detail) {
        ctx.storage().flowLog().record(new FlowEvent(tenant, correlationId, ctx.clock().instant(), step, detail));
    }

    BookingPolicy policy(TenantId tenant, ServiceId service) {
        BookingPolicy base = ctx.storage().catalogue().findCompany(tenant).map(Company::policy)
                .orElse(BookingPolicy.DEFAULTS);
        return ctx.storage().catalogue().findService(tenant, service).map(s -> base.with(s.policy())).orElse(base);
    }
}
