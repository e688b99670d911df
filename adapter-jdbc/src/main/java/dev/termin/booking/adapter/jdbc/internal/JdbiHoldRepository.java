package dev.termin.booking.adapter.jdbc.internal;

import dev.termin.booking.adapter.jdbc.internal.Occupancies.Owner;
import dev.termin.booking.application.port.out.HoldRepository;
import dev.termin.booking.application.port.out.StorageException;
import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.hold.Hold;
import dev.termin.booking.domain.hold.HoldStatus;
import dev.termin.booking.domain.appointment.HoldToken;
import dev.termin.booking.domain.slot.Occupancy;
import dev.termin.booking.domain.slot.ResourceOccupancy;
import dev.termin.booking.domain.time.TimeInterval;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.BiFunction;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;

/**
 * {@link HoldRepository} on the {@code hold} table, with the occupancies in {@code occupancy}. The sweeper claims
 * due holds with {@code FOR UPDATE SKIP LOCKED}, so several instances sweep at once without expiring a hold twice.
 * Thread-safe.
 */
public final class JdbiHoldRepository implements HoldRepository {

    private final Db db;

    public JdbiHoldRepository(Db db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public void insert(Hold hold, Instant now) {
        Objects.requireNonNull(hold, "hold");
        Objects.requireNonNull(now, "now");
        boolean blocking = hold.isActiveAt(now);
        db.run(h -> {
            if (blocking) {
                Occupancies.prepare(h, db.dialect(), hold.tenant().value(), hold.occupancies(), now);
            }
            String insert = "INSERT INTO hold (tenant, token, branch_id, service_id, staff_id, hold_owner, starts_at, "
                    + "ends_at, segments_json, created_at, expires_at, status, converted_to, cancel_reason, "
                    + "closed_at) VALUES (:tenant, :token, :branch, :service, :staff, :owner, :start, :end, "
                    + ":segments, :created, :expires, :status, :converted, :reason, :closed)";
            Owner owner = Owner.hold(hold.token().value());
            // on PostgreSQL the hold and its occupancies go in one round trip
            boolean together = db.dialect() == Dialect.POSTGRESQL && !hold.occupancies().isEmpty();
            Update update = h.createUpdate(together ? Occupancies.withOwner(insert, hold.occupancies().size())
                    : insert)
                    .bind("tenant", hold.tenant().value())
                    .bind("token", hold.token().value())
                    .bind("branch", hold.branch().value())
                    .bind("service", hold.service().value())
                    .bind("staff", hold.staff().value())
                    .bind("owner", Db.text(hold.owner()))
                    .bind("start", Db.ts(hold.interval().start()))
                    .bind("end", Db.ts(hold.interval().end()))
                    .bind("segments", StoredJson.segments(hold.segments()))
                    .bind("created", Db.ts(hold.createdAt()))
                    .bind("expires", Db.ts(hold.expiresAt()))
                    .bind("status", hold.status().code())
                    .bind("converted", hold.convertedTo().map(AppointmentId::value).orElse(null))
                    .bind("reason", Db.text(hold.cancelReason().orElse(null)))
                    .bind("closed", Db.ts(hold.closedAt().orElse(null)));
            if (together) {
                Occupancies.bindRows(update, hold.tenant().value(), owner, hold.occupancies(), blocking).execute();
            } else {
                update.execute();
                Occupancies.insert(h, hold.tenant().value(), owner, hold.occupancies(), blocking);
            }
            ResourceUnits.take(h, db.dialect(), hold.tenant().value(), hold.branch().value(), owner,
                    hold.resources(), blocking, now);
        });
    }

    @Override
    public void update(Hold hold) {
        Objects.requireNonNull(hold, "hold");
        boolean closing = hold.status() != HoldStatus.ACTIVE;
        // on PostgreSQL a closing hold frees its occupancies and units in the same statement
        boolean together = closing && db.dialect() == Dialect.POSTGRESQL;
        db.run(h -> {
            int rows = h.createUpdate((together ? "WITH o AS (UPDATE occupancy SET active = FALSE WHERE tenant = "
                            + ":tenant AND hold_token = :token AND active), r AS (UPDATE resource_occupancy SET "
                            + "active = FALSE WHERE tenant = :tenant AND hold_token = :token AND active) " : "")
                            + "UPDATE hold SET status = :status, converted_to = :converted, "
                            + "cancel_reason = :reason, closed_at = :closed, expires_at = :expires "
                            + "WHERE tenant = :tenant AND token = :token")
                    .bind("status", hold.status().code())
                    .bind("converted", hold.convertedTo().map(AppointmentId::value).orElse(null))
                    .bind("reason", Db.text(hold.cancelReason().orElse(null)))
                    .bind("closed", Db.ts(hold.closedAt().orElse(null)))
                    .bind("expires", Db.ts(hold.expiresAt()))
                    .bind("tenant", hold.tenant().value())
                    .bind("token", hold.token().value())
                    .execute();
            if (rows == 0) {
                throw new StorageException("no hold " + hold.token() + " to update");
            }
            if (closing && !together) {
                Occupancies.deactivate(h, hold.tenant().value(), Owner.hold(hold.token().value()));
                ResourceUnits.deactivate(h, hold.tenant().value(), Owner.hold(hold.token().value()));
            }
        });
    }

    @Override
    public Optional<Hold> find(TenantId tenant, HoldToken token) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(token, "token");
        return db.read(h -> select(h, tenant.value(), "h.token = :token", q -> q.bind("token", token.value())))
                .stream().findFirst();
    }

