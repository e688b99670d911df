package dev.termin.booking.application.port.in;

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
import dev.termin.booking.domain.result.Result;
import java.util.List;
import java.util.Optional;

/**
 * Incoming port for a tenant's catalogue and settings. Saves are upserts and check references (a staff member's
 * branch and services must exist); everything is scoped by the tenant. A deletion never orphans a booking (see
 * {@link AffectedAppointments}); saving a staff member's hours, a branch's opening hours or a holiday answers with a
 * warning {@code appointment_outside_hours} for every future appointment the new hours no longer allow.
 */
public interface CatalogueUseCase {

    Result<Company> saveCompany(Company company);

    Result<Company> company(TenantId tenant);

    Result<Branch> saveBranch(Branch branch);

    Result<Branch> branch(TenantId tenant, BranchId id);

    List<Branch> branches(TenantId tenant);

    /**
     * The branch (and so the time zone) a request is about, by the one rule every use case applies: the named staff
     * member's branch (which must be the named branch, if one is named), else the named branch, else the tenant's
     * only branch. Fails with {@code not_found}, {@code invalid_data} or {@code missing_required_field}.
     */
    Result<Branch> resolveBranch(TenantId tenant, Optional<BranchId> branch, Optional<StaffId> staff);

    /** Deletes a branch without staff; refused ({@code invalid_state}) while it has future appointments. */
    default Result<Void> deleteBranch(TenantId tenant, BranchId id) {
        return deleteBranch(tenant, id, AffectedAppointments.refuse("catalogue"));
    }

    /**
     * Deletes a branch without staff, doing with its future active appointments what {@code how} says; deactivating
     * keeps it (and its appointments) but offers no more times there. Its appointments cannot be reassigned as a
     * whole ({@code invalid_data}): reassign its staff members'. A branch that stored appointments, holds or waiting
     * list entries still name is kept deactivated instead, with the warning {@code kept_for_history}.
     */
    Result<Void> deleteBranch(TenantId tenant, BranchId id, AffectedAppointments how);

    Result<Staff> saveStaff(Staff staff);

    Result<Staff> staff(TenantId tenant, StaffId id);

    List<Staff> staff(TenantId tenant, BranchId branch);

    /** Deletes a staff member; refused ({@code invalid_state}, listing them) while they have future appointments. */
    default Result<Void> deleteStaff(TenantId tenant, StaffId id) {
        return deleteStaff(tenant, id, AffectedAppointments.refuse("catalogue"));
    }

    /** Deletes (or deactivates) a staff member, doing with their future active appointments what {@code how} says. */
    Result<Void> deleteStaff(TenantId tenant, StaffId id, AffectedAppointments how);

    Result<Service> saveService(Service service);

    Result<Service> service(TenantId tenant, ServiceId id);

    List<Service> services(TenantId tenant);

    /** Deletes a service; refused ({@code invalid_state}, listing them) while it has future appointments. */
    default Result<Void> deleteService(TenantId tenant, ServiceId id) {
        return deleteService(tenant, id, AffectedAppointments.refuse("catalogue"));
    }

    /**
     * Deletes (or deactivates) a service, doing with its future active appointments what {@code how} says
     * (reassigning is for staff only: {@code invalid_data}).
     */
    Result<Void> deleteService(TenantId tenant, ServiceId id, AffectedAppointments how);

    Result<Holiday> saveHoliday(Holiday holiday);

    List<Holiday> holidays(TenantId tenant);

    Result<Void> deleteHoliday(TenantId tenant, HolidayId id);

    /** Saves a partial-day block of one of the tenant's branches; the branch and any listed staff must exist. */
    Result<TimeBlock> saveTimeBlock(TenantId tenant, TimeBlock block);

    List<TimeBlock> timeBlocks(TenantId tenant, BranchId branch);

    Result<Void> deleteTimeBlock(TenantId tenant, String id);

    /** Saves a resource type of one of the tenant's branches; the branch must exist. */
    Result<ResourceType> saveResourceType(ResourceType type);

    List<ResourceType> resourceTypes(TenantId tenant, BranchId branch);

    Result<Void> deleteResourceType(TenantId tenant, BranchId branch, ResourceTypeId id);
}
