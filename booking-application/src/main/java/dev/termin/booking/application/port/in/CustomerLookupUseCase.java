package dev.termin.booking.application.port.in;

import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.customer.Customer;
import dev.termin.booking.domain.customer.PhoneNumber;
import dev.termin.booking.domain.result.Result;
import java.util.List;
import java.util.Objects;

/**
 * Incoming port for finding a known customer by phone number, as the front desk does while booking and the phone
 * assistant does for its caller: the customer as last booked, their appointments and how often they did not come.
 * Who may see it is decided by the caller of the use case (customers' contact details are personal data).
 */
public interface CustomerLookupUseCase {

    /**
     * A known customer.
     *
     * @param customer name, phone number and e-mail address as given on the latest appointment
     * @param appointments every appointment with this phone number (any status), latest start first
     * @param noShows how many of them were marked no-show
     */
    record CustomerHistory(Customer customer, List<Appointment> appointments, long noShows) {
        public CustomerHistory {
            Objects.requireNonNull(customer, "customer");
            appointments = List.copyOf(appointments);
            if (appointments.isEmpty()) {
                throw new IllegalArgumentException("a known customer has at least one appointment");
            }
            if (noShows < 0 || noShows > appointments.size()) {
                throw new IllegalArgumentException("noShows must be between 0 and the number of appointments");
            }
        }
    }

    /** The customer with this phone number; {@code not_found} when no appointment of the tenant has it. */
    Result<CustomerHistory> byPhone(TenantId tenant, PhoneNumber phone);
}
