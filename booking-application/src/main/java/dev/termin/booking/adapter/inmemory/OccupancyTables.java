package dev.termin.booking.adapter.inmemory;

import dev.termin.booking.application.port.out.SlotConflictException;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.ResourceType;
import dev.termin.booking.domain.catalogue.ResourceTypeId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.hold.Hold;
import dev.termin.booking.domain.hold.HoldStatus;
import dev.termin.booking.domain.appointment.HoldToken;
import dev.termin.booking.domain.slot.Occupancy;
import dev.termin.booking.domain.slot.ResourceOccupancy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * The appointments and holds of one in-memory storage with the occupancy check they share: no exclusive
 * occupancy may overlap an exclusive occupancy of the same tenant and staff member of an active appointment or of
 * an active hold not expired at the time of the check; and at no instant may the resource units that active
 * appointments and unexpired holds of a branch take of one type add up to more than the type's count (a type the
 * branch does not have has no units). Every compound write holds {@link #lock}.
 */
final class OccupancyTables {

    /** Held by every write of appointments or holds (check and write together), and by their undo. */
    final Object lock = new Object();

    final TenantTable<AppointmentId, Appointment> appointments;
    final TenantTable<HoldToken, Hold> holds;

    /** Active holds by expiry, for {@link InMemoryHoldRepository#expireDue}; guarded by {@link #lock}. */
    private final TreeSet<ActiveHold> activeByExpiry = new TreeSet<>(ActiveHold.ORDER);
    private final Map<TenantKey<HoldToken>, ActiveHold> activeByKey = new HashMap<>();

    /** The resource types of a branch, from the catalogue of the same storage. */
    private final BiFunction<TenantId, BranchId, List<ResourceType>> resourceTypes;

    OccupancyTables(InMemoryTransactions transactions,
            BiFunction<TenantId, BranchId, List<ResourceType>> resourceTypes) {
        this.resourceTypes = resourceTypes;
        this.appointments = new TenantTable<>(transactions, lock, (tenant, id, current) -> {
        });
        this.holds = new TenantTable<>(transactions, lock, this::indexHold);
    }

    /**
     * Refuses {@code occupancies} if one of its exclusive occupancies overlaps an exclusive one of the same staff
     * member of another active appointment or another hold active at {@code now}. Occupancies of the row being
     * written ({@code self}) are ignored. Call with {@link #lock} held.
     *
     * @throws SlotConflictException on the first conflict
     */
    void checkFree(TenantId tenant, List<Occupancy> occupancies, Instant now, Object self) {
        List<Occupancy> exclusive = occupancies.stream().filter(o -> o.kind().isExclusive()).toList();
        if (exclusive.isEmpty()) {
            return;
        }
        for (Appointment other : appointments.all(tenant)) {
            if (other.isActive() && !other.id().equals(self)) {
                refuseOverlap(exclusive, other.occupancies(), "appointment " + other.id());
            }
        }
        for (Hold other : holds.all(tenant)) {
            if (other.isActiveAt(now) && !other.token().equals(self)) {
                refuseOverlap(exclusive, other.occupancies(), "hold " + other.token());
            }
        }
    }

    /**
     * Refuses {@code resources} of a booking in {@code branch} if, at some instant, they and the units taken by
     * other active appointments and holds active at {@code now} exceed a type's count. Call with {@link #lock}
     * held.
     *
     * @throws SlotConflictException on the first over-use
     */
    void checkResources(TenantId tenant, BranchId branch, List<ResourceOccupancy> resources, Instant now,
            Object self) {
        if (resources.isEmpty()) {
            return;
        }
        Map<ResourceTypeId, Integer> counts = new HashMap<>();
        resourceTypes.apply(tenant, branch).forEach(t -> counts.put(t.id(), t.count()));
        List<ResourceOccupancy> taken = new ArrayList<>();
        for (Appointment other : appointments.all(tenant)) {
            if (other.branch().equals(branch) && !other.id().equals(self)) {
                taken.addAll(other.activeResources());
            }
        }
        for (Hold other : holds.all(tenant)) {
            if (other.branch().equals(branch) && other.isActiveAt(now) && !other.token().equals(self)) {
                taken.addAll(other.resources());
            }
        }
        taken.addAll(resources);
        for (ResourceOccupancy ours : resources) {
            int count = counts.getOrDefault(ours.type(), 0);
            // the peak use inside our interval lies at the start of one of the overlapping uses (or of ours)
            for (ResourceOccupancy at : taken) {
                if (!at.type().equals(ours.type()) || !at.interval().overlaps(ours.interval())) {
                    continue;
                }
                Instant t = at.interval().start().isAfter(ours.interval().start()) ? at.interval().start()
                        : ours.interval().start();
                int used = taken.stream().filter(u -> u.type().equals(ours.type()) && u.interval().contains(t))
                        .mapToInt(ResourceOccupancy::units).sum();
                if (used > count) {
                    throw new SlotConflictException(used + " units of " + ours.type() + " would be in use at " + t
                            + " (" + count + " exist)");
                }
            }
        }
    }

    private static void refuseOverlap(List<Occupancy> exclusive, List<Occupancy> existing, String owner) {
        for (Occupancy theirs : existing) {
            if (!theirs.kind().isExclusive()) {
                continue;
            }
            for (Occupancy ours : exclusive) {
                if (ours.staff().equals(theirs.staff()) && ours.interval().overlaps(theirs.interval())) {
                    throw new SlotConflictException("staff " + ours.staff() + " is occupied at "
                            + theirs.interval() + " by " + owner);
                }
            }
        }
    }

    /** Up to {@code limit} active holds whose expiry is at or before {@code now}, earliest first. Under the lock. */
    List<TenantKey<HoldToken>> activeHoldsDue(Instant now, int limit) {
        List<TenantKey<HoldToken>> due = new ArrayList<>();
        for (ActiveHold a : activeByExpiry) {
            if (due.size() >= limit || a.expiresAt().isAfter(now)) {
                break;
            }
            due.add(new TenantKey<>(a.tenant(), a.token()));
        }
        return due;
    }

    private void indexHold(TenantId tenant, HoldToken token, Hold current) {
        TenantKey<HoldToken> key = new TenantKey<>(tenant, token);
        ActiveHold old = activeByKey.remove(key);
        if (old != null) {
            activeByExpiry.remove(old);
        }
        if (current != null && current.status() == HoldStatus.ACTIVE) {
            ActiveHold entry = new ActiveHold(current.expiresAt(), tenant, token);
            activeByKey.put(key, entry);
            activeByExpiry.add(entry);
        }
    }

    /** An entry of the expiry index. */
    private record ActiveHold(Instant expiresAt, TenantId tenant, HoldToken token) {
        static final Comparator<ActiveHold> ORDER = Comparator.comparing(ActiveHold::expiresAt)
                .thenComparing(ActiveHold::tenant)
                .thenComparing(a -> a.token().value());
    }
}
