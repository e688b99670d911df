package dev.termin.booking.adapter.jdbc.internal;

import dev.termin.booking.application.port.out.BookingFlowLog;
import dev.termin.booking.application.port.out.FlowEvent;
import dev.termin.booking.domain.catalogue.TenantId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@link BookingFlowLog} on the {@code flow_event} table, indexed by (tenant, correlation id); events come back in
 * the order they were recorded (the identity column). Thread-safe.
 */
public final class JdbiBookingFlowLog implements BookingFlowLog {

    private final Db db;

    public JdbiBookingFlowLog(Db db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public void record(FlowEvent event) {
        Objects.requireNonNull(event, "event");
        // sent with the other rows of the transaction just before it commits, like the outbox messages
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("tenant", event.tenant().value());
        row.put("correlation_id", Db.text(event.correlationId()));
        row.put("occurred_at", Db.ts(event.at()));
        row.put("step", Db.text(event.step()));
        row.put("detail", Db.text(event.detail()));
        db.insertAtCommit("flow_event", row);
    }

    @Override
    public List<FlowEvent> find(TenantId tenant, String correlationId) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(correlationId, "correlationId");
        return db.read(h -> h.createQuery("SELECT * FROM flow_event WHERE tenant = :tenant "
                        + "AND correlation_id = :correlation ORDER BY id")
                .bind("tenant", tenant.value())
                .bind("correlation", correlationId)
                .map((rs, ctx) -> new FlowEvent(new TenantId(rs.getString("tenant")), rs.getString("correlation_id"),
                        Rows.instant(rs, "occurred_at"), rs.getString("step"), rs.getString("detail")))
                .list());
    }

    @Override
    public long count(TenantId tenant, String step, Instant since) {
        Objects.requireNonNull(tenant, "tenant");
        return db.read(h -> h.createQuery("SELECT COUNT(*) FROM flow_event WHERE tenant = :tenant AND step = :step "
                        + "AND occurred_at >= :since")
                .bind("tenant", tenant.value())
                .bind("step", step)
                .bind("since", Db.ts(since))
                .mapTo(Long.class)
                .one());
    }
}
