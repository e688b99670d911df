package dev.termin.booking.domain.catalogue;

import dev.termin.booking.domain.Checks;
import dev.termin.booking.domain.calendar.StaffDateException;
import dev.termin.booking.domain.calendar.TimeOff;
import dev.termin.booking.domain.time.IntervalSet;
import dev.termin.booking.domain.time.WeeklyHours;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A staff member of a branch: the services they perform, spoken aliases (for the phone assistant), weekly
 * working hours, recurring breaks, time off and date exceptions (at most one per date; default none). Immutable.
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
        boolean active,
        List<StaffDateException> dateExceptions) {

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
        dateExceptions = List.copyOf(Objects.requireNonNull(dateExceptions, "dateExceptions"));
        Set<LocalDate> dates = new HashSet<>();
        for (StaffDateException e : dateExceptions) {
            if (!dates.add(e.date())) {
                throw new IllegalArgumentException("two date exceptions for " + e.date());
            }
        }
    }

    /** A staff member without date exceptions. */
    public Staff(StaffId id, TenantId tenant, BranchId branch, String name, List<String> aliases,
            Set<ServiceId> services, WeeklyHours workingHours, WeeklyHours breaks, List<TimeOff> timeOff,
            boolean active) {
        this(id, tenant, branch, name, aliases, services, workingHours, breaks, timeOff, active, List.of());
    }

    /** The instants worked from {@code from} to {@code to} (inclusive): weekly hours with date exceptions applied. */
    public IntervalSet workingTime(LocalDate from, LocalDate to, ZoneId zone) {
        return StaffDateException.workingTime(workingHours, dateExceptions, from, to, zone);
    }

    public boolean performs(ServiceId service) {
        return active && services.contains(service);
    }

    public Staff withTimeOff(List<TimeOff> newTimeOff) {
        return new Staff(id, tenant, branch, name, aliases, services, workingHours, breaks, newTimeOff, active,
                dateExceptions);
    }

    public Staff withDateExceptions(List<StaffDateException> exceptions) {
        return new Staff(id, tenant, branch, name, aliases, services, workingHours, breaks, timeOff, active,
                exceptions);
    }
}
