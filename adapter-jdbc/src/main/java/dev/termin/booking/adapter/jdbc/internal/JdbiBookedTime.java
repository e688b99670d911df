package dev.termin.booking.adapter.jdbc.internal;

import dev.termin.booking.application.port.out.BookedTime;
import dev.termin.booking.domain.catalogue.ResourceTypeId;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.slot.BusyTime;
import dev.termin.booking.domain.slot.Occupancy;
import dev.termin.booking.domain.slot.OccupancyKind;
import dev.termin.booking.domain.slot.ResourceOccupancy;
import dev.termin.booking.domain.slot.ResourceUse;
import dev.termin.booking.domain.time.TimeInterval;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * {@link BookedTime} in one statement over {@code occupancy}, {@code resource_occupancy}, {@code appointment} and
 * {@code hold}: the bookings are found by their occupancies of the staff in the range (on the occupancy index by
 * staff and time), then all their occupancies and units are read by owner (on the owner indexes). On PostgreSQL the
 * owners are collected first ({@code = ANY(ARRAY(…))}, evaluated once) so that the plan never depends on the
 * planner's estimates for a join, which on young tables once chose to scan. Thread-safe.
 */
public final class JdbiBookedTime implements BookedTime {

    private final Db db;
    private final String sql;

    public JdbiBookedTime(Db db) {
        this.db = Objects.requireNonNull(db, "db");
        this.sql = statement(db.dialect());
    }

    private static String statement(Dialect dialect) {
        String appointments = owners(dialect, "a.id", "appointment_id");
        String holds = owners(dialect, "h.token", "hold_token");
        String ofAppointments = "a.tenant = :tenant AND a.status <> 'cancelled' AND " + appointments;
        String ofHolds = "h.tenant = :tenant AND h.status = 'active' AND h.expires_at > :now AND " + holds;
        return "SELECT 0 AS part, a.starts_at AS sort_at, a.id AS owner_key, CAST(NULL AS VARCHAR(200)) AS holder, "
                + "a.service_id, o.ordinal, o.staff_id, CAST(NULL AS VARCHAR(64)) AS type_id, o.starts_at, "
                + "o.ends_at, o.kind, 0 AS units "
                + "FROM appointment a JOIN occupancy o ON o.tenant = a.tenant AND o.appointment_id = a.id "
                + "WHERE " + ofAppointments
                + " UNION ALL SELECT 1, a.starts_at, a.id, NULL, a.service_id, r.ordinal, NULL, r.type_id, "
                + "r.starts_at, r.ends_at, NULL, COUNT(*) "
                + "FROM appointment a JOIN resource_occupancy r ON r.tenant = a.tenant AND r.appointment_id = a.id "
                + "WHERE " + ofAppointments
                + " GROUP BY a.starts_at, a.id, a.service_id, r.ordinal, r.type_id, r.starts_at, r.ends_at"
                + " UNION ALL SELECT 2, h.created_at, CAST(h.token AS VARCHAR(36)), h.hold_owner, h.service_id, "
                + "o.ordinal, o.staff_id, NULL, o.starts_at, o.ends_at, o.kind, 0 "
                + "FROM hold h JOIN occupancy o ON o.tenant = h.tenant AND o.hold_token = h.token "
                + "WHERE " + ofHolds
                + " UNION ALL SELECT 3, h.created_at, CAST(h.token AS VARCHAR(36)), h.hold_owner, h.service_id, "
                + "r.ordinal, NULL, r.type_id, r.starts_at, r.ends_at, NULL, COUNT(*) "
                + "FROM hold h JOIN resource_occupancy r ON r.tenant = h.tenant AND r.hold_token = h.token "
                + "WHERE " + ofHolds
                + " GROUP BY h.created_at, h.token, h.hold_owner, h.service_id, r.ordinal, r.type_id, r.starts_at, "
                + "r.ends_at"
                + " ORDER BY part, sort_at, owner_key, ordinal";
    }

    /** The condition that {@code key} is an owner with an active occupancy of the staff in the range. */
    private static String owners(Dialect dialect, String key, String ownerColumn) {
        String owners = "SELECT x." + ownerColumn + " FROM occupancy x WHERE x.tenant = :tenant AND x.active AND x."
                + ownerColumn + " IS NOT NULL AND x.staff_id IN (<staff>) AND "
                + dialect.occupancyOverlaps("x", "from", "to");
        return dialect == Dialect.POSTGRESQL ? key + " = ANY(ARRAY(" + owners + "))" : key + " IN (" + owners + ")";
    }

    @Override
    public Booked find(TenantId tenant, Collection<StaffId> staff, TimeInterval range, Instant now) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(now, "now");
        List<String> ids = staff.stream().map(StaffId::value).distinct().toList();
        if (ids.isEmpty()) {
            return new Booked(List.of(), List.of());
        }
        // the lists are made inside the read, which may run twice (a broken pooled connection is retried)
        return db.read(h -> {
            List<BusyTime> busy = new ArrayList<>();
            List<ResourceUse> resources = new ArrayList<>();
            h.createQuery(sql)
                    .bind("tenant", tenant.value())
                    .bindList("staff", ids)
                    .bind("from", Db.ts(range.start()))
                    .bind("to", Db.ts(range.end()))
                    .bind("now", Db.ts(now))
                    .map((rs, ctx) -> {
                        int part = rs.getInt("part");
                        boolean hold = part >= 2;
                        String key = hold ? UUID.fromString(rs.getString("owner_key")).toString()
                                : rs.getString("owner_key");
                        String holder = rs.getString("holder");
                        ServiceId service = new ServiceId(rs.getString("service_id"));
                        TimeInterval interval = new TimeInterval(Rows.instant(rs, "starts_at"),
                                Rows.instant(rs, "ends_at"));
                        if (part % 2 == 0) {
                            Occupancy o = new Occupancy(new StaffId(rs.getString("staff_id")), interval,
                                    OccupancyKind.fromCode(rs.getString("kind")));
                            return hold ? BusyTime.hold(o, key, holder, service)
                                    : BusyTime.appointment(o, key, service);
                        }
                        ResourceOccupancy r = new ResourceOccupancy(ResourceTypeId.of(rs.getString("type_id")),
                                rs.getInt("units"), interval);
                        return hold ? ResourceUse.hold(r, key, holder) : ResourceUse.appointment(r, key);
                    })
                    .forEach(row -> {
                        if (row instanceof BusyTime b) {
                            busy.add(b);
                        } else {
                            resources.add((ResourceUse) row);
                        }
                    });
            return new Booked(busy, resources);
        });
    }
}
