package dev.termin.booking.adapter.inmemory;

import dev.termin.booking.application.port.out.CatalogueRepository;
import dev.termin.booking.application.port.out.ReferencedRowException;
import java.util.function.BiPredicate;
import dev.termin.booking.domain.catalogue.TimeBlock;
import dev.termin.booking.domain.catalogue.Holiday;
import dev.termin.booking.domain.catalogue.HolidayId;
import dev.termin.booking.domain.catalogue.Branch;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.Company;
import dev.termin.booking.domain.catalogue.ResourceType;
import dev.termin.booking.domain.catalogue.ResourceTypeId;
import dev.termin.booking.domain.catalogue.Service;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.Staff;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * In-memory {@link CatalogueRepository}: the immutable catalogue records kept per tenant. Ids are scoped by
 * tenant, so two tenants may use the same id without touching each other's rows. Lists are ordered by id. Writes
 * join the storage's transaction. Like a database's foreign keys, deleting a branch, staff member or service that stored appointments, holds
 * or waiting list entries still name (or a branch that staff members belong to) is refused with
 * {@link ReferencedRowException}; who names what the storage tells it ({@link InMemoryStorage} does).
 *
 * <p>This class is thread-safe.
 */
public final class InMemoryCatalogueRepository implements CatalogueRepository {

    private static final String SINGLETON = "company";

    private final TenantTable<String, Company> companies;
    private final TenantTable<BranchId, Branch> branches;
    private final TenantTable<StaffId, Staff> staff;
    private final TenantTable<ServiceId, Service> services;
    private final TenantTable<HolidayId, Holiday> holidays;
    private final TenantTable<String, TimeBlock> blocks;
    private final TenantTable<ResourceKey, ResourceType> resourceTypes;
    /** Whether stored rows of a tenant name a branch, staff or service id; nothing until the storage says. */
    private volatile BiPredicate<TenantId, Object> named = (tenant, id) -> false;

    /** A resource type's key: its id is unique within its branch. */
    private record ResourceKey(BranchId branch, ResourceTypeId id) {
    }

    InMemoryCatalogueRepository(InMemoryTransactions transactions) {
        this.companies = new TenantTable<>(transactions);
        this.branches = new TenantTable<>(transactions);
        this.staff = new TenantTable<>(transactions);
        this.services = new TenantTable<>(transactions);
        this.holidays = new TenantTable<>(transactions);
        this.blocks = new TenantTable<>(transactions);
        this.resourceTypes = new TenantTable<>(transactions);
    }

    @Override
    public void saveCompany(Company company) {
        Objects.requireNonNull(company, "company");
        companies.put(company.id(), SINGLETON, company);
    }

    @Override
    public Optional<Company> findCompany(TenantId tenant) {
        return companies.find(Objects.requireNonNull(tenant, "tenant"), SINGLETON);
    }

    @Override
    public void saveBranch(Branch branch) {
        Objects.requireNonNull(branch, "branch");
        branches.put(branch.tenant(), branch.id(), branch);
    }

    @Override
    public Optional<Branch> findBranch(TenantId tenant, BranchId id) {
        return branches.find(Objects.requireNonNull(tenant, "tenant"), Objects.requireNonNull(id, "id"));
    }

    @Override
    public List<Branch> listBranches(TenantId tenant) {
        return branches.all(Objects.requireNonNull(tenant, "tenant")).stream()
                .sorted(Comparator.comparing(Branch::id)).toList();
    }

    @Override
    public boolean deleteBranch(TenantId tenant, BranchId id) {
        refuseIfNamed(tenant, id);
        if (staff.all(tenant).stream().anyMatch(s -> s.branch().equals(id))) {
            throw new ReferencedRowException("branch " + id + " still has staff members", null);
        }
        return branches.remove(Objects.requireNonNull(tenant, "tenant"), Objects.requireNonNull(id, "id"));
    }

    @Override
    public void saveStaff(Staff member) {
        Objects.requireNonNull(member, "staff");
        staff.put(member.tenant(), member.id(), member);
    }

    @Override
    public Optional<Staff> findStaff(TenantId tenant, StaffId id) {
        return staff.find(Objects.requireNonNull(tenant, "tenant"), Objects.requireNonNull(id, "id"));
    }

