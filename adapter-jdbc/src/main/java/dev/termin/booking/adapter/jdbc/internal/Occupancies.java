package dev.termin.booking.adapter.jdbc.internal;

import dev.termin.booking.application.port.out.SlotConflictException;
import dev.termin.booking.domain.catalogue.ResourceTypeId;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.slot.Occupancy;
import dev.termin.booking.domain.slot.OccupancyKind;
import dev.termin.booking.domain.slot.ResourceOccupancy;
import dev.termin.booking.domain.time.TimeInterval;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;

/**
 * The {@code occupancy} rows of appointments and holds, and the no-overlap guarantee on them. Before active rows
 * are written, {@link #prepare} (1) on H2 locks the staff rows, (2) re-checks for an overlapping active exclusive
 * occupancy, and (3) if only expired but unswept holds overlap, deactivates the rows of those of the staff involved. On PostgreSQL the
 * exclusion constraint {@code occupancy_no_overlap} guarantees the same under any concurrency; the re-check there
 * only answers the common case without an aborted transaction.
 */
final class Occupancies {

    /** Whose occupancies: an appointment or a hold. */
    record Owner(String appointmentId, UUID holdToken) {
        static Owner appointment(String id) {
            return new Owner(id, null);
        }

        static Owner hold(UUID token) {
            return new Owner(null, token);
        }

        String column() {
            return appointmentId != null ? "appointment_id" : "hold_token";
        }

        Object key() {
            return appointmentId != null ? appointmentId : holdToken;
        }
    }

    private Occupancies() {
    }

    /**
     * Makes room for {@code occupancies} as active rows, or throws.
     *
     * @throws SlotConflictException if an exclusive occupancy overlaps another of the same staff member (in the
     *     list itself, or an active appointment's or an unexpired active hold's)
     */
    static void prepare(Handle h, Dialect dialect, String tenant, List<Occupancy> occupancies, Instant now) {
        List<Occupancy> exclusive = occupancies.stream().filter(o -> o.kind().isExclusive()).toList();
        for (int i = 0; i < exclusive.size(); i++) {
            for (int j = i + 1; j < exclusive.size(); j++) {
                if (exclusive.get(i).conflictsWith(exclusive.get(j))) {
                    throw new SlotConflictException("two occupancies of staff " + exclusive.get(i).staff()
                            + " overlap each other");
                }
            }
        }
        if (exclusive.isEmpty()) {
            return;
        }
        Set<String> staff = exclusiveStaff(occupancies);
        if (dialect == Dialect.H2) {
            StaffLockRows.lock(h, dialect, tenant, staff);
        }
        if (recheck(h, dialect, tenant, exclusive, now)) {
            deactivateExpiredHolds(h, tenant, staff, now);
        }
    }

    /**
     * On H2, locks the staff rows of the exclusive occupancies now (before other rows are touched), as
     * {@link #prepare} will; on PostgreSQL does nothing.
     */
    static void lockFirst(Handle h, Dialect dialect, String tenant, List<Occupancy> occupancies) {
        if (dialect == Dialect.H2) {
            StaffLockRows.lock(h, dialect, tenant, exclusiveStaff(occupancies));
        }
    }

    private static Set<String> exclusiveStaff(List<Occupancy> occupancies) {
        Set<String> staff = new TreeSet<>();
        occupancies.stream().filter(o -> o.kind().isExclusive()).forEach(o -> staff.add(o.staff().value()));
        return staff;
    }

    /** Inserts the rows of {@code owner}, active or not, in one statement. */
    static void insert(Handle h, String tenant, Owner owner, List<Occupancy> occupancies, boolean active) {
        if (occupancies.isEmpty()) {
            return;
        }
        bindRows(h.createUpdate(insertStatement(occupancies.size())), tenant, owner, occupancies, active).execute();
    }

    /**
     * On PostgreSQL, the statement that inserts the owner's row ({@code ownerInsert}, e.g. the appointment) and then
     * its {@code count} occupancy rows (bound by {@link #bindRows}) in one round trip, as a data-modifying common
     * table expression; the exclusion constraint checks the occupancies as in two statements.
     */
    static String withOwner(String ownerInsert, int count) {
        return "WITH owner_row AS (" + ownerInsert + ") " + insertStatement(count);
    }

