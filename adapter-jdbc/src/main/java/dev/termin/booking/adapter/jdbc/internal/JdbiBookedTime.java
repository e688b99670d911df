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

/**
 * {@link BookedTime} on PostgreSQL in one statement, the function {@code booked_time} (migration V11) over
 * {@code occupancy}, {@code resource_occupancy}, {@code appointment} and {@code hold}: the bookings are found by
 * their occupancies of the staff in the range (on the occupancy index by staff and time), then all their
 * occupancies and units are read by owner (on the owner indexes). H2 reads the appointments and then the holds:
 * in one statement (with the owners in subqueries) H2 scanned, and its round trips cost no network. Thread-safe.
 */
public final class JdbiBookedTime implements BookedTime {

    private final Db db;

    public JdbiBookedTime(Db db) {
        this.db = Objects.requireNonNull(db, "db");
        if (db.dialect() != Dialect.POSTGRESQL) {
            throw new IllegalArgumentException("booked time in one statement needs PostgreSQL");
        }
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
            h.createQuery("SELECT * FROM booked_time(:tenant, :staff, :from, :to, :now)")
                    .bind("tenant", tenant.value())
                    .bind("staff", ids.toArray(String[]::new))
                    .bind("from", Db.ts(range.start()))
                    .bind("to", Db.ts(range.end()))
                    .bind("now", Db.ts(now))
                    .map((rs, ctx) -> {
                        int part = rs.getInt("part");
                        boolean hold = part >= 2;
                        // a token as PostgreSQL writes a uuid: lower-case, as HoldToken's text
                        String key = rs.getString("owner_key");
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
