package dev.termin.booking.domain.access;

/** Whether an API key is accepted at a given time. */
public enum KeyStatus {
    ACTIVE,
    /** Past its expiry. */
    EXPIRED,
    /** Revoked by an owner or the operator; final. */
    REVOKED
}