    private static String insertStatement(int count) {
        StringBuilder sql = new StringBuilder("INSERT INTO occupancy "
                + "(tenant, staff_id, starts_at, ends_at, kind, appointment_id, hold_token, ordinal, active) VALUES ");
        for (int i = 0; i < count; i++) {
            sql.append(i == 0 ? "" : ", ").append("(:o_tenant, :o_staff").append(i).append(", :o_start").append(i)
                    .append(", :o_end").append(i).append(", :o_kind").append(i)
                    .append(", :o_appointment, :o_hold, :o_ordinal").append(i).append(", :o_active)");
        }
        return sql.toString();
    }

    /** Binds the occupancy rows of {@link #withOwner} or {@link #insert}. */
    static Update bindRows(Update update, String tenant, Owner owner, List<Occupancy> occupancies, boolean active) {
        update.bind("o_tenant", tenant)
                .bind("o_appointment", owner.appointmentId())
                .bind("o_hold", Db.uuid(owner.holdToken()))
                .bind("o_active", active);
        for (int i = 0; i < occupancies.size(); i++) {
            Occupancy o = occupancies.get(i);
            update.bind("o_staff" + i, o.staff().value())
                    .bind("o_start" + i, Db.ts(o.interval().start()))
                    .bind("o_end" + i, Db.ts(o.interval().end()))
                    .bind("o_kind" + i, o.kind().code())
                    .bind("o_ordinal" + i, i);
        }
        return update;
    }

    static void delete(Handle h, String tenant, Owner owner) {
        h.createUpdate("DELETE FROM occupancy WHERE tenant = :tenant AND " + owner.column() + " = :key")
                .bind("tenant", tenant)
                .bindByType("key", owner.key(), owner.key().getClass())
                .execute();
    }

    static void deactivate(Handle h, String tenant, Owner owner) {
        h.createUpdate("UPDATE occupancy SET active = FALSE WHERE tenant = :tenant AND " + owner.column()
                        + " = :key AND active")
                .bind("tenant", tenant)
                .bindByType("key", owner.key(), owner.key().getClass())
                .execute();
    }

    /** What {@link #load} returns: per owner its occupancies and its resource units, each in their stored order. */
    record Owned<K>(Map<K, List<Occupancy>> occupancies, Map<K, List<ResourceOccupancy>> resources) {
    }

    /**
     * The occupancies and the resource units of several appointments (or holds) of one tenant, in one query (a
     * {@code UNION ALL} of both tables, as every booking loads the appointments and holds of its staff member's day).
     */
    static <K> Owned<K> load(Handle h, String tenant, String ownerColumn, Collection<K> keys, Class<K> keyType) {
        Map<K, List<Occupancy>> occupancies = new HashMap<>();
        Map<K, List<ResourceOccupancy>> resources = new HashMap<>();
        List<K> distinct = keys.stream().distinct().toList();
        for (int from = 0; from < distinct.size(); from += 500) {
            List<K> chunk = distinct.subList(from, Math.min(distinct.size(), from + 500));
            h.createQuery("SELECT 0 AS part, " + ownerColumn + " AS owner_key, ordinal, staff_id, "
                            + "CAST(NULL AS VARCHAR(64)) AS type_id, starts_at, ends_at, kind, 0 AS units "
                            + "FROM occupancy WHERE tenant = :tenant AND " + ownerColumn + " IS NOT NULL AND "
                            + ownerColumn + " IN (<keys>) "
                            + "UNION ALL SELECT 1, " + ownerColumn + ", ordinal, CAST(NULL AS VARCHAR(64)), type_id, "
                            + "starts_at, ends_at, CAST(NULL AS VARCHAR(16)), COUNT(*) FROM resource_occupancy "
                            + "WHERE tenant = :tenant AND " + ownerColumn + " IN (<keys>) GROUP BY " + ownerColumn
                            + ", ordinal, type_id, starts_at, ends_at "
                            + "ORDER BY part, owner_key, ordinal")
                    .bind("tenant", tenant)
                    .bindList("keys", chunk)
                    .map((rs, ctx) -> {
                        K owner = rs.getObject("owner_key", keyType);
                        TimeInterval interval = new TimeInterval(Rows.instant(rs, "starts_at"),
                                Rows.instant(rs, "ends_at"));
                        return rs.getInt("part") == 0
                                ? Map.entry(owner, (Object) new Occupancy(new StaffId(rs.getString("staff_id")),
                                        interval, OccupancyKind.fromCode(rs.getString("kind"))))
                                : Map.entry(owner, (Object) new ResourceOccupancy(
                                        ResourceTypeId.of(rs.getString("type_id")), rs.getInt("units"), interval));
                    })
                    .forEach(e -> {
                        if (e.getValue() instanceof Occupancy o) {
                            occupancies.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(o);
                        } else {
                            resources.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                                    .add((ResourceOccupancy) e.getValue());
                        }
                    });
        }
        return new Owned<>(occupancies, resources);
    }

