package dev.termin.booking.adapter.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.adapter.mail.MailDeliveryException;
import dev.termin.booking.adapter.mail.RecipientRejectedException;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.junit.jupiter.api.Test;

class SendFailuresTest {

    private static final InternetAddress ERIKA = address();

    private static InternetAddress address() {
        try {
            return new InternetAddress("erika@example.org");
        } catch (AddressException e) {
            throw new AssertionError(e);
        }
    }

    private static SendFailedException refused(int code) {
        SMTPAddressFailedException refusal = new SMTPAddressFailedException(ERIKA, "RCPT TO:<erika@example.org>",
                code, code + " 5.1.1 <erika@example.org>: user unknown");
        return new SendFailedException("Invalid Addresses", refusal, new Address[0], new Address[0],
                new Address[] {ERIKA});
    }

    @Test
    void a5xxRefusalOfTheRecipient_isPermanent_andKeepsItsReplyCode_butNotTheAddress() {
        MailDeliveryException e = SendFailures.classify("mail booking_confirmation", refused(550));

        assertThat(e).isInstanceOf(RecipientRejectedException.class);
        assertThat(e.permanent()).isTrue();
        assertThat(((RecipientRejectedException) e).replyCode()).isEqualTo(550);
        assertThat(e.getMessage()).contains("550").doesNotContain("erika");
    }

    @Test
    void a4xxRefusalOfTheRecipient_isRetryable() {
        MailDeliveryException e = SendFailures.classify("mail", refused(450));

        assertThat(e).isNotInstanceOf(RecipientRejectedException.class);
        assertThat(e.permanent()).isFalse();
        assertThat(e.getMessage()).doesNotContain("erika");
    }

    @Test
    void anAddressThatIsNotAnInternetAddress_isPermanent() {
        MailDeliveryException e = SendFailures.classify("mail", new AddressException("Illegal address", "a<b@c.d"));

        assertThat(e.permanent()).isTrue();
        assertThat(e.getMessage()).doesNotContain("a<b@c.d");
    }

    @Test
    void aNetworkFailure_isRetryable_andNamesTheNetworkError() {
        MailDeliveryException e = SendFailures.classify("mail",
                new MessagingException("Couldn't connect to host", new ConnectException("Connection refused")));

        assertThat(e.permanent()).isFalse();
        assertThat(e.getMessage()).isEqualTo("mail: MessagingException (ConnectException: Connection refused)");
    }
}
