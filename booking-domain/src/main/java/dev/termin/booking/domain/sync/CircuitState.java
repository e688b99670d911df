package dev.termin.booking.domain.sync;

/** The state of the circuit breaker in front of an external dependency, as reported to health checks. */
public enum CircuitState {
    CLOSED, OPEN, HALF_OPEN, NOT_CONFIGURED
}
