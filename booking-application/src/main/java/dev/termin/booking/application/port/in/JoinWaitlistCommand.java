package dev.termin.booking.application.port.in;

import dev.termin.booking.domain.customer.Customer;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.time.LocalTimeWindow;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Put a customer on the waitlist for a service. Immutable. */
public record JoinWaitlistCommand(TenantId tenant, BranchId branch, ServiceId service, Optional<StaffId> staff,
        Customer customer, LocalDate firstDay, LocalDate lastDay, Set<DayOfWeek> weekdays,
        List<LocalTimeWindow> times, int priority) {

    public JoinWaitlistCommand {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        weekdays = Set.copyOf(weekdays);
        times = List.copyOf(times);
    }
}
