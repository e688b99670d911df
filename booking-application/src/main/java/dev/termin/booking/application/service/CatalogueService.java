package dev.termin.booking.application.service;

import dev.termin.booking.application.port.in.AffectedAppointments;
import dev.termin.booking.application.port.in.AffectedAppointments.Action;
import dev.termin.booking.application.port.in.CatalogueUseCase;
import dev.termin.booking.application.port.out.CalendarOutcome;
import dev.termin.booking.application.port.out.CatalogueRepository;
import dev.termin.booking.application.port.out.ExternalCalendar;
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
import dev.termin.booking.domain.catalogue.ServiceStep.WorkSegment;
import dev.termin.booking.domain.catalogue.Staff;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.result.Result;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Catalogue and settings with reference checks, all scoped by tenant; deletions and changes of hours look at the
 * future appointments they affect ({@link CatalogueChanges}). Service changes are passed on to the external
 * calendar (which may mirror composite services as segment event types); a calendar that cannot be reached then is
 * logged and caught up by its drift check. Thread-safe.
 */
final class CatalogueService implements CatalogueUseCase {

    private static final Logger log = LoggerFactory.getLogger(CatalogueService.class);

    private final CatalogueRepository repo;
    private final ExternalCalendar calendar;
    private final BranchResolver branches;
    private final CatalogueChanges changes;

    CatalogueService(CatalogueRepository repo, ExternalCalendar calendar, BranchResolver branches,
            CatalogueChanges changes) {
        this.repo = repo;
        this.calendar = calendar;
        this.branches = branches;
        this.changes = changes;
    }

    @Override
    public Result<Branch> resolveBranch(TenantId tenant, Optional<BranchId> branch, Optional<StaffId> staff) {
        return branches.resolve(tenant, branch, staff);
    }

    @Override
    public Result<Company> saveCompany(Company company) {
        repo.saveCompany(company);
        return Result.ok(company);
    }

    @Override
    public Result<Company> company(TenantId tenant) {
        return found(repo.findCompany(tenant), "Company " + tenant);
    }

    @Override
    public Result<Branch> saveBranch(Branch branch) {
        repo.saveBranch(branch);
        return Result.ok(branch, changes.outsideHours(changes.future(branch.tenant(),
                a -> a.branch().equals(branch.id()))));
    }

    @Override
    public Result<Branch> branch(TenantId tenant, BranchId id) {
        return found(repo.findBranch(tenant, id), "Branch " + id);
    }

    @Override
    public List<Branch> branches(TenantId tenant) {
        return repo.listBranches(tenant);
    }

    @Override
    public Result<Void> deleteBranch(TenantId tenant, BranchId id, AffectedAppointments how) {
        if (how.action() == Action.DEACTIVATE || how.action() == Action.REASSIGN) {
            return Result.failure(ErrorCode.INVALID_DATA, "A branch can only be deleted; deactivate or reassign its "
                    + "staff instead.");
        }
        Result<Void> resolved = changes.resolve(tenant, "Branch " + id,
                changes.future(tenant, a -> a.branch().equals(id)), how);
        if (!resolved.isSuccess()) {
            return resolved;
        }
        if (!repo.listStaff(tenant, id).isEmpty()) {
            return Result.failure(ErrorCode.INVALID_STATE, "Branch " + id + " still has staff; remove them first.");
        }
        return deleted(repo.deleteBranch(tenant, id), "Branch " + id);
    }

    @Override
    public Result<Staff> saveStaff(Staff staff) {
        if (repo.findBranch(staff.tenant(), staff.branch()).isEmpty()) {
            return Result.failure(ErrorCode.INVALID_DATA, "Branch " + staff.branch() + " does not exist.");
        }
        for (ServiceId s : staff.services()) {
            if (repo.findService(staff.tenant(), s).isEmpty()) {
                return Result.failure(ErrorCode.INVALID_DATA, "Service " + s + " does not exist.");
            }
        }
        repo.saveStaff(staff);
        return Result.ok(staff, changes.outsideHours(changes.future(staff.tenant(),
                a -> a.occupancies().stream().anyMatch(o -> o.staff().equals(staff.id())))));
    }

    @Override
    public Result<Staff> staff(TenantId tenant, StaffId id) {
        return found(repo.findStaff(tenant, id), "Staff member " + id);
    }

    @Override
    public List<Staff> staff(TenantId tenant, BranchId branch) {
        return repo.listStaff(tenant, branch);
    }

    @Override
    public Result<Void> deleteStaff(TenantId tenant, StaffId id, AffectedAppointments how) {
        Optional<Staff> found = repo.findStaff(tenant, id);
        if (found.isEmpty()) {
            return Result.failure(ErrorCode.NOT_FOUND, "Staff member " + id + " does not exist.");
        }
        if (how.action() == Action.DEACTIVATE) {
            Staff s = found.get();
            repo.saveStaff(new Staff(s.id(), s.tenant(), s.branch(), s.name(), s.aliases(), s.services(),
                    s.workingHours(), s.breaks(), s.timeOff(), false, s.dateExceptions()));
            return Result.ok(null);
        }
        Result<Void> resolved = changes.resolve(tenant, "Staff member " + id, changes.future(tenant,
                a -> a.occupancies().stream().anyMatch(o -> o.staff().equals(id))), how);
        return resolved.isSuccess() ? deleted(repo.deleteStaff(tenant, id), "Staff member " + id) : resolved;
    }

