package dev.termin.booking.domain.catalogue;

import dev.termin.booking.domain.Checks;
import dev.termin.booking.domain.calendar.TimeOff;
import dev.termin.booking.domain.time.WeeklyHours;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A staff member of a branch: the services they perform, spoken aliases (for the phone assistant), weekly
 * working hours, recurring breaks and time off. Immutable.
 */
public record Staff(
        StaffId id,
        TenantId tenant,
        BranchId branch,
        String name,
        List<String> aliases,
        Set<ServiceId> services,
        WeeklyHours workingHours,
        WeeklyHours breaks,
        List<TimeOff> timeOff,
        boolean active) {

    public Staff {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(branch, "branch");
        name = Checks.text(name, "name", 1, 200);
        aliases = Objects.requireNonNull(aliases, "aliases").stream()
                .map(a -> Checks.text(a, "alias", 1, 100)).toList();
        services = Set.copyOf(Objects.requireNonNull(services, "services"));
        Objects.requireNonNull(workingHours, "workingHours");
        Objects.requireNonNull(breaks, "breaks");
        timeOff = List.copyOf(Objects.requireNonNull(timeOff, "timeOff"));
    }

    public boolean performs(ServiceId service) {
        return active && services.contains(service);
    }

    public Staff withTimeOff(List<TimeOff> newTimeOff) {
        return new Staff(id, tenant, branch, name, aliases, services, workingHours, breaks, newTimeOff, active);
    }
}
