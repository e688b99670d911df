package dev.termin.booking.application.service;

import dev.termin.booking.application.port.in.AffectedAppointments;
import dev.termin.booking.application.port.in.AffectedAppointments.Action;
import dev.termin.booking.application.port.in.CatalogueUseCase;
import dev.termin.booking.application.port.out.CalendarOutcome;
import dev.termin.booking.application.port.out.CatalogueRepository;
import dev.termin.booking.application.port.out.ExternalCalendar;
import dev.termin.booking.application.port.out.ReferencedRowException;
import dev.termin.booking.domain.appointment.Appointment;
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
import dev.termin.booking.domain.result.Warning;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
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

    /** Warning of a deletion that kept the item, deactivated, because stored bookings still name it. */
    static final String KEPT_FOR_HISTORY = "kept_for_history";

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
        Optional<Branch> found = repo.findBranch(tenant, id);
        if (found.isEmpty()) {
            return Result.failure(ErrorCode.NOT_FOUND, "Branch " + id + " does not exist.");
        }
        if (how.action() == Action.DEACTIVATE) {
            repo.saveBranch(found.get().deactivated());
            return Result.ok(null);
        }
        if (how.action() == Action.REASSIGN) {
            Optional<Staff> to = repo.findStaff(tenant, how.reassignTo().orElseThrow());
            if (to.isEmpty() || to.get().branch().equals(id)) {
                return Result.failure(ErrorCode.INVALID_DATA, "Reassigning the appointments of branch " + id
                        + " needs a staff member of another branch ('to').");
            }
        }
        List<Appointment> affected = changes.future(tenant, a -> a.branch().equals(id));
        if (how.action() == Action.REFUSE && affected.isEmpty() && !repo.listStaff(tenant, id).isEmpty()) {
            return Result.failure(ErrorCode.INVALID_STATE, "Branch " + id + " still has staff; remove them first,"
                    + " or deactivate the branch instead.");
        }
        Result<Void> resolved = changes.resolve(tenant, "Branch " + id, affected, how);
        if (!resolved.isSuccess()) {
            return resolved;
        }
        // after cancelling or reassigning, staff and past bookings may still name the branch: it is then kept
        return deleteOrKeep(() -> repo.deleteBranch(tenant, id), () -> repo.saveBranch(found.get().deactivated()),
                "Branch " + id);
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
        Runnable deactivate = () -> {
            Staff s = found.get();
            repo.saveStaff(new Staff(s.id(), s.tenant(), s.branch(), s.name(), s.aliases(), s.services(),
                    s.workingHours(), s.breaks(), s.timeOff(), false, s.dateExceptions()));
        };
        if (how.action() == Action.DEACTIVATE) {
            deactivate.run();
            return Result.ok(null);
        }
        Result<Void> resolved = changes.resolve(tenant, "Staff member " + id, changes.future(tenant,
                a -> a.occupancies().stream().anyMatch(o -> o.staff().equals(id))), how);
        return resolved.isSuccess()
                ? deleteOrKeep(() -> repo.deleteStaff(tenant, id), deactivate, "Staff member " + id)
                : resolved;
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
        Runnable deactivate = () -> {
            Service s = found.get();
            repo.saveService(new Service(s.id(), s.tenant(), s.name(), s.aliases(), s.duration(), s.price(),
                    s.bufferBefore(), s.bufferAfter(), s.slotInterval(), s.composite(), s.policy(), false,
                    s.resources(), s.staffCount(), s.grid(), s.maxPerDay()));
        };
        if (how.action() == Action.DEACTIVATE) {
            deactivate.run();
            mirror(tenant);
            return Result.ok(null);
        }
        Result<Void> resolved = changes.resolve(tenant, "Service " + id,
                changes.future(tenant, a -> a.service().equals(id)), how);
        if (!resolved.isSuccess()) {
            return resolved;
        }
        Result<Void> result = deleteOrKeep(() -> repo.deleteService(tenant, id), deactivate, "Service " + id);
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

    /**
     * Deletes through {@code delete}; when stored appointments, holds or waitlist entries (past or cancelled ones,
     * once the future ones are resolved) still name the item, the store refuses and the item is kept deactivated
     * instead, with the warning {@value #KEPT_FOR_HISTORY}: their history keeps pointing at a row that exists.
     */
    private static Result<Void> deleteOrKeep(BooleanSupplier delete, Runnable deactivate, String what) {
        try {
            return deleted(delete.getAsBoolean(), what);
        } catch (ReferencedRowException e) {
            deactivate.run();
            return Result.ok(null, List.of(new Warning(KEPT_FOR_HISTORY, what + " is named by stored appointments,"
                    + " holds or waiting list entries: it is kept for their history and is no longer bookable.")));
        }
    }

    private static Result<Void> deleted(boolean deleted, String what) {
        return deleted ? Result.ok(null) : Result.failure(ErrorCode.NOT_FOUND, what + " does not exist.");
    }
}
