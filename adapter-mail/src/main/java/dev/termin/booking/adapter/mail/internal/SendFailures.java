package dev.termin.booking.adapter.mail.internal;

import dev.termin.booking.adapter.mail.MailDeliveryException;
import dev.termin.booking.adapter.mail.RecipientRejectedException;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import java.io.IOException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;

/**
 * Tells a failure that sending again could fix (server down, timeout, 4xx reply, refused login) from one it cannot
 * (a 5xx reply to the customer's address, an address that is not an Internet address). Stateless.
 */
public final class SendFailures {

    private SendFailures() {
    }

    public static MailDeliveryException classify(String what, Exception failure) {
        for (Throwable t = failure; t != null; t = next(t)) {
            if (t instanceof SMTPAddressFailedException refused && refused.getReturnCode() >= 500) {
                return new RecipientRejectedException(what + ": recipient refused with SMTP "
                        + refused.getReturnCode(), refused.getReturnCode(), failure);
            }
            if (t instanceof AddressException) {
                return new RecipientRejectedException(what + ": recipient is not an Internet address", 0, failure);
            }
        }
        return new MailDeliveryException(what + ": " + describe(failure), failure);
    }

    /**
     * The failure's kind, and the network error's words ("Connection refused", "Read timed out"). SMTP replies are
     * left out: servers echo the addresses in them, and this text ends up in logs.
     */
    private static String describe(Exception failure) {
        Throwable root = failure;
        while (next(root) != null) {
            root = next(root);
        }
        String kind = failure.getClass().getSimpleName();
        if (root == failure) {
            return kind;
        }
        return kind + " (" + root.getClass().getSimpleName()
                + (root instanceof IOException && root.getMessage() != null ? ": " + root.getMessage() : "") + ")";
    }

    private static Throwable next(Throwable t) {
        if (t instanceof MessagingException m && m.getNextException() != null) {
            return m.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }
}
