package dev.termin.booking.adapter.jdbc.internal;

import dev.termin.booking.domain.catalogue.TimeBlock;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.ResourceType;
import dev.termin.booking.domain.catalogue.ResourceTypeId;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.time.LocalTimeWindow;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * The branch-level scheduling rows of the catalogue: partial-day blocks ({@code time_block}) and resource types
 * ({@code resource_type}) with one {@code resource_unit} row per unit. Saving a type with a smaller count removes
 * the surplus units (and the rows that named them); a larger count adds units. Thread-safe.
 */
final class BranchSchedulingRows {

    private final Db db;

    BranchSchedulingRows(Db db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    void saveTimeBlock(TenantId tenant, TimeBlock b) {
        db.run(h -> h.createUpdate(db.dialect().upsert("time_block", List.of("tenant", "id"),
                        List.of("tenant", "id", "branch_id", "block_date", "from_time", "to_time", "staff_json", "name")))
                .bind("tenant", tenant.value())
                .bind("id", b.id())
                .bind("branch_id", b.branch().value())
                .bind("block_date", b.date())
                .bind("from_time", b.window().start())
                .bind("to_time", b.window().end())
                .bind("staff_json", StoredJson.ids(b.staff(), StaffId::value))
                .bind("name", Db.text(b.name()))
                .execute());
    }

    List<TimeBlock> listTimeBlocks(TenantId tenant, BranchId branch) {
        return db.read(h -> h.createQuery("SELECT * FROM time_block WHERE tenant = :tenant AND branch_id = :branch "
                        + "ORDER BY block_date, " + db.dialect().binaryOrder("id"))
                .bind("tenant", tenant.value()).bind("branch", branch.value())
                .map((rs, ctx) -> new TimeBlock(rs.getString("id"), new BranchId(rs.getString("branch_id")),
                        Rows.date(rs, "block_date"), new LocalTimeWindow(rs.getObject("from_time", LocalTime.class),
                                rs.getObject("to_time", LocalTime.class)),
                        new HashSet<>(StoredJson.ids(rs.getString("staff_json"), StaffId::new)), rs.getString("name")))
                .list());
    }

    boolean deleteTimeBlock(TenantId tenant, String id) {
        return db.write(h -> h.createUpdate("DELETE FROM time_block WHERE tenant = :tenant AND id = :id")
                .bind("tenant", tenant.value()).bind("id", id).execute()) > 0;
    }

    void saveResourceType(ResourceType t) {
        db.run(h -> {
            h.createUpdate(db.dialect().upsert("resource_type", List.of("tenant", "branch_id", "id"),
                            List.of("tenant", "branch_id", "id", "name", "unit_count")))
                    .bind("tenant", t.tenant().value())
                    .bind("branch_id", t.branch().value())
                    .bind("id", t.id().value())
                    .bind("name", Db.text(t.name()))
                    .bind("unit_count", t.count())
                    .execute();
            h.createUpdate("DELETE FROM resource_unit WHERE tenant = :tenant AND branch_id = :branch "
                            + "AND type_id = :type AND unit > :count")
                    .bind("tenant", t.tenant().value()).bind("branch", t.branch().value())
                    .bind("type", t.id().value()).bind("count", t.count())
                    .execute();
            int existing = h.createQuery("SELECT COUNT(*) FROM resource_unit WHERE tenant = :tenant "
                            + "AND branch_id = :branch AND type_id = :type")
                    .bind("tenant", t.tenant().value()).bind("branch", t.branch().value())
                    .bind("type", t.id().value())
                    .mapTo(Integer.class).one();
            var batch = h.prepareBatch("INSERT INTO resource_unit (tenant, branch_id, type_id, unit) "
                    + "VALUES (:tenant, :branch, :type, :unit)");
            for (int unit = existing + 1; unit <= t.count(); unit++) {
                batch.bind("tenant", t.tenant().value()).bind("branch", t.branch().value())
                        .bind("type", t.id().value()).bind("unit", unit).add();
            }
            if (existing < t.count()) {
                batch.execute();
            }
        });
    }

    List<ResourceType> listResourceTypes(TenantId tenant, BranchId branch) {
        return db.read(h -> h.createQuery("SELECT * FROM resource_type WHERE tenant = :tenant "
                        + "AND branch_id = :branch ORDER BY " + db.dialect().binaryOrder("id"))
                .bind("tenant", tenant.value()).bind("branch", branch.value())
                .map((rs, ctx) -> new ResourceType(ResourceTypeId.of(rs.getString("id")),
                        new TenantId(rs.getString("tenant")), new BranchId(rs.getString("branch_id")),
                        rs.getString("name"), rs.getInt("unit_count")))
                .list());
    }

    boolean deleteResourceType(TenantId tenant, BranchId branch, ResourceTypeId id) {
        return db.write(h -> h.createUpdate("DELETE FROM resource_type WHERE tenant = :tenant "
                        + "AND branch_id = :branch AND id = :id")
                .bind("tenant", tenant.value()).bind("branch", branch.value()).bind("id", id.value())
                .execute()) > 0;
    }
}
