package dev.termin.booking.application.service;

import dev.termin.booking.application.port.in.CustomerDataUseCase;
import dev.termin.booking.application.port.out.AppointmentRepository;
import dev.termin.booking.application.port.out.Transactions;
import dev.termin.booking.application.port.out.WaitlistRepository;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.customer.Customer;
import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.result.Result;
import dev.termin.booking.domain.waitlist.WaitlistEntry;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Export and erasure of a customer's data on the appointment and waitlist ports; an erasure is one transaction.
 * Thread-safe.
 */
final class CustomerDataService implements CustomerDataUseCase {

    private final AppointmentRepository appointments;
    private final WaitlistRepository waitlist;
    private final Transactions transactions;
    private final Clock clock;

    CustomerDataService(AppointmentRepository appointments, WaitlistRepository waitlist, Transactions transactions,
            Clock clock) {
        this.appointments = appointments;
        this.waitlist = waitlist;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Result<CustomerData> exportCustomer(TenantId tenant, ContactLookup customer) {
        CustomerData data = find(tenant, customer);
        return data.appointments().isEmpty() && data.waitlist().isEmpty()
                ? Result.failure(ErrorCode.NOT_FOUND, "No data is stored for this customer.") : Result.ok(data);
    }

    @Override
    public Result<Erasure> eraseCustomer(TenantId tenant, ContactLookup customer) {
        return transactions.inTransaction(() -> {
            CustomerData data = find(tenant, customer);
            data.appointments().forEach(a -> appointments.update(a.anonymised(clock.instant())));
            data.waitlist().forEach(e -> waitlist.save(e.anonymised()));
            return Result.ok(new Erasure(data.appointments().size(), data.waitlist().size()));
        });
    }

    private CustomerData find(TenantId tenant, ContactLookup customer) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(customer, "customer");
        List<Appointment> found = appointments.findByContact(tenant, customer.phone(), customer.email());
        List<WaitlistEntry> entries = waitlist.listOpen(tenant, Optional.empty()).stream()
                .filter(e -> matches(e.customer(), customer)).toList();
        return new CustomerData(found, entries);
    }

    private static boolean matches(Customer c, ContactLookup lookup) {
        return (lookup.phone().isPresent() && c.phone().equals(lookup.phone()))
                || (lookup.email().isPresent() && c.email().equals(lookup.email()));
    }
}
