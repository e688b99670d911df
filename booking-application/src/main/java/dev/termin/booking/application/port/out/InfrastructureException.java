package dev.termin.booking.application.port.out;

/**
 * Root of the unchecked exceptions an outbound port throws when its infrastructure fails (a database, Redis,
 * the network). Expected business outcomes are never exceptions; they are results.
 */
public abstract class InfrastructureException extends RuntimeException {

    protected InfrastructureException(String message, Throwable cause) {
        super(message, cause);
    }

    protected InfrastructureException(String message) {
        super(message);
    }
}
