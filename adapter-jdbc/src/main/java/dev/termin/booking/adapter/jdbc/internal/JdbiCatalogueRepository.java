package dev.termin.booking.adapter.jdbc.internal;

import dev.termin.booking.application.port.out.CatalogueRepository;
import dev.termin.booking.domain.catalogue.TimeBlock;
import dev.termin.booking.domain.catalogue.Holiday;
import dev.termin.booking.domain.catalogue.HolidayId;
import dev.termin.booking.domain.catalogue.HolidayType;
import dev.termin.booking.domain.catalogue.Branch;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.Company;
import dev.termin.booking.domain.catalogue.Money;
import dev.termin.booking.domain.catalogue.ResourceType;
import dev.termin.booking.domain.catalogue.ResourceTypeId;
import dev.termin.booking.domain.catalogue.Service;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.SlotGrid;
import dev.termin.booking.domain.catalogue.Staff;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link CatalogueRepository} on the tables {@code company}, {@code branch}, {@code staff}, {@code service},
 * {@code holiday}, and (through {@link BranchSchedulingRows}) {@code time_block} and {@code resource_type}: scalar columns for what is queried, JSON text for hours, aliases and definitions. Saves are
 * upserts by (tenant, id). Thread-safe.
 */
public final class JdbiCatalogueRepository implements CatalogueRepository {

    private final Db db;
    private final BranchSchedulingRows branchScheduling;

    public JdbiCatalogueRepository(Db db) {
        this.db = Objects.requireNonNull(db, "db");
        this.branchScheduling = new BranchSchedulingRows(db);
    }

    // ---- company

    @Override
    public void saveCompany(Company company) {
        Objects.requireNonNull(company, "company");
        db.run(h -> h.createUpdate(db.dialect().upsert("company", List.of("tenant"),
                        List.of("tenant", "name", "policy_json", "scheduling_json", "notification_json")))
                .bind("tenant", company.id().value())
                .bind("name", Db.text(company.name()))
                .bind("policy_json", StoredJson.bookingPolicy(company.policy()))
                .bind("scheduling_json", SchedulingJson.scheduling(company.scheduling()))
                .bind("notification_json", StoredJson.notificationSettings(company.notifications()))
                .execute());
    }

    @Override
    public Optional<Company> findCompany(TenantId tenant) {
        Objects.requireNonNull(tenant, "tenant");
        return db.read(h -> h.createQuery("SELECT * FROM company WHERE tenant = :tenant")
                .bind("tenant", tenant.value())
                .map((rs, ctx) -> new Company(new TenantId(rs.getString("tenant")), rs.getString("name"),
                        StoredJson.bookingPolicy(rs.getString("policy_json")),
                        SchedulingJson.scheduling(rs.getString("scheduling_json")),
                        StoredJson.notificationSettings(rs.getString("notification_json"))))
                .findOne());
    }

    // ---- branches

    @Override
    public void saveBranch(Branch branch) {
        Objects.requireNonNull(branch, "branch");
        db.run(h -> h.createUpdate(db.dialect().upsert("branch", List.of("tenant", "id"),
                        List.of("tenant", "id", "name", "zone", "opening_hours_json", "active")))
                .bind("tenant", branch.tenant().value())
                .bind("id", branch.id().value())
                .bind("name", Db.text(branch.name()))
                .bind("zone", Db.text(branch.zone().getId()))
                .bind("opening_hours_json", StoredJson.openingHours(branch.openingHours()))
                .bind("active", branch.active())
                .execute());
    }

