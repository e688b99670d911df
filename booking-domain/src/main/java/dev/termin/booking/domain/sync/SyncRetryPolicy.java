package dev.termin.booking.domain.sync;

import dev.termin.booking.domain.Checks;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How often and when a failed calendar push is retried: exponential backoff from {@code baseBackoff}, doubling per
 * failed attempt and capped at {@code maxBackoff}, for at most {@code maxAttempts} attempts; immutable and
 * thread-safe. {@link #DEFAULTS}: 5 attempts, 30 s base, 30 min cap.
 *
 * <p>Deterministic on purpose: the domain must give the same answer for the same input. Random jitter, which keeps
 * many workers from retrying in lockstep, belongs to the adapter that schedules the retry.
 */
public record SyncRetryPolicy(int maxAttempts, Duration baseBackoff, Duration maxBackoff) {

    public static final SyncRetryPolicy DEFAULTS = new SyncRetryPolicy(5, Duration.ofSeconds(30),
            Duration.ofMinutes(30));

    public SyncRetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("'maxAttempts' must be at least 1");
        }
        Checks.positive(baseBackoff, "baseBackoff");
        Checks.positive(maxBackoff, "maxBackoff");
        if (maxBackoff.compareTo(baseBackoff) < 0) {
            throw new IllegalArgumentException("'maxBackoff' must not be shorter than 'baseBackoff'");
        }
    }

    /**
     * When to make the next attempt after {@code attemptsSoFar} attempts (as counted in
     * {@code SyncState.attempts()}): at once when there was none, else {@code now} plus
     * {@code baseBackoff × 2^(attemptsSoFar − 1)}, at most {@code maxBackoff}. So the defaults wait 30 s, 1, 2, 4 and
     * 8 min.
     *
     * @throws IllegalArgumentException if {@code attemptsSoFar} is negative
     * @throws IllegalStateException if no attempts are left ({@link #hasAttemptsLeft(int)} is false): the sync
     *     should have been marked failed instead
     */
    public Instant nextAttempt(int attemptsSoFar, Instant now) {
        Objects.requireNonNull(now, "now");
        requireNotNegative(attemptsSoFar);
        if (!hasAttemptsLeft(attemptsSoFar)) {
            throw new IllegalStateException("no attempts left after " + attemptsSoFar + " of " + maxAttempts);
        }
        return now.plus(backoff(attemptsSoFar));
    }

    /** The wait before the attempt that follows {@code attemptsSoFar} attempts; zero for the first. */
    public Duration backoff(int attemptsSoFar) {
        requireNotNegative(attemptsSoFar);
        if (attemptsSoFar == 0) {
            return Duration.ZERO;
        }
        // Doubling stepwise and stopping at the cap cannot overflow, whatever the number of attempts.
        Duration wait = baseBackoff;
        for (int i = 1; i < attemptsSoFar && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.compareTo(maxBackoff.dividedBy(2)) > 0 ? maxBackoff : wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    /** True while another attempt may be made after {@code attemptsSoFar} attempts. */
    public boolean hasAttemptsLeft(int attemptsSoFar) {
        requireNotNegative(attemptsSoFar);
        return attemptsSoFar < maxAttempts;
    }

    /**
     * True when the attempt made after {@code attemptsSoFar} earlier attempts is the last one allowed (or beyond),
     * so its failure must mark the sync failed: pass this to {@code SyncState.attemptFailed(error, at, lastAttempt)}.
     */
    public boolean isLastAttempt(int attemptsSoFar) {
        requireNotNegative(attemptsSoFar);
        return attemptsSoFar >= maxAttempts - 1;
    }

    private static void requireNotNegative(int attemptsSoFar) {
        if (attemptsSoFar < 0) {
            throw new IllegalArgumentException("'attemptsSoFar' must not be negative");
        }
    }
}
