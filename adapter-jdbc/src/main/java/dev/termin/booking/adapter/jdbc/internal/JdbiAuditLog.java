package dev.termin.booking.adapter.jdbc.internal;

import dev.termin.booking.application.port.out.AuditLog;
import dev.termin.booking.domain.access.AuditEntry;
import dev.termin.booking.domain.access.Role;
import dev.termin.booking.domain.catalogue.TenantId;
import java.util.List;
import java.util.Objects;

/**
 * {@link AuditLog} on the {@code audit_log} table; its identity column orders entries with the same time in the
 * order they were appended. Thread-safe.
 */
public final class JdbiAuditLog implements AuditLog {

    private final Db db;

    public JdbiAuditLog(Db db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public void append(AuditEntry e) {
        Objects.requireNonNull(e, "entry");
        db.run(h -> h.createUpdate("INSERT INTO audit_log (tenant, at, actor, role, action, target, correlation_id) "
                        + "VALUES (:tenant, :at, :actor, :role, :action, :target, :correlation)")
                .bind("tenant", e.tenant().value())
                .bind("at", Db.ts(e.at()))
                .bind("actor", Db.text(e.actor()))
                .bind("role", Db.text(e.role().map(Role::code).orElse(null)))
                .bind("action", e.action())
                .bind("target", Db.text(e.target()))
                .bind("correlation", Db.text(e.correlationId()))
                .execute());
    }

    @Override
    public List<AuditEntry> recent(TenantId tenant, int limit) {
        Objects.requireNonNull(tenant, "tenant");
        if (limit < 1) {
            throw new IllegalArgumentException("'limit' must be positive");
        }
        return db.read(h -> h.createQuery("SELECT tenant, at, actor, role, action, target, correlation_id "
                        + "FROM audit_log WHERE tenant = :tenant ORDER BY at DESC, id DESC LIMIT :limit")
                .bind("tenant", tenant.value())
                .bind("limit", limit)
                .map((rs, ctx) -> new AuditEntry(TenantId.of(rs.getString("tenant")), Rows.instant(rs, "at"),
                        rs.getString("actor"), Rows.optionalText(rs, "role").flatMap(Role::parse),
                        rs.getString("action"), rs.getString("target"), rs.getString("correlation_id")))
                .list());
    }
}
