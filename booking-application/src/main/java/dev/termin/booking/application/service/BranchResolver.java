package dev.termin.booking.application.service;

import dev.termin.booking.application.port.out.CatalogueRepository;
import dev.termin.booking.domain.catalogue.Branch;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.Staff;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.result.Result;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one rule for which branch (and so which time zone) a request is about: the named staff member's branch
 * (which must be the named branch, if one is named), else the named branch, else the tenant's only active branch
 * (or its only branch). A tenant without branches has nothing to book ({@code not_found}); one with several active
 * ones must name one ({@code missing_required_field}). The messages are those the HTTP API has always answered with. Thread-safe.
 */
final class BranchResolver {

    private final CatalogueRepository catalogue;

    BranchResolver(CatalogueRepository catalogue) {
        this.catalogue = catalogue;
    }

    Result<Branch> resolve(TenantId tenant, Optional<BranchId> branch, Optional<StaffId> staffId) {
        Optional<BranchId> branchId = branch;
        if (staffId.isPresent()) {
            Optional<Staff> staff = catalogue.findStaff(tenant, staffId.get());
            if (staff.isEmpty()) {
                return Result.failure(ErrorCode.NOT_FOUND, "Staff member " + staffId.get() + " does not exist.",
                        Map.of("staff", staffId.get().value()));
            }
            if (branchId.isPresent() && !branchId.get().equals(staff.get().branch())) {
                return Result.failure(ErrorCode.INVALID_DATA, "Staff member " + staff.get().name()
                        + " does not work in branch " + branchId.get() + ".");
            }
            branchId = Optional.of(staff.get().branch());
        }
        if (branchId.isEmpty()) {
            List<Branch> all = catalogue.listBranches(tenant);
            // a deactivated branch is kept for history: "the only branch" is the only one still offered, or else
            // the only one there is (whose reads work and whose bookings the availability refuses)
            List<Branch> active = all.stream().filter(Branch::active).toList();
            if (active.size() == 1 || all.size() == 1) {
                return Result.ok(active.size() == 1 ? active.get(0) : all.get(0));
            }
            if (all.isEmpty()) {
                return Result.failure(ErrorCode.NOT_FOUND, "This tenant has no branch yet.");
            }
            return Result.failure(ErrorCode.MISSING_REQUIRED_FIELD, "'branch' is required: the tenant has "
                    + all.size() + " branches.", Map.of("field", "branch"));
        }
        BranchId id = branchId.get();
        return catalogue.findBranch(tenant, id).<Result<Branch>>map(Result::ok)
                .orElseGet(() -> Result.failure(ErrorCode.NOT_FOUND, "Branch " + id + " does not exist.",
                        Map.of("branch", id.value())));
    }
}
