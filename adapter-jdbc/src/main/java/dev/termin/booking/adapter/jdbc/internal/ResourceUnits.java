package dev.termin.booking.adapter.jdbc.internal;

import dev.termin.booking.adapter.jdbc.internal.Occupancies.Owner;
import dev.termin.booking.application.port.out.SlotConflictException;
import dev.termin.booking.domain.slot.ResourceOccupancy;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;

/**
 * The {@code resource_occupancy} rows of appointments and holds: one row per unit taken, each naming a concrete
 * unit of its type ({@code resource_unit}). Taking units (1) locks the resource type rows involved (so writers of
 * one type queue up instead of picking the same free unit), (2) deactivates the rows of expired but unswept holds
 * of those types, (3) picks the lowest-numbered units without an overlapping active row, and refuses with
 * {@link SlotConflictException} when too few are free. On PostgreSQL the exclusion constraint
 * {@code resource_unit_no_overlap} guarantees that no unit is ever taken twice at once, whatever a writer does; on
 * H2 the lock and the re-check are the guarantee.
 */
final class ResourceUnits {

    private ResourceUnits() {
    }

    /**
     * Stores {@code resources} of a booking in {@code branch} as rows, active or not.
     *
     * @throws SlotConflictException if an active booking needs more units of a type than are free
     */
    static void take(Handle h, Dialect dialect, String tenant, String branch, Owner owner,
            List<ResourceOccupancy> resources, boolean active, Instant now) {
        if (resources.isEmpty()) {
            return;
        }
        TreeSet<String> types = new TreeSet<>();
        resources.forEach(r -> types.add(r.type().value()));
        if (active) {
            for (String type : types) {
                h.createQuery("SELECT id FROM resource_type WHERE tenant = :tenant AND branch_id = :branch "
                                + "AND id = :type FOR UPDATE")
                        .bind("tenant", tenant).bind("branch", branch).bind("type", type)
                        .mapTo(String.class).findOne()
                        .orElseThrow(() -> new SlotConflictException("branch " + branch + " has no " + type));
            }
            h.createUpdate("UPDATE resource_occupancy SET active = FALSE WHERE tenant = :tenant AND active "
                            + "AND branch_id = :branch AND type_id IN (<types>) AND hold_token IN "
                            + "(SELECT token FROM hold WHERE tenant = :tenant AND status = 'active' "
                            + "AND expires_at <= :now)")
                    .bind("tenant", tenant).bind("branch", branch).bindList("types", List.copyOf(types))
                    .bind("now", Db.ts(now))
                    .execute();
        }
        for (int i = 0; i < resources.size(); i++) {
            ResourceOccupancy r = resources.get(i);
            List<Integer> units = active ? freeUnits(h, dialect, tenant, branch, r)
                    : h.createQuery("SELECT unit FROM resource_unit WHERE tenant = :tenant AND branch_id = :branch "
                                    + "AND type_id = :type ORDER BY unit FETCH FIRST " + r.units() + " ROWS ONLY")
                            .bind("tenant", tenant).bind("branch", branch).bind("type", r.type().value())
                            .mapTo(Integer.class).list();
            if (units.size() < r.units()) {
                throw new SlotConflictException("only " + units.size() + " of the " + r.units() + " units of "
                        + r.type() + " needed are free at " + r.interval());
            }
            var batch = h.prepareBatch("INSERT INTO resource_occupancy (tenant, branch_id, type_id, unit, starts_at, "
                    + "ends_at, appointment_id, hold_token, ordinal, active) VALUES (:tenant, :branch, :type, :unit, "
                    + ":start, :end, :appointment, :hold, :ordinal, :active)");
            for (int unit : units) {
                batch.bind("tenant", tenant).bind("branch", branch).bind("type", r.type().value())
                        .bind("unit", unit)
                        .bind("start", Db.ts(r.interval().start())).bind("end", Db.ts(r.interval().end()))
                        .bind("appointment", owner.appointmentId()).bind("hold", Db.uuid(owner.holdToken()))
                        .bind("ordinal", i).bind("active", active)
                        .add();
            }
            batch.execute();
        }
    }

    private static List<Integer> freeUnits(Handle h, Dialect dialect, String tenant, String branch,
            ResourceOccupancy r) {
        return h.createQuery("SELECT u.unit FROM resource_unit u WHERE u.tenant = :tenant AND u.branch_id = :branch "
                        + "AND u.type_id = :type AND NOT EXISTS (SELECT 1 FROM resource_occupancy o "
                        + "WHERE o.tenant = u.tenant AND o.branch_id = u.branch_id AND o.type_id = u.type_id "
                        + "AND o.unit = u.unit AND o.active AND " + dialect.occupancyOverlaps("o", "from", "to")
                        + ") ORDER BY u.unit FETCH FIRST " + r.units() + " ROWS ONLY")
                .bind("tenant", tenant).bind("branch", branch).bind("type", r.type().value())
                .bind("from", Db.ts(r.interval().start())).bind("to", Db.ts(r.interval().end()))
                .mapTo(Integer.class).list();
    }

    static void delete(Handle h, String tenant, Owner owner) {
        h.createUpdate("DELETE FROM resource_occupancy WHERE tenant = :tenant AND " + owner.column() + " = :key")
                .bind("tenant", tenant)
                .bindByType("key", owner.key(), owner.key().getClass())
                .execute();
    }

    static void deactivate(Handle h, String tenant, Owner owner) {
        h.createUpdate("UPDATE resource_occupancy SET active = FALSE WHERE tenant = :tenant AND " + owner.column()
                        + " = :key AND active")
                .bind("tenant", tenant)
                .bindByType("key", owner.key(), owner.key().getClass())
                .execute();
    }
}
