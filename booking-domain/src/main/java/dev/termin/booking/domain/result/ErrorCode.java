package dev.termin.booking.domain.result;

import java.util.Locale;

/**
 * Stable failure codes. Their lowercase {@link #code()} is part of the public API (HTTP problem details, logs,
 * the phone assistant) and never changes meaning.
 */
public enum ErrorCode {
    /** The time is not bookable (taken, held by another caller, closed, …). */
    SLOT_UNAVAILABLE,
    /** The caller's hold has expired; check availability again. */
    RESERVATION_EXPIRED,
    /** No hold with that token exists (or it belongs to another tenant). */
    RESERVATION_NOT_FOUND,
    /** The hold belongs to another owner (another call or session). */
    RESERVATION_OWNER_MISMATCH,
    /** A booking rule (notice, deadline, reschedule limit) forbids the request. */
    POLICY_VIOLATION,
    /** A value is malformed or out of range. */
    INVALID_DATA,
    /** A required value is missing. */
    MISSING_REQUIRED_FIELD,
    /** The referenced entity does not exist for this tenant. */
    NOT_FOUND,
    /** The idempotency key was used before with a different request. */
    IDEMPOTENCY_CONFLICT,
    /** A request with the same idempotency key is still being processed. */
    IDEMPOTENCY_IN_FLIGHT,
    /** A dependency (external calendar, database) is unavailable. */
    SERVICE_UNAVAILABLE,
    /** Missing or invalid credentials. */
    UNAUTHORIZED,
    /** Valid credentials whose role or tenant does not allow the request. */
    FORBIDDEN,
    /** Too many requests for this key. */
    RATE_LIMITED,
    /** The request conflicts with the current state (for example cancelling a cancelled appointment). */
    INVALID_STATE,
    /** Anything unexpected; details are in the logs under the correlation id. */
    GENERAL_ERROR;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
