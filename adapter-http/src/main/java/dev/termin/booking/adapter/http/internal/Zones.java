package dev.termin.booking.adapter.http.internal;

import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.domain.catalogue.Branch;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.Staff;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.result.Result;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Finds the branch (and so the time zone) a request is about: the named branch, the named staff member's branch, or
 * the tenant's only branch. Thread-safe.
 */
public final class Zones {

    private final BookingEngine engine;

    public Zones(BookingEngine engine) {
        this.engine = engine;
    }

    public Branch branch(TenantId tenant, Optional<BranchId> branch, Optional<StaffId> staff) {
        if (branch.isPresent()) {
            Result<Branch> b = engine.catalogue().branch(tenant, branch.get());
            if (b instanceof Result.Failure<Branch> f) {
                throw ApiProblem.of(f);
            }
            return b.orElseThrow();
        }
        if (staff.isPresent()) {
            Result<Staff> s = engine.catalogue().staff(tenant, staff.get());
            if (s instanceof Result.Failure<Staff> f) {
                throw ApiProblem.of(f);
            }
            return branch(tenant, Optional.of(s.orElseThrow().branch()), Optional.empty());
        }
        List<Branch> all = engine.catalogue().branches(tenant);
        if (all.size() == 1) {
            return all.get(0);
        }
        if (all.isEmpty()) {
            throw new ApiProblem(ErrorCode.NOT_FOUND, "This tenant has no branch yet.");
        }
        throw new ApiProblem(ErrorCode.MISSING_REQUIRED_FIELD, "'branch' is required: the tenant has "
                + all.size() + " branches.");
    }

    /** The zone of a branch; UTC when it was deleted meanwhile. */
    public ZoneId zone(TenantId tenant, BranchId branch) {
        return engine.catalogue().branch(tenant, branch) instanceof Result.Success<Branch> s ? s.value().zone()
                : ZoneOffset.UTC;
    }
}
