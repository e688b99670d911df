package dev.termin.booking.application.port.out;

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
import java.util.List;
import java.util.Optional;

/**
 * Outgoing persistence port for a tenant's catalogue: the company, its branches, staff, services, holidays,
 * partial-day blocks and resource types.
 * Saves are upserts by id; every read and delete is scoped by tenant. Implementations are thread-safe.
 */
public interface CatalogueRepository {

    void saveCompany(Company company);

    Optional<Company> findCompany(TenantId tenant);

    void saveBranch(Branch branch);

    Optional<Branch> findBranch(TenantId tenant, BranchId id);

    List<Branch> listBranches(TenantId tenant);

    boolean deleteBranch(TenantId tenant, BranchId id);

    void saveStaff(Staff staff);

    Optional<Staff> findStaff(TenantId tenant, StaffId id);

    /** Staff of one branch, ordered by id. */
    List<Staff> listStaff(TenantId tenant, BranchId branch);

    boolean deleteStaff(TenantId tenant, StaffId id);

    void saveService(Service service);

    Optional<Service> findService(TenantId tenant, ServiceId id);

    /** Services of the tenant, ordered by id. */
    List<Service> listServices(TenantId tenant);

    boolean deleteService(TenantId tenant, ServiceId id);

    void saveHoliday(Holiday holiday);

    List<Holiday> listHolidays(TenantId tenant);

    boolean deleteHoliday(TenantId tenant, HolidayId id);

    /** Stores a block of a branch of {@code tenant} (upsert by tenant and block id). */
    void saveTimeBlock(TenantId tenant, TimeBlock block);

    /** Blocks of one branch, ordered by date, then id. */
    List<TimeBlock> listTimeBlocks(TenantId tenant, BranchId branch);

    boolean deleteTimeBlock(TenantId tenant, String id);

    /** Stores a resource type (upsert by tenant, branch and id); its units are numbered 1 to its count. */
    void saveResourceType(ResourceType type);

    /** Resource types of one branch, ordered by id. */
    List<ResourceType> listResourceTypes(TenantId tenant, BranchId branch);

    boolean deleteResourceType(TenantId tenant, BranchId branch, ResourceTypeId id);
}
