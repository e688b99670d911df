package dev.termin.booking.adapter.mail;

/**
 * The SMTP server refused the customer's address for good (a 5xx reply to RCPT TO, such as 550 "no such user"), or
 * the address cannot be written as an Internet address: sending again will fail the same way. It is still an
 * {@link dev.termin.booking.application.port.out.InfrastructureException}, so the outbox treats it like any failed
 * send (retries until its attempt limit, then parks the message for review); a caller that wants to give up at
 * once checks {@link #permanent()}. The message names the SMTP reply code, never the address.
 */
public class RecipientRejectedException extends MailDeliveryException {

    private final int replyCode;

    public RecipientRejectedException(String message, int replyCode, Throwable cause) {
        super(message, cause);
        this.replyCode = replyCode;
    }

    /** The SMTP reply code, e.g. 550; 0 when the address was refused before reaching the server. */
    public int replyCode() {
        return replyCode;
    }

    @Override
    public boolean permanent() {
        return true;
    }
}