    @Override
    public Optional<Branch> findBranch(TenantId tenant, BranchId id) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(id, "id");
        return db.read(h -> h.createQuery("SELECT * FROM branch WHERE tenant = :tenant AND id = :id")
                .bind("tenant", tenant.value()).bind("id", id.value())
                .map((rs, ctx) -> branch(rs))
                .findOne());
    }

    @Override
    public List<Branch> listBranches(TenantId tenant) {
        Objects.requireNonNull(tenant, "tenant");
        return db.read(h -> h.createQuery("SELECT * FROM branch WHERE tenant = :tenant ORDER BY "
                        + db.dialect().binaryOrder("id"))
                .bind("tenant", tenant.value())
                .map((rs, ctx) -> branch(rs))
                .list());
    }

    @Override
    public boolean deleteBranch(TenantId tenant, BranchId id) {
        return delete("branch", tenant, id.value());
    }

    private static Branch branch(ResultSet rs) throws SQLException {
        return new Branch(new BranchId(rs.getString("id")), new TenantId(rs.getString("tenant")), rs.getString("name"),
                ZoneId.of(rs.getString("zone")), StoredJson.openingHours(rs.getString("opening_hours_json")),
                rs.getBoolean("active"));
    }

    // ---- staff

    @Override
    public void saveStaff(Staff staff) {
        Objects.requireNonNull(staff, "staff");
        db.run(h -> {
            h.createUpdate(db.dialect().upsert("staff", List.of("tenant", "id"),
                            List.of("tenant", "id", "branch_id", "name", "aliases_json", "services_json",
                                    "working_hours_json", "breaks_json", "time_off_json", "active",
                                    "date_exceptions_json")))
                    .bind("tenant", staff.tenant().value())
                    .bind("id", staff.id().value())
                    .bind("branch_id", staff.branch().value())
                    .bind("name", Db.text(staff.name()))
                    .bind("aliases_json", StoredJson.strings(staff.aliases()))
                    .bind("services_json", StoredJson.ids(staff.services(), ServiceId::value))
                    .bind("working_hours_json", StoredJson.weeklyHours(staff.workingHours()))
                    .bind("breaks_json", StoredJson.weeklyHours(staff.breaks()))
                    .bind("time_off_json", StoredJson.timeOff(staff.timeOff()))
                    .bind("active", staff.active())
                    .bind("date_exceptions_json", SchedulingJson.dateExceptions(staff.dateExceptions()))
                    .execute();
            // the lock row exists before the first booking, so that first lock never has to create it
            StaffLockRows.insertIfAbsent(h, db.dialect(), staff.tenant().value(), staff.id().value());
        });
    }

    @Override
    public Optional<Staff> findStaff(TenantId tenant, StaffId id) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(id, "id");
        return db.read(h -> h.createQuery("SELECT * FROM staff WHERE tenant = :tenant AND id = :id")
                .bind("tenant", tenant.value()).bind("id", id.value())
                .map((rs, ctx) -> staff(rs))
                .findOne());
    }

    @Override
    public List<Staff> listStaff(TenantId tenant, BranchId branch) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(branch, "branch");
        return db.read(h -> h.createQuery("SELECT * FROM staff WHERE tenant = :tenant AND branch_id = :branch "
                        + "ORDER BY " + db.dialect().binaryOrder("id"))
                .bind("tenant", tenant.value()).bind("branch", branch.value())
                .map((rs, ctx) -> staff(rs))
                .list());
    }

    @Override
    public boolean deleteStaff(TenantId tenant, StaffId id) {
        return delete("staff", tenant, id.value());
    }

    private static Staff staff(ResultSet rs) throws SQLException {
        return new Staff(new StaffId(rs.getString("id")), new TenantId(rs.getString("tenant")),
                new BranchId(rs.getString("branch_id")), rs.getString("name"),
                StoredJson.strings(rs.getString("aliases_json")),
                new HashSet<>(StoredJson.ids(rs.getString("services_json"), ServiceId::new)),
                StoredJson.weeklyHours(rs.getString("working_hours_json")), StoredJson.weeklyHours(rs.getString("breaks_json")),
                StoredJson.timeOff(rs.getString("time_off_json")), rs.getBoolean("active"),
                SchedulingJson.dateExceptions(rs.getString("date_exceptions_json")));
    }

    // ---- services

    @Override
    public void saveService(Service s) {
        Objects.requireNonNull(s, "service");
        db.run(h -> h.createUpdate(db.dialect().upsert("service", List.of("tenant", "id"),
                        List.of("tenant", "id", "name", "aliases_json", "duration_seconds", "price_minor", "currency",
                                "buffer_before_seconds", "buffer_after_seconds", "slot_interval_seconds",
                                "composite_json", "policy_json", "active", "resources_json", "staff_count", "grid",
                                "max_per_day")))
                .bind("tenant", s.tenant().value())
                .bind("id", s.id().value())
                .bind("name", Db.text(s.name()))
                .bind("aliases_json", StoredJson.strings(s.aliases()))
                .bind("duration_seconds", s.duration().toSeconds())
                .bind("price_minor", s.price().minorUnits())
                .bind("currency", s.price().currency())
                .bind("buffer_before_seconds", s.bufferBefore().toSeconds())
                .bind("buffer_after_seconds", s.bufferAfter().toSeconds())
                .bind("slot_interval_seconds", s.slotInterval().toSeconds())
                .bind("composite_json", s.composite().map(StoredJson::composite).orElse(null))
                .bind("policy_json", StoredJson.policyOverride(s.policy()))
                .bind("active", s.active())
                .bind("resources_json", SchedulingJson.needs(s.resources()))
                .bind("staff_count", s.staffCount())
                .bind("grid", s.grid().code())
                .bind("max_per_day", s.maxPerDay().orElse(null))
                .execute());
    }

    @Override
    public Optional<Service> findService(TenantId tenant, ServiceId id) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(id, "id");
        return db.read(h -> h.createQuery("SELECT * FROM service WHERE tenant = :tenant AND id = :id")
                .bind("tenant", tenant.value()).bind("id", id.value())
                .map((rs, ctx) -> service(rs))
                .findOne());
    }

    @Override
    public List<Service> listServices(TenantId tenant) {
        Objects.requireNonNull(tenant, "tenant");
        return db.read(h -> h.createQuery("SELECT * FROM service WHERE tenant = :tenant ORDER BY "
                        + db.dialect().binaryOrder("id"))
                .bind("tenant", tenant.value())
                .map((rs, ctx) -> service(rs))
                .list());
    }

    @Override
    public boolean deleteService(TenantId tenant, ServiceId id) {
        return delete("service", tenant, id.value());
    }

    private static Service service(ResultSet rs) throws SQLException {
        String composite = rs.getString("composite_json");
        return new Service(new ServiceId(rs.getString("id")), new TenantId(rs.getString("tenant")),
                rs.getString("name"), StoredJson.strings(rs.getString("aliases_json")),
                Duration.ofSeconds(rs.getLong("duration_seconds")),
                new Money(rs.getLong("price_minor"), rs.getString("currency")),
                Duration.ofSeconds(rs.getLong("buffer_before_seconds")),
                Duration.ofSeconds(rs.getLong("buffer_after_seconds")),
                Duration.ofSeconds(rs.getLong("slot_interval_seconds")),
                Optional.ofNullable(composite).map(StoredJson::composite),
                StoredJson.policyOverride(rs.getString("policy_json")), rs.getBoolean("active"),
                SchedulingJson.needs(rs.getString("resources_json")), rs.getInt("staff_count"),
                SlotGrid.fromCode(rs.getString("grid")),
                Optional.ofNullable(rs.getObject("max_per_day", Integer.class)));
    }

    // ---- holidays

    @Override
    public void saveHoliday(Holiday holiday) {
        Objects.requireNonNull(holiday, "holiday");
        db.run(h -> h.createUpdate(db.dialect().upsert("holiday", List.of("tenant", "id"),
                        List.of("tenant", "id", "branch_id", "name", "type", "first_day", "last_day",
                                "recurring_yearly", "staff_json")))
                .bind("tenant", holiday.tenant().value())
                .bind("id", holiday.id().value())
                .bind("branch_id", holiday.branch().map(BranchId::value).orElse(null))
                .bind("name", Db.text(holiday.name()))
                .bind("type", holiday.type().code())
                .bind("first_day", holiday.firstDay())
                .bind("last_day", holiday.lastDay())
                .bind("recurring_yearly", holiday.recurringYearly())
                .bind("staff_json", StoredJson.ids(holiday.staff(), StaffId::value))
                .execute());
    }

    @Override
    public List<Holiday> listHolidays(TenantId tenant) {
        Objects.requireNonNull(tenant, "tenant");
        return db.read(h -> h.createQuery("SELECT * FROM holiday WHERE tenant = :tenant ORDER BY first_day, "
                        + db.dialect().binaryOrder("id"))
                .bind("tenant", tenant.value())
                .map((rs, ctx) -> new Holiday(new HolidayId(rs.getString("id")), new TenantId(rs.getString("tenant")),
                        Rows.optionalText(rs, "branch_id").map(BranchId::new), rs.getString("name"),
                        HolidayType.fromCode(rs.getString("type")), Rows.date(rs, "first_day"),
                        Rows.date(rs, "last_day"), rs.getBoolean("recurring_yearly"),
                        new HashSet<>(StoredJson.ids(rs.getString("staff_json"), StaffId::new))))
                .list());
    }

    @Override
    public boolean deleteHoliday(TenantId tenant, HolidayId id) {
        return delete("holiday", tenant, id.value());
    }

    // ---- blocks and resource types

    @Override
    public void saveTimeBlock(TenantId tenant, TimeBlock block) {
        branchScheduling.saveTimeBlock(Objects.requireNonNull(tenant, "tenant"), Objects.requireNonNull(block,
                "block"));
    }

    @Override
    public List<TimeBlock> listTimeBlocks(TenantId tenant, BranchId branch) {
        return branchScheduling.listTimeBlocks(Objects.requireNonNull(tenant, "tenant"),
                Objects.requireNonNull(branch, "branch"));
    }

    @Override
    public boolean deleteTimeBlock(TenantId tenant, String id) {
        return delete("time_block", tenant, id);
    }

    @Override
    public void saveResourceType(ResourceType type) {
        branchScheduling.saveResourceType(Objects.requireNonNull(type, "type"));
    }

    @Override
    public List<ResourceType> listResourceTypes(TenantId tenant, BranchId branch) {
        return branchScheduling.listResourceTypes(Objects.requireNonNull(tenant, "tenant"),
                Objects.requireNonNull(branch, "branch"));
    }

    @Override
    public boolean deleteResourceType(TenantId tenant, BranchId branch, ResourceTypeId id) {
        return branchScheduling.deleteResourceType(Objects.requireNonNull(tenant, "tenant"),
                Objects.requireNonNull(branch, "branch"), Objects.requireNonNull(id, "id"));
    }

    private boolean delete(String table, TenantId tenant, String id) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(id, "id");
        return db.write(h -> h.createUpdate("DELETE FROM " + table + " WHERE tenant = :tenant AND id = :id")
                .bind("tenant", tenant.value()).bind("id", id)
                .execute()) > 0;
    }
}
