package dev.termin.booking.application.port.out.contract;

import static dev.termin.booking.application.port.out.contract.ContractFixtures.randomId;
import static dev.termin.booking.application.port.out.contract.ContractFixtures.randomTenant;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.termin.booking.application.port.out.Notification;
import dev.termin.booking.application.port.out.Notifier;
import dev.termin.booking.domain.customer.Customer;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link Notifier}: a healthy notifier delivers every kind of notification without failing, and one to a
 * customer it has no channel for (an e-mail notifier and a customer with only a phone number) is not an error.
 */
public abstract class AbstractNotifierTest {

    /** A healthy notifier under test; called once per test. */
    protected abstract Notifier notifier();

    @Test
    void aConfirmationWithCalendarInvite_isSent() {
        Notification confirmation = NotificationFixtures.withInvite(randomTenant(),
                Notification.Kind.BOOKING_CONFIRMATION, ContractFixtures.customer(), randomId("corr"));

        assertThatCode(() -> notifier().send(confirmation)).doesNotThrowAnyException();
    }

    @Test
    void everyKind_isSent_toACustomerWithPhoneOnly() {
        Notifier notifier = notifier();
        for (Notification.Kind kind : Notification.Kind.values()) {
            Notification n = NotificationFixtures.withInvite(randomTenant(), kind,
                    Customer.withPhone("Ben", "+491701234567"), randomId("corr"));

            assertThatCode(() -> notifier.send(n)).doesNotThrowAnyException();
        }
    }
}
