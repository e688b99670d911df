package dev.termin.booking.application.port.out;

/** A webhook endpoint gave no HTTP answer: connection refused, timeout, TLS failure. Retried with backoff. */
public class WebhookUnreachableException extends InfrastructureException {

    private static final long serialVersionUID = 1L;

    public WebhookUnreachableException(String message) {
        super(message);
    }

    public WebhookUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
