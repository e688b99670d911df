package dev.termin.booking.adapter.jdbc.internal;

import dev.termin.booking.application.port.out.Outbox;
import dev.termin.booking.application.port.out.OutboxMessage;
import dev.termin.booking.application.port.out.OutboxStats;
import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.catalogue.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * {@link Outbox} on the {@code outbox} table. {@link #claimDue} takes due rows with {@code FOR UPDATE SKIP LOCKED}
 * and sets their {@code lease_until}, so workers on several instances never claim one message at the same time and
 * a crashed worker's messages come back when the lease ends. Completed messages are deleted; parked ones stay with
 * state {@code parked}. Thread-safe.
 */
public final class JdbiOutbox implements Outbox {

    private final Db db;

    public JdbiOutbox(Db db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public void enqueue(OutboxMessage m) {
        Objects.requireNonNull(m, "message");
        // sent with the other rows of the transaction just before it commits: a booking queues two to five messages
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", m.id());
        row.put("tenant", m.tenant().value());
        row.put("kind", m.kind().code());
        row.put("appointment_id", m.appointment().value());
        row.put("payload", Db.text(m.payload()));
        row.put("attempts", m.attempts());
        row.put("next_attempt_at", Db.ts(m.nextAttemptAt()));
        row.put("last_error", Db.text(m.lastError().orElse(null)));
        row.put("created_at", Db.ts(m.createdAt()));
        row.put("state", "pending");
        db.insertAtCommit("outbox", row);
    }

    @Override
    public List<OutboxMessage> claimDue(Instant now, int limit, Duration lease) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(lease, "lease");
        if (limit <= 0) {
            return List.of();
        }
        return db.write(h -> {
            List<OutboxMessage> due = h.createQuery("SELECT * FROM outbox WHERE state = 'pending' "
                            + "AND next_attempt_at <= :now AND (lease_until IS NULL OR lease_until <= :now) "
                            + "ORDER BY created_at, id LIMIT :limit FOR UPDATE SKIP LOCKED")
                    .bind("now", Db.ts(now))
                    .bind("limit", limit)
                    .map((rs, ctx) -> new OutboxMessage(Rows.uuid(rs, "id"), new TenantId(rs.getString("tenant")),
                            OutboxMessage.Kind.fromCode(rs.getString("kind")),
                            new AppointmentId(rs.getString("appointment_id")), rs.getString("payload"),
                            rs.getInt("attempts"), Rows.instant(rs, "next_attempt_at"),
                            Rows.optionalText(rs, "last_error"), Rows.instant(rs, "created_at")))
                    .list();
            if (!due.isEmpty()) {
                h.createUpdate("UPDATE outbox SET lease_until = :until WHERE id IN (<ids>)")
                        .bind("until", Db.ts(now.plus(lease)))
                        .bindList("ids", due.stream().map(OutboxMessage::id).toList())
                        .execute();
            }
            return due;
        });
    }

    @Override
    public void complete(UUID id) {
        Objects.requireNonNull(id, "id");
        db.run(h -> h.createUpdate("DELETE FROM outbox WHERE id = :id").bind("id", id).execute());
    }

    @Override
    public void retryLater(UUID id, int attempts, Instant nextAttemptAt, String error) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        db.run(h -> h.createUpdate("UPDATE outbox SET attempts = :attempts, next_attempt_at = :next, "
                        + "last_error = :error, lease_until = NULL WHERE id = :id AND state = 'pending'")
                .bind("attempts", attempts)
                .bind("next", Db.ts(nextAttemptAt))
                .bind("error", Db.text(error))
                .bind("id", id)
                .execute());
    }

    @Override
    public void park(UUID id, int attempts, String error) {
        Objects.requireNonNull(id, "id");
        db.run(h -> h.createUpdate("UPDATE outbox SET state = 'parked', attempts = :attempts, last_error = :error, "
                        + "lease_until = NULL WHERE id = :id")
                .bind("attempts", attempts)
                .bind("error", Db.text(error))
                .bind("id", id)
                .execute());
    }

    @Override
    public OutboxStats stats(TenantId tenant, Set<OutboxMessage.Kind> kinds) {
        Objects.requireNonNull(tenant, "tenant");
        if (kinds.isEmpty()) {
            return new OutboxStats(0, 0, 0);
        }
        return db.read(h -> h.createQuery("SELECT "
                        + "COALESCE(SUM(CASE WHEN state = 'pending' THEN 1 ELSE 0 END), 0) AS pending, "
                        + "COALESCE(SUM(CASE WHEN state = 'pending' AND attempts > 0 THEN 1 ELSE 0 END), 0) AS retrying, "
                        + "COALESCE(SUM(CASE WHEN state = 'parked' THEN 1 ELSE 0 END), 0) AS parked "
                        + "FROM outbox WHERE tenant = :tenant AND kind IN (<kinds>)")
                .bind("tenant", tenant.value())
                .bindList("kinds", kinds.stream().map(OutboxMessage.Kind::code).toList())
                .map((rs, ctx) -> new OutboxStats(rs.getLong("pending"), rs.getLong("retrying"),
                        rs.getLong("parked")))
                .one());
    }

    @Override
    public long pendingCount() {
        return db.read(h -> h.createQuery("SELECT COUNT(*) FROM outbox WHERE state = 'pending'")
                .mapTo(Long.class).one());
    }
}
