package dev.termin.booking.adapter.mail;

import dev.termin.booking.application.port.out.InfrastructureException;

/**
 * A message could not be handed to the SMTP server: it was unreachable, timed out, refused the login or the message
 * for the time being. The outbox retries the notification later. See {@link RecipientRejectedException} for the
 * case a retry cannot fix.
 */
public class MailDeliveryException extends InfrastructureException {

    public MailDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Whether sending the same message again can never succeed; false here. */
    public boolean permanent() {
        return false;
    }
}
