package dev.termin.booking.domain.sync;

/**
 * The counts behind a {@link SyncHealthReport}; immutable and thread-safe. Appointments that need no sync are in
 * none of them. {@code syncedInWindow} and {@code failedInWindow} cover appointments created in the window (the
 * success rate's basis); {@code pending}, {@code failed} and {@code manualReview} cover every such appointment
 * passed in, whatever its age, with {@code stalePending} and {@code ancientFailed} their overdue parts.
 */
public record SyncCounts(
        int syncedInWindow,
        int failedInWindow,
        int pending,
        int stalePending,
        int failed,
        int ancientFailed,
        int manualReview) {

    public static final SyncCounts ZERO = new SyncCounts(0, 0, 0, 0, 0, 0, 0);

    public SyncCounts {
        if (syncedInWindow < 0 || failedInWindow < 0 || pending < 0 || stalePending < 0 || failed < 0
                || ancientFailed < 0 || manualReview < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        if (stalePending > pending) {
            throw new IllegalArgumentException("'stalePending' must not exceed 'pending'");
        }
        if (ancientFailed > failed || failedInWindow > failed) {
            throw new IllegalArgumentException("'ancientFailed' and 'failedInWindow' must not exceed 'failed'");
        }
    }

    /** Appointments created in the window whose sync has an outcome: the success rate's denominator. */
    public int attemptedInWindow() {
        return syncedInWindow + failedInWindow;
    }
}
