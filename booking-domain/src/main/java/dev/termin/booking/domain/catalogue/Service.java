package dev.termin.booking.domain.catalogue;

import dev.termin.booking.domain.Checks;
import dev.termin.booking.domain.catalogue.ServiceStep.WorkSegment;
import dev.termin.booking.domain.policy.BookingLimits;
import dev.termin.booking.domain.policy.PolicyOverride;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A bookable service: duration, price, buffers before and after (staff time around the customer's time), the
 * slot interval of its start grid, optionally a composite definition, the resources it needs (default none),
 * for a plain service how many staff work on it at once (default 1; composites set it per segment), the grid its
 * starts lie on (default {@link SlotGrid#CLOCK}), and how often it may be booked per day (default: as the
 * company's limits say). For a composite service the duration is the sum of its steps. Immutable.
 */
public record Service(
        ServiceId id,
        TenantId tenant,
        String name,
        List<String> aliases,
        Duration duration,
        Money price,
        Duration bufferBefore,
        Duration bufferAfter,
        Duration slotInterval,
        Optional<CompositeDefinition> composite,
        PolicyOverride policy,
        boolean active,
        List<ResourceNeed> resources,
        int staffCount,
        SlotGrid grid,
        Optional<Integer> maxPerDay) {

    /** The brief's default buffer between appointments. */
    public static final Duration DEFAULT_BUFFER_AFTER = Duration.ofMinutes(15);
    public static final Duration DEFAULT_SLOT_INTERVAL = Duration.ofMinutes(15);

    public Service {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        name = Checks.text(name, "name", 1, 200);
        aliases = Objects.requireNonNull(aliases, "aliases").stream()
                .map(a -> Checks.text(a, "alias", 1, 100)).toList();
        Objects.requireNonNull(price, "price");
        Checks.wholeMinutes(Checks.notNegative(bufferBefore, "bufferBefore"), "bufferBefore");
        Checks.wholeMinutes(Checks.notNegative(bufferAfter, "bufferAfter"), "bufferAfter");
        Checks.wholeMinutes(Checks.positive(slotInterval, "slotInterval"), "slotInterval");
        Objects.requireNonNull(grid, "grid");
        if (slotInterval.toMinutes() > 24 * 60
                || (grid == SlotGrid.CLOCK && (24 * 60) % slotInterval.toMinutes() != 0)) {
            throw new IllegalArgumentException("slotInterval must divide a day evenly (5, 10, 15, 20, 30, 60 … min)");
        }
        Objects.requireNonNull(composite, "composite");
        Objects.requireNonNull(policy, "policy");
        if (composite.isPresent()) {
            duration = composite.get().totalDuration();
        }
        Checks.wholeMinutes(Checks.positive(duration, "duration"), "duration");
        if (duration.compareTo(Duration.ofHours(12)) > 0) {
            throw new IllegalArgumentException("a service lasts at most 12 hours");
        }
        resources = List.copyOf(Objects.requireNonNull(resources, "resources"));
        Set<String> keys = composite.map(c -> c.segments().stream().map(WorkSegment::key)
                .collect(Collectors.toSet())).orElse(Set.of("main"));
        for (ResourceNeed need : resources) {
            need.segment().filter(k -> !keys.contains(k)).ifPresent(k -> {
                throw new IllegalArgumentException("resource need for unknown segment " + k);
            });
        }
        if (staffCount < 1 || staffCount > 10) {
            throw new IllegalArgumentException("a service needs 1 to 10 staff at once");
        }
        if (staffCount != 1 && composite.isPresent()) {
            throw new IllegalArgumentException("a composite service sets its staff count per segment");
        }
        Objects.requireNonNull(maxPerDay, "maxPerDay").ifPresent(m -> {
            if (m < 1) {
                throw new IllegalArgumentException("'maxPerDay' must be at least 1");
            }
        });
    }

    /** A service on the clock grid that needs no resources and one staff member at a time. */
    public Service(ServiceId id, TenantId tenant, String name, List<String> aliases, Duration duration, Money price,
            Duration bufferBefore, Duration bufferAfter, Duration slotInterval, Optional<CompositeDefinition> composite,
            PolicyOverride policy, boolean active) {
        this(id, tenant, name, aliases, duration, price, bufferBefore, bufferAfter, slotInterval, composite, policy,
                active, List.of(), 1, SlotGrid.CLOCK, Optional.empty());
    }

    /** A plain service with the default buffer (15 min after) and slot interval (15 min). */
    public static Service plain(ServiceId id, TenantId tenant, String name, int minutes, Money price) {
        return new Service(id, tenant, name, List.of(), Duration.ofMinutes(minutes), price, Duration.ZERO,
                DEFAULT_BUFFER_AFTER, DEFAULT_SLOT_INTERVAL, Optional.empty(), PolicyOverride.none(), true);
    }

    /** A composite service with the default buffer and slot interval. */
    public static Service composite(ServiceId id, TenantId tenant, String name, CompositeDefinition definition,
            Money price) {
        return new Service(id, tenant, name, List.of(), definition.totalDuration(), price, Duration.ZERO,
                DEFAULT_BUFFER_AFTER, DEFAULT_SLOT_INTERVAL, Optional.of(definition), PolicyOverride.none(), true);
    }

    public boolean isComposite() {
        return composite.isPresent();
    }

    /** The work segments; a plain service has one segment keyed {@code main}. */
    public List<WorkSegment> segments() {
        return composite.map(CompositeDefinition::segments)
                .orElseGet(() -> List.of(new WorkSegment("main", name, duration, Set.of(), staffCount)));
    }

    public Service withBuffers(Duration before, Duration after) {
        return new Service(id, tenant, name, aliases, duration, price, before, after, slotInterval, composite, policy,
                active, resources, staffCount, grid, maxPerDay);
    }

    public Service withSlotInterval(Duration interval) {
        return new Service(id, tenant, name, aliases, duration, price, bufferBefore, bufferAfter, interval, composite,
                policy, active, resources, staffCount, grid, maxPerDay);
    }

    public Service withAliases(List<String> newAliases) {
        return new Service(id, tenant, name, newAliases, duration, price, bufferBefore, bufferAfter, slotInterval,
                composite, policy, active, resources, staffCount, grid, maxPerDay);
    }

    public Service withPolicy(PolicyOverride override) {
        return new Service(id, tenant, name, aliases, duration, price, bufferBefore, bufferAfter, slotInterval,
                composite, override, active, resources, staffCount, grid, maxPerDay);
    }

    /** This service taking {@code needs} (replacing any it had). */
    public Service withResources(List<ResourceNeed> needs) {
        return new Service(id, tenant, name, aliases, duration, price, bufferBefore, bufferAfter, slotInterval,
                composite, policy, active, needs, staffCount, grid, maxPerDay);
    }

    /** This plain service done by {@code count} staff at the same time. */
    public Service withStaffCount(int count) {
        return new Service(id, tenant, name, aliases, duration, price, bufferBefore, bufferAfter, slotInterval,
                composite, policy, active, resources, count, grid, maxPerDay);
    }

    /**
     * This service with its starts on {@code newGrid} every {@code interval}; with {@link SlotGrid#FREE_RANGE} the
     * interval need not divide a day (a 50-minute service every 50 minutes).
     */
    public Service withGrid(SlotGrid newGrid, Duration interval) {
        return new Service(id, tenant, name, aliases, duration, price, bufferBefore, bufferAfter, interval,
                composite, policy, active, resources, staffCount, newGrid, maxPerDay);
    }

    /** This service booked at most {@code max} times per local day in a branch. */
    public Service withMaxPerDay(int max) {
        return new Service(id, tenant, name, aliases, duration, price, bufferBefore, bufferAfter, slotInterval,
                composite, policy, active, resources, staffCount, grid, Optional.of(max));
    }

    /**
     * The limits a search for this service applies under the company's {@code limits}: the company's, with this
     * service's own daily maximum where it has one.
     */
    public BookingLimits limitsUnder(BookingLimits limits) {
        return maxPerDay.map(limits::withServiceAppointmentsPerDay).orElse(limits);
    }
}
