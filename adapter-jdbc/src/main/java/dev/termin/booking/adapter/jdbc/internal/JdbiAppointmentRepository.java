package dev.termin.booking.adapter.jdbc.internal;

import dev.termin.booking.adapter.jdbc.internal.Occupancies.Owner;
import dev.termin.booking.application.port.out.AppointmentRepository;
import dev.termin.booking.application.port.out.StorageException;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.appointment.AppointmentStatus;
import dev.termin.booking.domain.appointment.StatusChange;
import dev.termin.booking.domain.customer.Customer;
import dev.termin.booking.domain.customer.EmailAddress;
import dev.termin.booking.domain.customer.PhoneNumber;
import dev.termin.booking.domain.appointment.Source;
import dev.termin.booking.domain.appointment.SyncState;
import dev.termin.booking.domain.appointment.SyncStatus;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.appointment.HoldToken;
import dev.termin.booking.domain.slot.Occupancy;
import dev.termin.booking.domain.slot.ResourceOccupancy;
import dev.termin.booking.domain.time.TimeInterval;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.BiFunction;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * {@link AppointmentRepository} on the {@code appointment} table, with the occupancies in {@code occupancy} and the
 * resource units in {@code resource_occupancy} ({@link ResourceUnits}).
 * Expired holds are judged by the store's clock ({@link Db#now()}). Thread-safe.
 */
public final class JdbiAppointmentRepository implements AppointmentRepository {

    private static final String COLUMNS = "tenant, id, branch_id, service_id, staff_id, starts_at, ends_at, "
            + "segments_json, customer_name, customer_phone, customer_email, notes, status, source, sync_status, "
            + "sync_attempts, sync_last_error, sync_manual_review, sync_last_attempt_at, external_refs_json, "
            + "composite_group_id, reschedule_count, correlation_id, from_hold, fencing_token, created_at, "
            + "updated_at, cancellation_reason, status_changes_json";

    private final Db db;

    public JdbiAppointmentRepository(Db db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public void insert(Appointment a) {
        Objects.requireNonNull(a, "appointment");
        Instant now = db.now();
        db.run(h -> {
            if (a.isActive()) {
                Occupancies.prepare(h, db.dialect(), a.tenant().value(), a.occupancies(), now);
            }
            String insert = "INSERT INTO appointment (" + COLUMNS + ") VALUES (:" + COLUMNS.replace(", ", ", :") + ")";
            Owner owner = Owner.appointment(a.id().value());
            // on PostgreSQL the appointment and its occupancies go in one round trip
            if (db.dialect() == Dialect.POSTGRESQL && !a.occupancies().isEmpty()) {
                Occupancies.bindRows(bindAll(h.createUpdate(Occupancies.withOwner(insert, a.occupancies().size())),
                        a), a.tenant().value(), owner, a.occupancies(), a.isActive()).execute();
            } else {
                bindAll(h.createUpdate(insert), a).execute();
                Occupancies.insert(h, a.tenant().value(), owner, a.occupancies(), a.isActive());
            }
            ResourceUnits.take(h, db.dialect(), a.tenant().value(), a.branch().value(), owner, a.resources(),
                    a.isActive(), now);
        });
    }

    @Override
    public void update(Appointment a) {
        Objects.requireNonNull(a, "appointment");
        Instant now = db.now();
        db.run(h -> {
            if (a.isActive()) {
                Occupancies.lockFirst(h, db.dialect(), a.tenant().value(), a.occupancies());
            }
            String sets = COLUMNS.replace("tenant, id, ", "").replaceAll("(\\w+)", "$1 = :$1");
            int rows = bindAll(h.createUpdate("UPDATE appointment SET " + sets
                    + " WHERE tenant = :tenant AND id = :id"), a).execute();
            if (rows == 0) {
                throw new StorageException("no appointment " + a.id() + " to update");
            }
            Owner owner = Owner.appointment(a.id().value());
            Occupancies.delete(h, a.tenant().value(), owner);
            if (a.isActive()) {
                Occupancies.prepare(h, db.dialect(), a.tenant().value(), a.occupancies(), now);
            }
            Occupancies.insert(h, a.tenant().value(), owner, a.occupancies(), a.isActive());
            // an active appointment takes its units afresh (a move may change them); a cancelled one keeps its rows,
            // inactive, for the record
            if (a.isActive()) {
                ResourceUnits.delete(h, a.tenant().value(), owner);
                ResourceUnits.take(h, db.dialect(), a.tenant().value(), a.branch().value(), owner, a.resources(),
                        true, now);
            } else {
                ResourceUnits.deactivate(h, a.tenant().value(), owner);
            }
        });
    }

    @Override
    public Optional<Appointment> find(TenantId tenant, AppointmentId id) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(id, "id");
        return db.read(h -> select(h, tenant, "a.id = :id", q -> q.bind("id", id.value())))
                .stream().findFirst();
    }

