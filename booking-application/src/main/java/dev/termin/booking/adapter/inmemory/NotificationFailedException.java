package dev.termin.booking.adapter.inmemory;

import dev.termin.booking.application.port.out.InfrastructureException;

/** A notification could not be delivered; the outbox worker retries it later. */
public class NotificationFailedException extends InfrastructureException {

    public NotificationFailedException(String message) {
        super(message);
    }

    public NotificationFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
