package dev.termin.booking.application.port.out.contract;

import static dev.termin.booking.application.port.out.contract.ContractFixtures.randomId;
import static dev.termin.booking.application.port.out.contract.ContractFixtures.randomTenant;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.termin.booking.application.port.out.Notification;
import dev.termin.booking.application.port.out.Notifier;
import dev.termin.booking.domain.customer.Customer;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Contract of {@link Notifier}: a healthy notifier delivers every kind of notification without failing. */
public abstract class AbstractNotifierTest {

    /** A healthy notifier under test; called once per test. */
    protected abstract Notifier notifier();

    @Test
    void aConfirmationWithCalendarFile_isSent() {
        Notification confirmation = new Notification(randomTenant(), Notification.Kind.BOOKING_CONFIRMATION,
                ContractFixtures.customer(), "Ihre Terminbestätigung",
                "Guten Tag, Ihr Termin am 16.04.2031 um 10:00 Uhr ist gebucht.",
                Optional.of("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n"), randomId("corr"));

        assertThatCode(() -> notifier().send(confirmation)).doesNotThrowAnyException();
    }

    @Test
    void everyKind_isSent_toACustomerWithPhoneOnly() {
        Notifier notifier = notifier();
        for (Notification.Kind kind : Notification.Kind.values()) {
            Notification n = new Notification(randomTenant(), kind, Customer.withPhone("Ben", "+491701234567"),
                    "Betreff", "Text", Optional.empty(), randomId("corr"));

            assertThatCode(() -> notifier.send(n)).doesNotThrowAnyException();
        }
    }
}
