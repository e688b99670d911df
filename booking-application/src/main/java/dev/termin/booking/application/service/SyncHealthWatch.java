package dev.termin.booking.application.service;

import dev.termin.booking.application.port.out.BookingFlowLog;
import dev.termin.booking.application.port.out.CatalogueRepository;
import dev.termin.booking.application.port.out.FlowEvent;
import dev.termin.booking.application.port.out.InfrastructureException;
import dev.termin.booking.application.port.out.Notifier;
import dev.termin.booking.application.port.out.WebhookEvent;
import dev.termin.booking.domain.catalogue.Company;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.customer.Customer;
import dev.termin.booking.domain.customer.EmailAddress;
import dev.termin.booking.domain.sync.HealthStatus;
import dev.termin.booking.domain.sync.SyncHealthReport;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a tenant's calendar-sync health after sync work: every change of status is recorded in the flow log
 * (correlation id {@value #FLOW}, which is also where the last status is read back, so it survives restarts) and
 * published as {@code sync.health_changed}; turning critical, and recovering from critical, also e-mails the owner
 * when the company has an owner address. The e-mail is sent at once, not through the outbox: a failed one is logged
 * and not repeated (the next change sends the next one). Thread-safe.
 */
final class SyncHealthWatch {

    static final String FLOW = "sync-health";
    private static final String STEP = "sync.health_changed";
    private static final Logger log = LoggerFactory.getLogger(SyncHealthWatch.class);

    private final OperationsReports reports;
    private final BookingFlowLog flowLog;
    private final FlowRecorder flow;
    private final CatalogueRepository catalogue;
    private final Notifier notifier;
    private final Notifications notifications;
    private final WebhookService webhooks;

    SyncHealthWatch(OperationsReports reports, BookingFlowLog flowLog, FlowRecorder flow,
            CatalogueRepository catalogue, Notifier notifier, Notifications notifications, WebhookService webhooks) {
        this.reports = reports;
        this.flowLog = flowLog;
        this.flow = flow;
        this.catalogue = catalogue;
        this.notifier = notifier;
        this.notifications = notifications;
        this.webhooks = webhooks;
    }

    /** Compares the tenant's sync health with the last recorded status and announces a change. */
    void check(TenantId tenant) {
        SyncHealthReport report = reports.syncHealth(tenant);
        List<FlowEvent> history = flowLog.find(tenant, FLOW);
        HealthStatus previous = history.isEmpty() ? HealthStatus.HEALTHY
                : HealthStatus.fromCode(history.get(history.size() - 1).detail());
        HealthStatus now = report.status();
        if (now == previous) {
            return;
        }
        flow.record(tenant, FLOW, STEP, now.code());
        webhooks.publish(tenant, WebhookEvent.SYNC_HEALTH_CHANGED, WebhookPayloads.syncHealth(report, previous));
        if ((now == HealthStatus.CRITICAL) == (previous == HealthStatus.CRITICAL)) {
            return;
        }
        Optional<Company> company = catalogue.findCompany(tenant);
        Optional<EmailAddress> owner = company.flatMap(c -> c.notifications().ownerEmail());
        if (owner.isEmpty()) {
            return;
        }
        try {
            notifier.send(notifications.ownerAlert(tenant, new Customer(company.get().name(), Optional.empty(),
                    owner), report, FLOW));
        } catch (InfrastructureException e) {
            log.warn("owner alert for tenant {} (sync health {}) could not be sent: {}", tenant, now.code(),
                    e.getMessage());
        }
    }
}
