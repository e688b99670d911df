package dev.termin.booking.adapter.jdbc.internal;

import static dev.termin.booking.adapter.jdbc.internal.CatalogueCache.key;

import dev.termin.booking.application.port.out.CatalogueRepository;
import dev.termin.booking.domain.catalogue.Branch;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.Company;
import dev.termin.booking.domain.catalogue.Holiday;
import dev.termin.booking.domain.catalogue.HolidayId;
import dev.termin.booking.domain.catalogue.ResourceType;
import dev.termin.booking.domain.catalogue.ResourceTypeId;
import dev.termin.booking.domain.catalogue.Service;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.Staff;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.catalogue.TimeBlock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@link CatalogueRepository} on {@link JdbiCatalogueRepository} with its reads cached per tenant
 * ({@link CatalogueCache}): a booking reads the company, branch, service and staff several times, and they change
 * rarely. Every write changes the tenant's catalogue version in the same transaction, so that every store instance
 * on the database sees it (this one at once, others within {@link CatalogueCache#MAX_AGE}). Thread-safe.
 */
public final class CachedCatalogueRepository implements CatalogueRepository {

    private final Db db;
    private final JdbiCatalogueRepository stored;
    private final CatalogueCache cache;

    /** The catalogue of {@code db}, its reads kept in {@code cache}. */
    public CachedCatalogueRepository(Db db, CatalogueCache cache) {
        this.db = Objects.requireNonNull(db, "db");
        this.stored = new JdbiCatalogueRepository(db);
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    @Override
    public void saveCompany(Company company) {
        save(company.id(), () -> stored.saveCompany(company));
    }

    @Override
    public Optional<Company> findCompany(TenantId tenant) {
        return cache.get(tenant, key("company"), () -> stored.findCompany(tenant));
    }

    @Override
    public void saveBranch(Branch branch) {
        save(branch.tenant(), () -> stored.saveBranch(branch));
    }

    @Override
    public Optional<Branch> findBranch(TenantId tenant, BranchId id) {
        return cache.get(tenant, key("branch", id), () -> stored.findBranch(tenant, id));
    }

    @Override
    public List<Branch> listBranches(TenantId tenant) {
        return cache.get(tenant, key("branches"), () -> stored.listBranches(tenant));
    }

    @Override
    public boolean deleteBranch(TenantId tenant, BranchId id) {
        return delete(tenant, () -> stored.deleteBranch(tenant, id));
    }

    @Override
    public void saveStaff(Staff staff) {
        save(staff.tenant(), () -> stored.saveStaff(staff));
    }

    @Override
    public Optional<Staff> findStaff(TenantId tenant, StaffId id) {
        return cache.get(tenant, key("staff", id), () -> stored.findStaff(tenant, id));
    }

    @Override
    public List<Staff> listStaff(TenantId tenant, BranchId branch) {
        return cache.get(tenant, key("staff of branch", branch), () -> stored.listStaff(tenant, branch));
    }

    @Override
    public boolean deleteStaff(TenantId tenant, StaffId id) {
        return delete(tenant, () -> stored.deleteStaff(tenant, id));
    }

    @Override
    public void saveService(Service service) {
        save(service.tenant(), () -> stored.saveService(service));
    }

    @Override
    public Optional<Service> findService(TenantId tenant, ServiceId id) {
        return cache.get(tenant, key("service", id), () -> stored.findService(tenant, id));
    }

    @Override
    public List<Service> listServices(TenantId tenant) {
        return cache.get(tenant, key("services"), () -> stored.listServices(tenant));
    }

    @Override
    public boolean deleteService(TenantId tenant, ServiceId id) {
        return delete(tenant, () -> stored.deleteService(tenant, id));
    }

    @Override
    public void saveHoliday(Holiday holiday) {
        save(holiday.tenant(), () -> stored.saveHoliday(holiday));
    }

    @Override
    public List<Holiday> listHolidays(TenantId tenant) {
        return cache.get(tenant, key("holidays"), () -> stored.listHolidays(tenant));
    }

    @Override
    public boolean deleteHoliday(TenantId tenant, HolidayId id) {
        return delete(tenant, () -> stored.deleteHoliday(tenant, id));
    }

    @Override
    public void saveTimeBlock(TenantId tenant, TimeBlock block) {
        save(tenant, () -> stored.saveTimeBlock(tenant, block));
    }

    @Override
    public List<TimeBlock> listTimeBlocks(TenantId tenant, BranchId branch) {
        return cache.get(tenant, key("blocks", branch), () -> stored.listTimeBlocks(tenant, branch));
    }

    @Override
    public boolean deleteTimeBlock(TenantId tenant, String id) {
        return delete(tenant, () -> stored.deleteTimeBlock(tenant, id));
    }

    @Override
    public void saveResourceType(ResourceType type) {
        save(type.tenant(), () -> stored.saveResourceType(type));
    }

    @Override
    public List<ResourceType> listResourceTypes(TenantId tenant, BranchId branch) {
        return cache.get(tenant, key("resource types", branch), () -> stored.listResourceTypes(tenant, branch));
    }

    @Override
    public boolean deleteResourceType(TenantId tenant, BranchId branch, ResourceTypeId id) {
        return delete(tenant, () -> stored.deleteResourceType(tenant, branch, id));
    }

    private void save(TenantId tenant, Runnable save) {
        changing(tenant, () -> {
            save.run();
            return null;
        });
    }

    private boolean delete(TenantId tenant, Supplier<Boolean> delete) {
        return changing(tenant, delete);
    }

    /** Runs {@code write} and the version change in one transaction (the caller's, or one of their own). */
    private <T> T changing(TenantId tenant, Supplier<T> write) {
        Objects.requireNonNull(tenant, "tenant");
        return db.inTransaction(() -> {
            T result = write.get();
            cache.changed(tenant);
            return result;
        });
    }
}
