package dev.termin.booking.domain.appointment;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The calendar-sync state of an appointment: status, attempts so far, last error, whether a person must look at
 * it, when it was last tried, and the external bookings made. Immutable.
 */
public record SyncState(
        SyncStatus status,
        int attempts,
        Optional<String> lastError,
        boolean manualReview,
        Optional<Instant> lastAttemptAt,
        List<ExternalRef> externalRefs) {

    public SyncState {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(lastAttemptAt, "lastAttemptAt");
        externalRefs = List.copyOf(externalRefs);
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must not be negative");
        }
        lastError = lastError.map(e -> e.length() > 1000 ? e.substring(0, 1000) : e);
    }

    public static SyncState pending() {
        return new SyncState(SyncStatus.PENDING, 0, Optional.empty(), false, Optional.empty(), List.of());
    }

    public static SyncState notRequired() {
        return new SyncState(SyncStatus.NOT_REQUIRED, 0, Optional.empty(), false, Optional.empty(), List.of());
    }

    public SyncState synced(List<ExternalRef> refs, Instant at) {
        return new SyncState(SyncStatus.SYNCED, attempts + 1, Optional.empty(), false, Optional.of(at), refs);
    }

    /** A failed attempt; the status stays pending while retries remain. */
    public SyncState attemptFailed(String error, Instant at, boolean lastAttempt) {
        return new SyncState(lastAttempt ? SyncStatus.FAILED : SyncStatus.PENDING, attempts + 1,
                Optional.of(error), lastAttempt, Optional.of(at), externalRefs);
    }

    /** Work to push again (after a cancel or reschedule), keeping the known external bookings. */
    public SyncState repush() {
        return new SyncState(SyncStatus.PENDING, 0, lastError, manualReview, lastAttemptAt, externalRefs);
    }
}
