package dev.termin.booking.domain.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termin.booking.domain.appointment.SyncState;
import dev.termin.booking.domain.appointment.SyncStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SyncRetryPolicyTest {

    private static final Instant NOW = Instant.parse("2025-06-20T12:00:00Z");
    private static final SyncRetryPolicy DEFAULTS = SyncRetryPolicy.DEFAULTS;

    @Test
    void givenTheDefaults_theyAreFiveAttemptsFromThirtySecondsCappedAtThirtyMinutes() {
        assertThat(DEFAULTS.maxAttempts()).isEqualTo(5);
        assertThat(DEFAULTS.baseBackoff()).isEqualTo(Duration.ofSeconds(30));
        assertThat(DEFAULTS.maxBackoff()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void givenNoAttemptYet_theFirstAttemptIsNow() {
        assertThat(DEFAULTS.nextAttempt(0, NOW)).isEqualTo(NOW);
    }

    @Test
    void givenFailedAttempts_theWaitDoublesFromTheBase() {
        assertThat(DEFAULTS.nextAttempt(1, NOW)).isEqualTo(NOW.plusSeconds(30));
        assertThat(DEFAULTS.nextAttempt(2, NOW)).isEqualTo(NOW.plusSeconds(60));
        assertThat(DEFAULTS.nextAttempt(3, NOW)).isEqualTo(NOW.plusSeconds(120));
        assertThat(DEFAULTS.nextAttempt(4, NOW)).isEqualTo(NOW.plusSeconds(240));
    }

    @Test
    void givenManyAttempts_theWaitIsCappedAtTheMaximum() {
        SyncRetryPolicy tenAttempts = new SyncRetryPolicy(10, Duration.ofSeconds(30), Duration.ofMinutes(30));

        assertThat(tenAttempts.backoff(6)).isEqualTo(Duration.ofMinutes(16));
        assertThat(tenAttempts.backoff(7)).isEqualTo(Duration.ofMinutes(30)); // 32 min capped
        assertThat(tenAttempts.nextAttempt(9, NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
    }

    @Test
    void givenAnAbsurdNumberOfAttempts_theWaitStillDoesNotOverflow() {
        SyncRetryPolicy endless = new SyncRetryPolicy(Integer.MAX_VALUE, Duration.ofSeconds(30),
                Duration.ofMinutes(30));

        assertThat(endless.backoff(Integer.MAX_VALUE - 1)).isEqualTo(Duration.ofMinutes(30));
        assertThat(endless.isLastAttempt(Integer.MAX_VALUE - 1)).isTrue();
        assertThat(endless.isLastAttempt(Integer.MAX_VALUE - 2)).isFalse();
    }

    @Test
    void givenAMaximumThatIsNotAPowerOfTwoOfTheBase_theCapIsHitExactly() {
        SyncRetryPolicy p = new SyncRetryPolicy(10, Duration.ofSeconds(30), Duration.ofSeconds(100));

        assertThat(p.backoff(3)).isEqualTo(Duration.ofSeconds(100)); // 120 s capped
        assertThat(p.backoff(4)).isEqualTo(Duration.ofSeconds(100));
    }

    @Test
    void givenFourAttemptsOfFive_theNextIsTheLast() {
        assertThat(DEFAULTS.isLastAttempt(0)).isFalse();
        assertThat(DEFAULTS.isLastAttempt(3)).isFalse();
        assertThat(DEFAULTS.isLastAttempt(4)).isTrue();
        assertThat(DEFAULTS.isLastAttempt(5)).isTrue();
        assertThat(DEFAULTS.hasAttemptsLeft(4)).isTrue();
        assertThat(DEFAULTS.hasAttemptsLeft(5)).isFalse();
    }

    @Test
    void givenASingleAttemptPolicy_theFirstAttemptIsTheLast() {
        assertThat(new SyncRetryPolicy(1, Duration.ofSeconds(1), Duration.ofSeconds(1)).isLastAttempt(0)).isTrue();
    }

    @Test
    void givenNoAttemptsLeft_nextAttemptIsRefused() {
        assertThatThrownBy(() -> DEFAULTS.nextAttempt(5, NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void givenANegativeAttemptCount_itIsRefused() {
        assertThatThrownBy(() -> DEFAULTS.nextAttempt(-1, NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DEFAULTS.isLastAttempt(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenInvalidSettings_thePolicyIsRefused() {
        assertThatThrownBy(() -> new SyncRetryPolicy(0, Duration.ofSeconds(30), Duration.ofMinutes(30)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SyncRetryPolicy(5, Duration.ZERO, Duration.ofMinutes(30)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SyncRetryPolicy(5, Duration.ofMinutes(31), Duration.ofMinutes(30)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenAWorkerThatAlwaysFails_theSyncEndsFailedAndFlaggedAfterMaxAttempts() {
        SyncState state = SyncState.pending();
        Instant at = NOW;
        int tries = 0;
        while (state.status() == SyncStatus.PENDING) {
            at = DEFAULTS.nextAttempt(state.attempts(), at);
            state = state.attemptFailed("503", at, DEFAULTS.isLastAttempt(state.attempts()));
            tries++;
        }

        assertThat(tries).isEqualTo(5);
        assertThat(state.status()).isEqualTo(SyncStatus.FAILED);
        assertThat(state.manualReview()).isTrue();
        // 0 + 30 s + 1 min + 2 min + 4 min: well within the hour after which pending would count as stale
        assertThat(at).isEqualTo(NOW.plus(Duration.ofSeconds(450)));
    }
}
