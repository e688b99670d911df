package dev.termin.booking.domain.slot;

import dev.termin.booking.domain.catalogue.Holiday;
import dev.termin.booking.domain.catalogue.Branch;
import dev.termin.booking.domain.catalogue.Service;
import dev.termin.booking.domain.catalogue.Staff;
import dev.termin.booking.domain.policy.BookingPolicy;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything slot search needs for one branch and service, as a snapshot: the branch's staff (all of them, since
 * a segment may need someone other than the chosen staff member), holidays, busy times (active appointments,
 * unexpired holds, external busy times) and the effective policy, evaluated at {@code now}. Immutable.
 */
public record AvailabilityContext(
        Branch branch,
        Service service,
        BookingPolicy policy,
        List<Staff> staff,
        List<Holiday> holidays,
        List<BusyTime> busy,
        Instant now) {

    public AvailabilityContext {
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(policy, "policy");
        staff = List.copyOf(staff);
        holidays = List.copyOf(holidays);
        busy = List.copyOf(busy);
        Objects.requireNonNull(now, "now");
    }
}