    @Override
    public List<Appointment> findActiveOccupying(TenantId tenant, Collection<StaffId> staff, TimeInterval range) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(range, "range");
        List<String> ids = staff.stream().map(StaffId::value).distinct().toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return db.read(h -> {
            List<String> owners = Occupancies.ownersOccupying(h, db.dialect(), tenant.value(), "appointment_id",
                    String.class, ids, range);
            return owners.isEmpty() ? List.<Appointment>of()
                    : select(h, tenant, "a.status <> 'cancelled' AND a.id IN (<ids>)", q -> q.bindList("ids", owners));
        });
    }

    @Override
    public List<Appointment> list(TenantId tenant, Optional<StaffId> staff, TimeInterval range) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(range, "range");
        // of one staff member: theirs, or one in which they do a segment (they have an occupancy)
        String where = "a.starts_at < :to AND a.ends_at > :from" + (staff.isPresent()
                ? " AND (a.staff_id = :staff OR a.id IN (SELECT o.appointment_id FROM occupancy o "
                        + "WHERE o.tenant = :tenant AND o.staff_id = :staff AND o.appointment_id IS NOT NULL))"
                : "");
        return db.read(h -> select(h, tenant, where, q -> {
            q.bind("from", Db.ts(range.start())).bind("to", Db.ts(range.end()));
            staff.ifPresent(s -> q.bind("staff", s.value()));
        }));
    }

    @Override
    public List<Appointment> findByContact(TenantId tenant, Optional<PhoneNumber> phone,
            Optional<EmailAddress> email) {
        Objects.requireNonNull(tenant, "tenant");
        if (Objects.requireNonNull(phone, "phone").isEmpty() && Objects.requireNonNull(email, "email").isEmpty()) {
            return List.of();
        }
        String where = phone.isPresent() && email.isPresent()
                ? "(a.customer_phone = :phone OR lower(a.customer_email) = :email)"
                : phone.isPresent() ? "a.customer_phone = :phone" : "lower(a.customer_email) = :email";
        return db.read(h -> select(h, tenant, where, q -> {
            phone.ifPresent(p -> q.bind("phone", p.e164()));
            email.ifPresent(e -> q.bind("email", e.value().toLowerCase(Locale.ROOT)));
        }));
    }

    @Override
    public List<Appointment> findSyncRelevant(TenantId tenant, Instant createdSince) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(createdSince, "createdSince");
        return db.read(h -> select(h, tenant,
                "(a.created_at >= :since OR a.sync_status IN ('pending', 'failed') OR a.sync_manual_review)",
                q -> q.bind("since", Db.ts(createdSince))));
    }

    private static <S extends SqlStatement<S>> S bindAll(S s, Appointment a) {
        Customer c = a.customer();
        SyncState sync = a.sync();
        return s.bind("tenant", a.tenant().value())
                .bind("id", a.id().value())
                .bind("branch_id", a.branch().value())
                .bind("service_id", a.service().value())
                .bind("staff_id", a.staff().value())
                .bind("starts_at", Db.ts(a.interval().start()))
                .bind("ends_at", Db.ts(a.interval().end()))
                .bind("segments_json", StoredJson.segments(a.segments()))
                .bind("customer_name", Db.text(c.name()))
                .bind("customer_phone", c.phone().map(PhoneNumber::e164).orElse(null))
                .bind("customer_email", Db.text(c.email().map(EmailAddress::value).orElse(null)))
                .bind("notes", Db.text(a.notes()))
                .bind("status", a.status().code())
                .bind("source", a.source().code())
                .bind("sync_status", sync.status().code())
                .bind("sync_attempts", sync.attempts())
                .bind("sync_last_error", Db.text(sync.lastError().orElse(null)))
                .bind("sync_manual_review", sync.manualReview())
                .bind("sync_last_attempt_at", Db.ts(sync.lastAttemptAt().orElse(null)))
                .bind("external_refs_json", StoredJson.externalRefs(sync.externalRefs()))
                .bind("composite_group_id", Db.text(a.compositeGroupId().orElse(null)))
                .bind("reschedule_count", a.rescheduleCount())
                .bind("correlation_id", Db.text(a.correlationId()))
                .bind("from_hold", Db.uuid(a.fromHold().map(HoldToken::value).orElse(null)))
                .bind("fencing_token", a.fencingToken())
                .bind("created_at", Db.ts(a.createdAt()))
                .bind("updated_at", Db.ts(a.updatedAt()))
                .bind("cancellation_reason", Db.text(a.cancellationReason().orElse(null)))
                .bind("status_changes_json", SchedulingJson.statusChanges(a.statusChanges()));
    }

    private List<Appointment> select(Handle h, TenantId tenant, String where, Consumer<Query> binder) {
        Query q = h.createQuery("SELECT a.* FROM appointment a WHERE a.tenant = :tenant AND " + where
                + " ORDER BY a.starts_at, a.id").bind("tenant", tenant.value());
        binder.accept(q);
        List<Map.Entry<String, BiFunction<List<Occupancy>, List<ResourceOccupancy>, Appointment>>> rows =
                q.map((rs, ctx) -> Map.entry(rs.getString("id"), row(rs))).list();
        List<String> ids = rows.stream().map(Map.Entry::getKey).toList();
        Occupancies.Owned<String> owned = Occupancies.load(h, tenant.value(), "appointment_id", ids, String.class);
        Map<String, List<Occupancy>> occupancies = owned.occupancies();
        Map<String, List<ResourceOccupancy>> resources = owned.resources();
        List<Appointment> out = new ArrayList<>(rows.size());
        for (var row : rows) {
            out.add(row.getValue().apply(occupancies.getOrDefault(row.getKey(), List.of()),
                    resources.getOrDefault(row.getKey(), List.of())));
        }
        return out;
    }

    private static BiFunction<List<Occupancy>, List<ResourceOccupancy>, Appointment> row(ResultSet rs)
            throws SQLException {
        AppointmentId id = new AppointmentId(rs.getString("id"));
        TenantId tenant = new TenantId(rs.getString("tenant"));
        BranchId branch = new BranchId(rs.getString("branch_id"));
        ServiceId service = new ServiceId(rs.getString("service_id"));
        StaffId staff = new StaffId(rs.getString("staff_id"));
        TimeInterval interval = new TimeInterval(Rows.instant(rs, "starts_at"), Rows.instant(rs, "ends_at"));
        var segments = StoredJson.segments(rs.getString("segments_json"));
        Customer customer = new Customer(rs.getString("customer_name"),
                Rows.optionalText(rs, "customer_phone").map(PhoneNumber::new),
                Rows.optionalText(rs, "customer_email").map(EmailAddress::new));
        String notes = rs.getString("notes");
        AppointmentStatus status = AppointmentStatus.fromCode(rs.getString("status"));
        Source source = Source.fromCode(rs.getString("source"));
        SyncState sync = new SyncState(SyncStatus.fromCode(rs.getString("sync_status")), rs.getInt("sync_attempts"),
                Rows.optionalText(rs, "sync_last_error"), rs.getBoolean("sync_manual_review"),
                Rows.optionalInstant(rs, "sync_last_attempt_at"),
                StoredJson.externalRefs(rs.getString("external_refs_json")));
        Optional<String> group = Rows.optionalText(rs, "composite_group_id");
        int reschedules = rs.getInt("reschedule_count");
        String correlationId = rs.getString("correlation_id");
        Optional<HoldToken> fromHold = Optional.ofNullable(Rows.uuid(rs, "from_hold")).map(HoldToken::new);
        long fencingToken = rs.getLong("fencing_token");
        Instant createdAt = Rows.instant(rs, "created_at");
        Instant updatedAt = Rows.instant(rs, "updated_at");
        Optional<String> cancellation = Rows.optionalText(rs, "cancellation_reason");
        List<StatusChange> changes = SchedulingJson.statusChanges(rs.getString("status_changes_json"));
        return (occupancies, resources) -> new Appointment(id, tenant, branch, service, staff, interval, segments,
                occupancies, customer, notes, status, source, sync, group, reschedules, correlationId, fromHold,
                fencingToken, createdAt, updatedAt, cancellation, resources, changes);
    }
}
