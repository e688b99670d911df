package dev.termin.booking.adapter.redis;

import dev.termin.booking.application.port.out.InfrastructureException;

/**
 * Redis could not answer a call: it is unreachable, timed out, refused the command, or the circuit breaker in front
 * of it is open and the call was not attempted. The engine treats it like any {@link InfrastructureException} and
 * relies on the database instead. Immutable once thrown.
 */
public final class RedisUnavailableException extends InfrastructureException {

    private final boolean circuitOpen;

    /** A failed call; {@code cause} is the client's exception. */
    public RedisUnavailableException(String message, Throwable cause) {
        this(message, cause, false);
    }

    /** A failed call, or with {@code circuitOpen} one refused by the open circuit breaker without trying. */
    public RedisUnavailableException(String message, Throwable cause, boolean circuitOpen) {
        super(message, cause);
        this.circuitOpen = circuitOpen;
    }

    /** True if the call was refused by the open circuit breaker without reaching Redis. */
    public boolean isCircuitOpen() {
        return circuitOpen;
    }
}