    @Override
    public List<Staff> listStaff(TenantId tenant, BranchId branch) {
        Objects.requireNonNull(branch, "branch");
        return staff.all(Objects.requireNonNull(tenant, "tenant")).stream()
                .filter(s -> s.branch().equals(branch))
                .sorted(Comparator.comparing(Staff::id)).toList();
    }

    /** Lets deletions see the rows that name catalogue ids, as foreign keys would. */
    void referencedBy(BiPredicate<TenantId, Object> named) {
        this.named = Objects.requireNonNull(named, "named");
    }

    private void refuseIfNamed(TenantId tenant, Object id) {
        if (named.test(Objects.requireNonNull(tenant, "tenant"), Objects.requireNonNull(id, "id"))) {
            throw new ReferencedRowException(id + " is still named by stored bookings", null);
        }
    }

    @Override
    public boolean deleteStaff(TenantId tenant, StaffId id) {
        refuseIfNamed(tenant, id);
        return staff.remove(Objects.requireNonNull(tenant, "tenant"), Objects.requireNonNull(id, "id"));
    }

    @Override
    public void saveService(Service service) {
        Objects.requireNonNull(service, "service");
        services.put(service.tenant(), service.id(), service);
    }

    @Override
    public Optional<Service> findService(TenantId tenant, ServiceId id) {
        return services.find(Objects.requireNonNull(tenant, "tenant"), Objects.requireNonNull(id, "id"));
    }

    @Override
    public List<Service> listServices(TenantId tenant) {
        return services.all(Objects.requireNonNull(tenant, "tenant")).stream()
                .sorted(Comparator.comparing(Service::id)).toList();
    }

    @Override
    public boolean deleteService(TenantId tenant, ServiceId id) {
        refuseIfNamed(tenant, id);
        return services.remove(Objects.requireNonNull(tenant, "tenant"), Objects.requireNonNull(id, "id"));
    }

    @Override
    public void saveHoliday(Holiday holiday) {
        Objects.requireNonNull(holiday, "holiday");
        holidays.put(holiday.tenant(), holiday.id(), holiday);
    }

    /** The tenant's holidays ordered by first day, then id. */
    @Override
    public List<Holiday> listHolidays(TenantId tenant) {
        return holidays.all(Objects.requireNonNull(tenant, "tenant")).stream()
                .sorted(Comparator.comparing(Holiday::firstDay).thenComparing(Holiday::id)).toList();
    }

    @Override
    public boolean deleteHoliday(TenantId tenant, HolidayId id) {
        return holidays.remove(Objects.requireNonNull(tenant, "tenant"), Objects.requireNonNull(id, "id"));
    }

    @Override
    public void saveTimeBlock(TenantId tenant, TimeBlock block) {
        Objects.requireNonNull(block, "block");
        blocks.put(Objects.requireNonNull(tenant, "tenant"), block.id(), block);
    }

    @Override
    public List<TimeBlock> listTimeBlocks(TenantId tenant, BranchId branch) {
        Objects.requireNonNull(branch, "branch");
        return blocks.all(Objects.requireNonNull(tenant, "tenant")).stream()
                .filter(b -> b.branch().equals(branch))
                .sorted(Comparator.comparing(TimeBlock::date).thenComparing(TimeBlock::id)).toList();
    }

    @Override
    public boolean deleteTimeBlock(TenantId tenant, String id) {
        return blocks.remove(Objects.requireNonNull(tenant, "tenant"), Objects.requireNonNull(id, "id"));
    }

    @Override
    public void saveResourceType(ResourceType type) {
        Objects.requireNonNull(type, "type");
        resourceTypes.put(type.tenant(), new ResourceKey(type.branch(), type.id()), type);
    }

    @Override
    public List<ResourceType> listResourceTypes(TenantId tenant, BranchId branch) {
        Objects.requireNonNull(branch, "branch");
        return resourceTypes.all(Objects.requireNonNull(tenant, "tenant")).stream()
                .filter(t -> t.branch().equals(branch))
                .sorted(Comparator.comparing(ResourceType::id)).toList();
    }

    @Override
    public boolean deleteResourceType(TenantId tenant, BranchId branch, ResourceTypeId id) {
        return resourceTypes.remove(Objects.requireNonNull(tenant, "tenant"),
                new ResourceKey(Objects.requireNonNull(branch, "branch"), Objects.requireNonNull(id, "id")));
    }
}