    @Override
    public List<Hold> findActiveOccupying(TenantId tenant, Collection<StaffId> staff, TimeInterval range,
            Instant now) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(now, "now");
        List<String> ids = staff.stream().map(StaffId::value).distinct().toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return db.read(h -> {
            List<UUID> owners = Occupancies.ownersOccupying(h, db.dialect(), tenant.value(), "hold_token", UUID.class,
                    ids, range);
            return owners.isEmpty() ? List.<Hold>of()
                    : select(h, tenant.value(), "h.status = 'active' AND h.expires_at > :now AND h.token IN (<tokens>)",
                            q -> q.bind("now", Db.ts(now)).bindList("tokens", owners));
        });
    }

    @Override
    public List<Hold> expireDue(Instant now, int limit) {
        Objects.requireNonNull(now, "now");
        if (limit <= 0) {
            return List.of();
        }
        return db.write(h -> {
            List<Map.Entry<String, UUID>> due = h.createQuery("SELECT tenant, token FROM hold "
                            + "WHERE status = 'active' AND expires_at <= :now ORDER BY expires_at "
                            + "LIMIT :limit FOR UPDATE SKIP LOCKED")
                    .bind("now", Db.ts(now))
                    .bind("limit", limit)
                    .map((rs, ctx) -> Map.entry(rs.getString("tenant"), Rows.uuid(rs, "token")))
                    .list();
            if (due.isEmpty()) {
                return List.<Hold>of();
            }
            PreparedBatch expire = h.prepareBatch("UPDATE hold SET status = 'expired', closed_at = expires_at "
                    + "WHERE tenant = :tenant AND token = :token AND status = 'active'");
            PreparedBatch release = h.prepareBatch("UPDATE occupancy SET active = FALSE "
                    + "WHERE tenant = :tenant AND hold_token = :token AND active");
            PreparedBatch releaseUnits = h.prepareBatch("UPDATE resource_occupancy SET active = FALSE "
                    + "WHERE tenant = :tenant AND hold_token = :token AND active");
            Map<String, List<UUID>> byTenant = new LinkedHashMap<>();
            for (var d : due) {
                expire.bind("tenant", d.getKey()).bind("token", d.getValue()).add();
                release.bind("tenant", d.getKey()).bind("token", d.getValue()).add();
                releaseUnits.bind("tenant", d.getKey()).bind("token", d.getValue()).add();
                byTenant.computeIfAbsent(d.getKey(), k -> new ArrayList<>()).add(d.getValue());
            }
            expire.execute();
            release.execute();
            releaseUnits.execute();
            List<Hold> out = new ArrayList<>(due.size());
            byTenant.forEach((tenant, tokens) -> out.addAll(select(h, tenant, "h.token IN (<tokens>)",
                    q -> q.bindList("tokens", tokens))));
            out.sort(Comparator.comparing(Hold::expiresAt));
            return out;
        });
    }

    @Override
    public List<Hold> createdBetween(TenantId tenant, Instant from, Instant to) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return db.read(h -> select(h, tenant.value(), "h.created_at >= :from AND h.created_at < :to",
                q -> q.bind("from", Db.ts(from)).bind("to", Db.ts(to))));
    }

    private List<Hold> select(Handle h, String tenant, String where, Consumer<Query> binder) {
        Query q = h.createQuery("SELECT h.* FROM hold h WHERE h.tenant = :tenant AND " + where
                + " ORDER BY h.created_at, h.token").bind("tenant", tenant);
        binder.accept(q);
        List<Map.Entry<UUID, BiFunction<List<Occupancy>, List<ResourceOccupancy>, Hold>>> rows =
                q.map((rs, ctx) -> Map.entry(Rows.uuid(rs, "token"), row(rs))).list();
        List<UUID> tokens = rows.stream().map(Map.Entry::getKey).toList();
        Occupancies.Owned<UUID> owned = Occupancies.load(h, tenant, "hold_token", tokens, UUID.class);
        Map<UUID, List<Occupancy>> occupancies = owned.occupancies();
        Map<UUID, List<ResourceOccupancy>> resources = owned.resources();
        List<Hold> out = new ArrayList<>(rows.size());
        for (var row : rows) {
            out.add(row.getValue().apply(occupancies.getOrDefault(row.getKey(), List.of()),
                    resources.getOrDefault(row.getKey(), List.of())));
        }
        return out;
    }

    private static BiFunction<List<Occupancy>, List<ResourceOccupancy>, Hold> row(ResultSet rs)
            throws SQLException {
        HoldToken token = new HoldToken(Rows.uuid(rs, "token"));
        TenantId tenant = new TenantId(rs.getString("tenant"));
        BranchId branch = new BranchId(rs.getString("branch_id"));
        ServiceId service = new ServiceId(rs.getString("service_id"));
        StaffId staff = new StaffId(rs.getString("staff_id"));
        String owner = rs.getString("hold_owner");
        TimeInterval interval = new TimeInterval(Rows.instant(rs, "starts_at"), Rows.instant(rs, "ends_at"));
        var segments = StoredJson.segments(rs.getString("segments_json"));
        Instant createdAt = Rows.instant(rs, "created_at");
        Instant expiresAt = Rows.instant(rs, "expires_at");
        HoldStatus status = HoldStatus.fromCode(rs.getString("status"));
        Optional<AppointmentId> convertedTo = Rows.optionalText(rs, "converted_to").map(AppointmentId::new);
        Optional<String> cancelReason = Rows.optionalText(rs, "cancel_reason");
        Optional<Instant> closedAt = Rows.optionalInstant(rs, "closed_at");
        return (occupancies, resources) -> new Hold(token, tenant, branch, service, staff, owner, interval, segments,
                occupancies, createdAt, expiresAt, status, convertedTo, cancelReason, closedAt, resources);
    }
}
