package dev.termin.booking.domain.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termin.booking.domain.customer.Customer;
import dev.termin.booking.domain.customer.EmailAddress;
import dev.termin.booking.domain.customer.PhoneNumber;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CustomerTest {

    @ParameterizedTest
    @CsvSource({
        "0151 2345678, +491512345678",
        "+49 151 2345678, +491512345678",
        "0049-151-2345678, +491512345678",
        "(0151) 234 56 78, +491512345678",
        "+491234567890, +491234567890",
        "030/1234567, +49301234567"})
    void spokenOrTypedNumbersAreNormalisedToE164(String raw, String e164) {
        assertThat(PhoneNumber.parse(raw, "49")).contains(new PhoneNumber(e164));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "12", "+0151234567", "0151 23x45678"})
    void implausibleNumbersAreRejected(String raw) {
        assertThat(PhoneNumber.parse(raw, "49")).isEmpty();
    }

    @Test
    void personalDataIsMaskedInToString() {
        PhoneNumber phone = new PhoneNumber("+491512345678");
        EmailAddress email = new EmailAddress("anna.becker@example.org");
        Customer c = new Customer("Anna Becker", Optional.of(phone), Optional.of(email));
        assertThat(phone.toString()).doesNotContain("1512345").endsWith("678");
        assertThat(email.toString()).doesNotContain("anna.becker");
        assertThat(c.toString()).doesNotContain("Becker").doesNotContain("151");
    }

    @Test
    void aCustomerNeedsANameAndAWayToReachThem() {
        assertThatThrownBy(() -> new Customer("Anna", Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Customer.withPhone(" ", "+491512345678")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EmailAddress("not-an-address")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Customer.withPhone("  Jürgen Weiß-Özdemir ", "+491512345678").name()).isEqualTo("Jürgen Weiß-Özdemir");
    }
}
