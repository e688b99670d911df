package dev.termin.booking.application.port.in;

import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.customer.EmailAddress;
import dev.termin.booking.domain.customer.PhoneNumber;
import dev.termin.booking.domain.result.Result;
import dev.termin.booking.domain.waitlist.WaitlistEntry;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer's personal data as the GDPR asks for it: everything stored about a phone number or e-mail address
 * (export), and its erasure, which keeps the appointments (the salon's books) but replaces the customer with
 * {@link dev.termin.booking.domain.customer.Customer#erased()} and removes notes. Who may do this is decided by the
 * caller of the use case ({@code export_erase_customer}, the owner).
 */
public interface CustomerDataUseCase {

    /** Identifies a customer by phone number, e-mail address, or both (either matches). */
    record ContactLookup(Optional<PhoneNumber> phone, Optional<EmailAddress> email) {
        public ContactLookup {
            Objects.requireNonNull(phone, "phone");
            Objects.requireNonNull(email, "email");
            if (phone.isEmpty() && email.isEmpty()) {
                throw new IllegalArgumentException("a phone number or an e-mail address is needed");
            }
        }
    }

    /** Everything stored about one customer. */
    record CustomerData(List<Appointment> appointments, List<WaitlistEntry> waitlist) {
        public CustomerData {
            appointments = List.copyOf(appointments);
            waitlist = List.copyOf(waitlist);
        }
    }

    /** How many records were anonymised. */
    record Erasure(int appointments, int waitlistEntries) {
    }

    /** The customer's appointments (any status) and open waitlist entries; {@code not_found} when there are none. */
    Result<CustomerData> exportCustomer(TenantId tenant, ContactLookup customer);

    /** Anonymises the customer's appointments and removes and anonymises their open waitlist entries. */
    Result<Erasure> eraseCustomer(TenantId tenant, ContactLookup customer);
}
