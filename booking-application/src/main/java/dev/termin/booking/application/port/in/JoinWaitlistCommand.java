package dev.termin.booking.application.port.in;

import dev.termin.booking.domain.customer.Customer;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.time.LocalTimeWindow;
import dev.termin.booking.domain.waitlist.WaitlistFlexibility;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Put a customer on the waitlist for a service; {@code flexibility} says whether another staff member or a compatible
 * service will do, {@code bookingPage} is the booking page path the customer joined from (if any). Immutable.
 */
public record JoinWaitlistCommand(TenantId tenant, BranchId branch, ServiceId service, Optional<StaffId> staff,
        Customer customer, LocalDate firstDay, LocalDate lastDay, Set<DayOfWeek> weekdays,
        List<LocalTimeWindow> times, int priority, WaitlistFlexibility flexibility, Optional<String> bookingPage) {

    /** Exactly the service and staff member asked for, from no booking page. */
    public JoinWaitlistCommand(TenantId tenant, BranchId branch, ServiceId service, Optional<StaffId> staff,
            Customer customer, LocalDate firstDay, LocalDate lastDay, Set<DayOfWeek> weekdays,
            List<LocalTimeWindow> times, int priority) {
        this(tenant, branch, service, staff, customer, firstDay, lastDay, weekdays, times, priority,
                WaitlistFlexibility.NONE, Optional.empty());
    }

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
        Objects.requireNonNull(flexibility, "flexibility");
        Objects.requireNonNull(bookingPage, "bookingPage");
    }
}
