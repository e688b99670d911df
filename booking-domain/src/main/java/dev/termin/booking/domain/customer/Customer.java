package dev.termin.booking.domain.customer;

import dev.termin.booking.domain.Checks;
import java.util.Objects;
import java.util.Optional;

/** The person an appointment is for: a name and at least one way to reach them. Immutable. */
public record Customer(String name, Optional<PhoneNumber> phone, Optional<EmailAddress> email) {

    public Customer {
        name = Checks.text(name, "name", 1, 200);
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(email, "email");
        if (phone.isEmpty() && email.isEmpty()) {
            throw new IllegalArgumentException("a customer needs a phone number or an e-mail address");
        }
    }

    /**
     * What is left of a customer whose data was erased: no name, no phone, and an address in the reserved
     * {@code .invalid} domain (a customer needs one contact; this one never reaches anybody).
     */
    public static Customer erased() {
        return new Customer("(erased)", Optional.empty(), Optional.of(new EmailAddress("erased@erased.invalid")));
    }

    public static Customer withPhone(String name, String e164) {
        return new Customer(name, Optional.of(new PhoneNumber(e164)), Optional.empty());
    }

    @Override
    public String toString() {
        return "Customer[" + name.charAt(0) + "…]";
    }
}