    /**
     * The owners ({@code ownerColumn}: appointments or holds) with an active occupancy of one of {@code staff}
     * overlapping {@code range}. A query of its own on the occupancy index, so that the plan never depends on the
     * planner's estimates for a join, and the common answer (nothing) costs one query.
     */
    static <K> List<K> ownersOccupying(Handle h, Dialect dialect, String tenant, String ownerColumn,
            Class<K> keyType, List<String> staff, TimeInterval range) {
        return h.createQuery("SELECT DISTINCT o." + ownerColumn + " AS owner_key FROM occupancy o "
                        + "WHERE o.tenant = :tenant AND o.active AND o." + ownerColumn + " IS NOT NULL "
                        + "AND o.staff_id IN (<staff>) AND " + dialect.occupancyOverlaps("o", "from", "to"))
                .bind("tenant", tenant)
                .bindList("staff", staff)
                .bind("from", Db.ts(range.start()))
                .bind("to", Db.ts(range.end()))
                .map((rs, ctx) -> rs.getObject("owner_key", keyType))
                .list();
    }

    private static void deactivateExpiredHolds(Handle h, String tenant, Set<String> staff, Instant now) {
        h.createUpdate("UPDATE occupancy SET active = FALSE WHERE tenant = :tenant AND active "
                        + "AND hold_token IS NOT NULL AND staff_id IN (<staff>) AND hold_token IN "
                        + "(SELECT token FROM hold WHERE tenant = :tenant AND status = 'active' AND expires_at <= :now)")
                .bind("tenant", tenant)
                .bindList("staff", List.copyOf(staff))
                .bind("now", Db.ts(now))
                .execute();
    }

    /**
     * Throws if an active exclusive occupancy of an appointment or an unexpired hold overlaps one of
     * {@code exclusive}; returns whether rows of expired (but not yet swept) holds overlap, which must be deactivated
     * before the new rows go in. One statement in the common case, where nothing overlaps.
     */
    private static boolean recheck(Handle h, Dialect dialect, String tenant, List<Occupancy> exclusive, Instant now) {
        StringBuilder sql = new StringBuilder("SELECT o.staff_id, x.token AS expired_hold FROM occupancy o "
                + "LEFT JOIN hold x ON x.tenant = o.tenant AND x.token = o.hold_token AND x.status = 'active' "
                + "AND x.expires_at <= :now "
                + "WHERE o.tenant = :tenant AND o.active AND o.kind <> 'flexible_pause' AND (");
        for (int i = 0; i < exclusive.size(); i++) {
            sql.append(i == 0 ? "" : " OR ").append("(o.staff_id = :s").append(i).append(" AND ")
                    .append(dialect.occupancyOverlaps("o", "f" + i, "t" + i)).append(')');
        }
        // an overlap that is not an expired hold first: if the first row is an expired hold, all are
        sql.append(") ORDER BY CASE WHEN x.token IS NULL THEN 0 ELSE 1 END FETCH FIRST 1 ROWS ONLY");
        Query q = h.createQuery(sql.toString()).bind("tenant", tenant).bind("now", Db.ts(now));
        for (int i = 0; i < exclusive.size(); i++) {
            Occupancy o = exclusive.get(i);
            q.bind("s" + i, o.staff().value())
                    .bind("f" + i, Db.ts(o.interval().start()))
                    .bind("t" + i, Db.ts(o.interval().end()));
        }
        Optional<Map.Entry<String, Boolean>> first = q.map((rs, ctx) -> Map.entry(rs.getString("staff_id"),
                rs.getObject("expired_hold") != null)).findFirst();
        if (first.isPresent() && !first.get().getValue()) {
            throw new SlotConflictException("the time overlaps another active booking of staff "
                    + first.get().getKey());
        }
        return first.isPresent();
    }
}
