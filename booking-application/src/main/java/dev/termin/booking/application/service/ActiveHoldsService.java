package dev.termin.booking.application.service;

import dev.termin.booking.application.port.in.ActiveHoldsUseCase;
import dev.termin.booking.application.port.out.CatalogueRepository;
import dev.termin.booking.application.port.out.HoldRepository;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.Staff;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.hold.Hold;
import dev.termin.booking.domain.time.TimeInterval;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The branch's active holds for the schedule, through the hold store's occupancy query (the same one availability
 * uses), so only the range's holds are read. Thread-safe.
 */
final class ActiveHoldsService implements ActiveHoldsUseCase {

    private final CatalogueRepository catalogue;
    private final HoldRepository holds;
    private final Clock clock;

    ActiveHoldsService(CatalogueRepository catalogue, HoldRepository holds, Clock clock) {
        this.catalogue = catalogue;
        this.holds = holds;
        this.clock = clock;
    }

    @Override
    public List<Hold> activeHolds(TenantId tenant, BranchId branch, TimeInterval range) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(range, "range");
        List<Staff> staff = catalogue.listStaff(tenant, branch);
        if (staff.isEmpty()) {
            return List.of();
        }
        return holds.findActiveOccupying(tenant, staff.stream().map(Staff::id).toList(), range, clock.instant())
                .stream().filter(h -> h.branch().equals(branch))
                .sorted(Comparator.comparing((Hold h) -> h.interval().start()).thenComparing(h -> h.staff().value()))
                .toList();
    }
}
