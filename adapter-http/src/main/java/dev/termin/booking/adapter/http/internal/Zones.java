package dev.termin.booking.adapter.http.internal;

import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.domain.catalogue.Branch;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.result.Result;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The branch (and so the time zone) a request is about, by the application's one rule
 * ({@link dev.termin.booking.application.port.in.CatalogueUseCase#resolveBranch}), and the zones of stored
 * branches. Thread-safe.
 */
public final class Zones {

    private final BookingEngine engine;

    public Zones(BookingEngine engine) {
        this.engine = engine;
    }

    /** The branch a request is about. @throws ApiProblem when it cannot be resolved */
    public Branch branch(TenantId tenant, Optional<BranchId> branch, Optional<StaffId> staff) {
        Result<Branch> b = engine.catalogue().resolveBranch(tenant, branch, staff);
        if (b instanceof Result.Failure<Branch> f) {
            throw ApiProblem.of(f);
        }
        return b.orElseThrow();
    }

    /** The zone of a branch; UTC when it was deleted meanwhile. */
    public ZoneId zone(TenantId tenant, BranchId branch) {
        return engine.catalogue().branch(tenant, branch) instanceof Result.Success<Branch> s ? s.value().zone()
                : ZoneOffset.UTC;
    }

    /**
     * The zones of {@code tenant}'s branches, each looked up once on first use: for lists, whose rows share a few
     * branches. Not thread-safe; use it for one request.
     */
    public Function<BranchId, ZoneId> perBranch(TenantId tenant) {
        Map<BranchId, ZoneId> known = new HashMap<>();
        return branch -> known.computeIfAbsent(branch, b -> zone(tenant, b));
    }
}