    @Override
    public Result<Service> saveService(Service service) {
        for (WorkSegment w : service.segments()) {
            for (StaffId s : w.qualifiedStaff()) {
                if (repo.findStaff(service.tenant(), s).isEmpty()) {
                    return Result.failure(ErrorCode.INVALID_DATA, "Staff member " + s + " named for segment '"
                            + w.name() + "' does not exist.");
                }
            }
        }
        repo.saveService(service);
        mirror(service.tenant());
        return Result.ok(service);
    }

    @Override
    public Result<Service> service(TenantId tenant, ServiceId id) {
        return found(repo.findService(tenant, id), "Service " + id);
    }

    @Override
    public List<Service> services(TenantId tenant) {
        return repo.listServices(tenant);
    }

    @Override
    public Result<Void> deleteService(TenantId tenant, ServiceId id, AffectedAppointments how) {
        Optional<Service> found = repo.findService(tenant, id);
        if (found.isEmpty()) {
            return Result.failure(ErrorCode.NOT_FOUND, "Service " + id + " does not exist.");
        }
        if (how.action() == Action.REASSIGN) {
            return Result.failure(ErrorCode.INVALID_DATA, "Appointments can be reassigned to other staff, not to "
                    + "another service.");
        }
        if (how.action() == Action.DEACTIVATE) {
            Service s = found.get();
            repo.saveService(new Service(s.id(), s.tenant(), s.name(), s.aliases(), s.duration(), s.price(),
                    s.bufferBefore(), s.bufferAfter(), s.slotInterval(), s.composite(), s.policy(), false,
                    s.resources(), s.staffCount(), s.grid(), s.maxPerDay()));
            mirror(tenant);
            return Result.ok(null);
        }
        Result<Void> resolved = changes.resolve(tenant, "Service " + id,
                changes.future(tenant, a -> a.service().equals(id)), how);
        if (!resolved.isSuccess()) {
            return resolved;
        }
        Result<Void> result = deleted(repo.deleteService(tenant, id), "Service " + id);
        if (result.isSuccess()) {
            mirror(tenant);
        }
        return result;
    }

    @Override
    public Result<Holiday> saveHoliday(Holiday holiday) {
        if (holiday.branch().isPresent() && repo.findBranch(holiday.tenant(), holiday.branch().get()).isEmpty()) {
            return Result.failure(ErrorCode.INVALID_DATA, "Branch " + holiday.branch().get() + " does not exist.");
        }
        repo.saveHoliday(holiday);
        return Result.ok(holiday, changes.outsideHours(changes.future(holiday.tenant(),
                a -> holiday.branch().map(a.branch()::equals).orElse(true))));
    }

    @Override
    public List<Holiday> holidays(TenantId tenant) {
        return repo.listHolidays(tenant);
    }

    @Override
    public Result<Void> deleteHoliday(TenantId tenant, HolidayId id) {
        return deleted(repo.deleteHoliday(tenant, id), "Holiday " + id);
    }

    @Override
    public Result<TimeBlock> saveTimeBlock(TenantId tenant, TimeBlock block) {
        if (repo.findBranch(tenant, block.branch()).isEmpty()) {
            return Result.failure(ErrorCode.INVALID_DATA, "Branch " + block.branch() + " does not exist.");
        }
        for (StaffId s : block.staff()) {
            if (repo.findStaff(tenant, s).filter(m -> m.branch().equals(block.branch())).isEmpty()) {
                return Result.failure(ErrorCode.INVALID_DATA, "Staff member " + s + " does not work in branch "
                        + block.branch() + ".");
            }
        }
        repo.saveTimeBlock(tenant, block);
        return Result.ok(block);
    }

    @Override
    public List<TimeBlock> timeBlocks(TenantId tenant, BranchId branch) {
        return repo.listTimeBlocks(tenant, branch);
    }

    @Override
    public Result<Void> deleteTimeBlock(TenantId tenant, String id) {
        return deleted(repo.deleteTimeBlock(tenant, id), "Block " + id);
    }

    @Override
    public Result<ResourceType> saveResourceType(ResourceType type) {
        if (repo.findBranch(type.tenant(), type.branch()).isEmpty()) {
            return Result.failure(ErrorCode.INVALID_DATA, "Branch " + type.branch() + " does not exist.");
        }
        repo.saveResourceType(type);
        return Result.ok(type);
    }

    @Override
    public List<ResourceType> resourceTypes(TenantId tenant, BranchId branch) {
        return repo.listResourceTypes(tenant, branch);
    }

    @Override
    public Result<Void> deleteResourceType(TenantId tenant, BranchId branch, ResourceTypeId id) {
        return deleted(repo.deleteResourceType(tenant, branch, id), "Resource type " + id);
    }

    private void mirror(TenantId tenant) {
        CalendarOutcome<Void> outcome = calendar.servicesChanged(tenant,
                repo.listBranches(tenant).stream().map(Branch::id).toList(), repo.listServices(tenant));
        if (!(outcome instanceof CalendarOutcome.Done<Void>)) {
            log.warn("external calendar not updated after a service change of tenant {}: {}", tenant, outcome);
        }
    }

    private static <T> Result<T> found(Optional<T> value, String what) {
        return value.<Result<T>>map(Result::ok)
                .orElseGet(() -> Result.failure(ErrorCode.NOT_FOUND, what + " does not exist."));
    }

    private static Result<Void> deleted(boolean deleted, String what) {
        return deleted ? Result.ok(null) : Result.failure(ErrorCode.NOT_FOUND, what + " does not exist.");
    }
}
