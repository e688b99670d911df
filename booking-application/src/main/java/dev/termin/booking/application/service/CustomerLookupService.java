package dev.termin.booking.application.service;

import dev.termin.booking.application.port.in.CustomerLookupUseCase;
import dev.termin.booking.application.port.out.AppointmentRepository;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.Attendance;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.customer.Customer;
import dev.termin.booking.domain.customer.PhoneNumber;
import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.result.Result;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds a customer by phone number through the appointment store's contact query (indexed by tenant and number, so
 * the tenant's other customers are never read). Thread-safe.
 */
final class CustomerLookupService implements CustomerLookupUseCase {

    private final AppointmentRepository appointments;

    CustomerLookupService(AppointmentRepository appointments) {
        this.appointments = appointments;
    }

    @Override
    public Result<CustomerHistory> byPhone(TenantId tenant, PhoneNumber phone) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(phone, "phone");
        List<Appointment> found = appointments.findByContact(tenant, Optional.of(phone), Optional.empty()).stream()
                .sorted(Comparator.comparing((Appointment a) -> a.interval().start()).reversed()).toList();
        if (found.isEmpty()) {
            return Result.failure(ErrorCode.NOT_FOUND, "No appointment has this phone number.");
        }
        // The latest appointment carries the name and address the customer gave most recently.
        Customer latest = found.get(0).customer();
        Customer byPhone = new Customer(latest.name(), Optional.of(phone), latest.email());
        return Result.ok(new CustomerHistory(byPhone, found, Attendance.noShows(found,
                new Customer(latest.name(), Optional.of(phone), Optional.empty()))));
    }
}
