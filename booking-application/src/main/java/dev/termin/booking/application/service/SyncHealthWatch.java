package dev.termin.booking.application.service;

import dev.termin.booking.application.port.out.BookingFlowLog;
import dev.termin.booking.application.port.out.FlowEvent;
import dev.termin.booking.application.port.out.Transactions;
import dev.termin.booking.application.port.out.WebhookEvent;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.sync.HealthStatus;
import dev.termin.booking.domain.sync.SyncHealthReport;
import java.util.ArrayList;
import java.util.List;

/**
 * Watches a tenant's calendar-sync health after sync work: every change of status is recorded in the flow log
 * (correlation id {@value #FLOW}, which is also where the last status is read back, so it survives restarts) and
 * published as {@code sync.health_changed}; turning critical, and recovering from critical, also queues an e-mail to
 * the owner when the company has an owner address. All of it is written in one transaction, and the e-mail goes
 * through the outbox, so a failed send is retried like a customer message. Thread-safe.
 */
final class SyncHealthWatch {

    static final String FLOW = "sync-health";
    private static final String STEP = "sync.health_changed";

    private final OperationsReports reports;
    private final BookingFlowLog flowLog;
    private final FlowRecorder flow;
    private final Transactions transactions;
    private final OwnerAlerts ownerAlerts;
    private final WebhookService webhooks;

    SyncHealthWatch(OperationsReports reports, BookingFlowLog flowLog, FlowRecorder flow, Transactions transactions,
            OwnerAlerts ownerAlerts, WebhookService webhooks) {
        this.reports = reports;
        this.flowLog = flowLog;
        this.flow = flow;
        this.transactions = transactions;
        this.ownerAlerts = ownerAlerts;
        this.webhooks = webhooks;
    }

    /** Compares the tenant's sync health with the last recorded status and announces a change. */
    void check(TenantId tenant) {
        SyncHealthReport report = reports.syncHealth(tenant);
        // the flow also holds the owner alert's delivery steps; only the health changes carry a status
        List<FlowEvent> history = flowLog.find(tenant, FLOW).stream().filter(e -> e.step().equals(STEP)).toList();
        HealthStatus previous = history.isEmpty() ? HealthStatus.HEALTHY
                : HealthStatus.fromCode(history.get(history.size() - 1).detail());
        HealthStatus now = report.status();
        if (now == previous) {
            return;
        }
        transactions.inTransaction(() -> {
            flow.record(tenant, FLOW, STEP, now.code());
            webhooks.publish(tenant, WebhookEvent.SYNC_HEALTH_CHANGED, WebhookPayloads.syncHealth(report, previous));
            if ((now == HealthStatus.CRITICAL) != (previous == HealthStatus.CRITICAL)) {
                ownerAlerts.queue(tenant, alert(report));
            }
            return null;
        });
    }

    private static OwnerAlerts.Alert alert(SyncHealthReport report) {
        List<String> facts = new ArrayList<>(List.of(Integer.toString(report.counts().failedInWindow()),
                Integer.toString(report.counts().pending()), Integer.toString(report.counts().stalePending())));
        report.alerts().forEach(a -> facts.add(a.message() + " – " + a.suggestedAction()));
        return new OwnerAlerts.Alert(report.status() == HealthStatus.CRITICAL ? OwnerAlerts.Topic.SYNC_CRITICAL
                : OwnerAlerts.Topic.SYNC_RECOVERED, FLOW, facts);
    }
}
