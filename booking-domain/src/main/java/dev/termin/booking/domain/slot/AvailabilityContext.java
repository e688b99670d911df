package dev.termin.booking.domain.slot;

import dev.termin.booking.domain.catalogue.Holiday;
import dev.termin.booking.domain.catalogue.TimeBlock;
import dev.termin.booking.domain.catalogue.Branch;
import dev.termin.booking.domain.catalogue.ResourceType;
import dev.termin.booking.domain.catalogue.SchedulingSettings;
import dev.termin.booking.domain.catalogue.Service;
import dev.termin.booking.domain.catalogue.Staff;
import dev.termin.booking.domain.policy.BookingLimits;
import dev.termin.booking.domain.policy.BookingPolicy;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything slot search needs for one branch and service, as a snapshot: the branch's staff (all of them, since
 * a segment may need someone other than the chosen staff member), holidays, busy times (active appointments,
 * unexpired holds, external busy times), the effective policy, evaluated at {@code now}, partial-day blocks
 * (default none), daily limits (default {@link BookingLimits#NONE}), and the branch's resource types with the
 * units appointments and holds already take (default none), and the company's scheduling settings (default
 * {@link SchedulingSettings#DEFAULTS}). Immutable.
 */
public record AvailabilityContext(
        Branch branch,
        Service service,
        BookingPolicy policy,
        List<Staff> staff,
        List<Holiday> holidays,
        List<BusyTime> busy,
        Instant now,
        List<TimeBlock> blocks,
        BookingLimits limits,
        List<ResourceType> resourceTypes,
        List<ResourceUse> resourceUse,
        SchedulingSettings scheduling) {

    public AvailabilityContext {
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(policy, "policy");
        staff = List.copyOf(staff);
        holidays = List.copyOf(holidays);
        busy = List.copyOf(busy);
        Objects.requireNonNull(now, "now");
        blocks = List.copyOf(blocks);
        Objects.requireNonNull(limits, "limits");
        resourceTypes = List.copyOf(resourceTypes);
        resourceUse = List.copyOf(resourceUse);
        Objects.requireNonNull(scheduling, "scheduling");
    }

    /** A context without blocks, limits and resources. */
    public AvailabilityContext(Branch branch, Service service, BookingPolicy policy, List<Staff> staff,
            List<Holiday> holidays, List<BusyTime> busy, Instant now) {
        this(branch, service, policy, staff, holidays, busy, now, List.of(), BookingLimits.NONE, List.of(),
                List.of(), SchedulingSettings.DEFAULTS);
    }

    public AvailabilityContext withBlocks(List<TimeBlock> newBlocks) {
        return new AvailabilityContext(branch, service, policy, staff, holidays, busy, now, newBlocks, limits,
                resourceTypes, resourceUse, scheduling);
    }

    public AvailabilityContext withLimits(BookingLimits newLimits) {
        return new AvailabilityContext(branch, service, policy, staff, holidays, busy, now, blocks, newLimits,
                resourceTypes, resourceUse, scheduling);
    }

    public AvailabilityContext withBusy(List<BusyTime> newBusy) {
        return new AvailabilityContext(branch, service, policy, staff, holidays, newBusy, now, blocks, limits,
                resourceTypes, resourceUse, scheduling);
    }

    public AvailabilityContext withResources(List<ResourceType> types, List<ResourceUse> use) {
        return new AvailabilityContext(branch, service, policy, staff, holidays, busy, now, blocks, limits, types, use,
                scheduling);
    }

    public AvailabilityContext withScheduling(SchedulingSettings settings) {
        return new AvailabilityContext(branch, service, policy, staff, holidays, busy, now, blocks, limits,
                resourceTypes, resourceUse, settings);
    }
}
