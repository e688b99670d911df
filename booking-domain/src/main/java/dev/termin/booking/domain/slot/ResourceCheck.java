package dev.termin.booking.domain.slot;

import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.ResourceNeed;
import dev.termin.booking.domain.catalogue.ResourceType;
import dev.termin.booking.domain.catalogue.ResourceTypeId;
import dev.termin.booking.domain.slot.Reason.Code;
import dev.termin.booking.domain.time.TimeInterval;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The resource units a slot needs and whether they are free: at no instant of a need may the units already taken
 * plus the slot's own units of that type exceed the type's count in the branch (a type the branch does not have
 * counts as zero units). Not thread-safe; one instance per search.
 */
final class ResourceCheck {

    private final List<ResourceNeed> needs;
    private final Map<ResourceTypeId, ResourceType> types = new HashMap<>();
    private final Map<ResourceTypeId, Taken> taken = new HashMap<>();
    /** Whether the needs fit for a start: they depend on the start only, not on the staff member tried. */
    private final Map<Instant, Boolean> fitsAt = new HashMap<>();

    /** The units of one type already taken, ordered by start, to find those overlapping an interval quickly. */
    private static final class Taken {
        final List<ResourceOccupancy> byStart;
        final Duration longest;

        Taken(List<ResourceOccupancy> uses) {
            byStart = new ArrayList<>(uses);
            byStart.sort(Comparator.comparing(u -> u.interval().start()));
            longest = uses.stream().map(u -> u.interval().duration()).max(Comparator.naturalOrder())
                    .orElse(Duration.ZERO);
        }

        /** The uses that overlap {@code within}: they start after {@code within.start - longest}. */
        void overlapping(TimeInterval within, List<ResourceOccupancy> out) {
            Instant earliest = within.start().minus(longest);
            int lo = 0;
            int hi = byStart.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (byStart.get(mid).interval().start().isAfter(earliest)) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            for (int i = Math.max(0, lo - 1); i < byStart.size(); i++) {
                ResourceOccupancy u = byStart.get(i);
                if (!u.interval().start().isBefore(within.end())) {
                    break;
                }
                if (u.interval().overlaps(within)) {
                    out.add(u);
                }
            }
        }
    }

    ResourceCheck(AvailabilityContext ctx, Optional<String> owner, Optional<String> moving) {
        this.needs = ctx.service().resources();
        BranchId branch = ctx.branch().id();
        for (ResourceType t : ctx.resourceTypes()) {
            if (t.branch().equals(branch)) {
                types.put(t.id(), t);
            }
        }
        Map<ResourceTypeId, List<ResourceOccupancy>> byType = new HashMap<>();
        for (ResourceUse u : ctx.resourceUse()) {
            if (u.blocks(owner, moving)) {
                byType.computeIfAbsent(u.occupancy().type(), k -> new ArrayList<>()).add(u.occupancy());
            }
        }
        byType.forEach((type, uses) -> taken.put(type, new Taken(uses)));
    }

    /** The resource occupancies of a slot with the customer's time {@code span} and work {@code segments}. */
    List<ResourceOccupancy> occupancies(TimeInterval span, List<SegmentAssignment> segments) {
        if (needs.isEmpty()) {
            return List.of();
        }
        List<ResourceOccupancy> out = new ArrayList<>(needs.size());
        for (ResourceNeed n : needs) {
            TimeInterval interval = n.segment().flatMap(k -> segments.stream().filter(s -> s.key().equals(k))
                    .findFirst().map(SegmentAssignment::interval)).orElse(span);
            out.add(new ResourceOccupancy(n.type(), n.units(), interval));
        }
        return out;
    }

    /**
     * True when {@code own}, the occupancies of a slot starting at {@code start}, fit; when {@code reasons} collects,
     * names every type that does not.
     */
    boolean fits(Instant start, List<ResourceOccupancy> own, Reasons reasons) {
        if (own.isEmpty()) {
            return true;
        }
        if (!reasons.collecting()) {
            return fitsAt.computeIfAbsent(start, k -> check(own, Reasons.firstFailure()));
        }
        return check(own, reasons);
    }

    private boolean check(List<ResourceOccupancy> own, Reasons reasons) {
        boolean ok = true;
        for (int i = 0; i < own.size(); i++) {
            ResourceOccupancy need = own.get(i);
            List<ResourceOccupancy> others = new ArrayList<>();
            Taken t = taken.get(need.type());
            if (t != null) {
                t.overlapping(need.interval(), others);
            }
            for (int j = 0; j < own.size(); j++) {
                if (j != i && own.get(j).type().equals(need.type())) {
                    others.add(own.get(j));
                }
            }
            ResourceType type = types.get(need.type());
            int count = type == null ? 0 : type.count();
            if (peak(others, need.interval()) + need.units() > count) {
                ok = false;
                if (!reasons.collecting()) {
                    return false;
                }
                String name = type == null ? need.type().value() : type.name();
                reasons.add(Reason.general(Code.RESOURCE_UNAVAILABLE, "Not enough " + name + " free: "
                        + need.units() + " needed, " + count + " in the branch."));
            }
        }
        return ok;
    }

    private record Change(Instant at, int delta) {
    }

    /** The most units of {@code uses} in use at one instant within {@code within}. */
    static int peak(List<ResourceOccupancy> uses, TimeInterval within) {
        List<Change> changes = new ArrayList<>();
        for (ResourceOccupancy u : uses) {
            u.interval().intersection(within).ifPresent(part -> {
                changes.add(new Change(part.start(), u.units()));
                changes.add(new Change(part.end(), -u.units()));
            });
        }
        // at one instant releases come before takes: intervals are half-open
        changes.sort(Comparator.comparing(Change::at).thenComparingInt(Change::delta));
        int current = 0;
        int peak = 0;
        for (Change c : changes) {
            current += c.delta();
            peak = Math.max(peak, current);
        }
        return peak;
    }
}
