package dev.termin.booking.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.result.Result;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BookingPolicyTest {

    static final Instant NOW = Instant.parse("2026-06-15T08:00:00Z");
    static final BookingPolicy P = BookingPolicy.DEFAULTS;

    private static ErrorCode code(Result<?> r) {
        return ((Result.Failure<?>) r).code();
    }

    @Test
    void theDefaultsAreThoseOfTheBrief() {
        assertThat(P.minimumNotice()).isEqualTo(Duration.ofHours(2));
        assertThat(P.maximumAdvance()).isEqualTo(Duration.ofDays(90));
        assertThat(P.cancellationDeadline()).isEqualTo(Duration.ofHours(24));
        assertThat(P.rescheduleDeadline()).isEqualTo(Duration.ofHours(2));
        assertThat(P.maxReschedules()).isEqualTo(3);
        assertThat(P.holdLifetime()).isEqualTo(Duration.ofMinutes(5));
        assertThat(P.waitlistOfferWindow()).isEqualTo(Duration.ofHours(48));
    }

    @Test
    void aBookingExactlyAtTheMinimumNoticeIsAllowedAndOneMinuteEarlierIsNot() {
        assertThat(P.checkBookable(NOW.plus(Duration.ofHours(2)), NOW).isSuccess()).isTrue();
        Result<Void> tooSoon = P.checkBookable(NOW.plus(Duration.ofMinutes(119)), NOW);
        assertThat(code(tooSoon)).isEqualTo(ErrorCode.POLICY_VIOLATION);
        assertThat(((Result.Failure<Void>) tooSoon).message()).contains("2 hours");
        assertThat(code(P.checkBookable(NOW.plus(Duration.ofDays(90)).plusSeconds(1), NOW)))
                .isEqualTo(ErrorCode.POLICY_VIOLATION);
    }

    @Test
    void cancellationWithinTwentyFourHoursIsAViolation() {
        Instant start = NOW.plus(Duration.ofHours(24));
        assertThat(P.checkCancellation(start, NOW).isSuccess()).isTrue();
        assertThat(code(P.checkCancellation(start, NOW.plusSeconds(1)))).isEqualTo(ErrorCode.POLICY_VIOLATION);
    }

    @Test
    void theFourthRescheduleAndOneTooCloseToTheStartAreViolations() {
        Instant start = NOW.plus(Duration.ofDays(2));
        assertThat(P.checkReschedule(start, 2, NOW).isSuccess()).isTrue();
        Result<Void> fourth = P.checkReschedule(start, 3, NOW);
        assertThat(((Result.Failure<Void>) fourth).details()).containsEntry("policy", "maxReschedules");
        assertThat(code(P.checkReschedule(NOW.plus(Duration.ofMinutes(90)), 0, NOW)))
                .isEqualTo(ErrorCode.POLICY_VIOLATION);
    }

    @Test
    void aServiceOverrideReplacesOnlyTheValuesItHas() {
        PolicyOverride thirtyDays = new PolicyOverride(Optional.empty(), Optional.of(Duration.ofDays(30)),
                Optional.empty(), Optional.empty(), Optional.of(1), Optional.empty());
        BookingPolicy effective = P.with(thirtyDays);
        assertThat(effective.maximumAdvance()).isEqualTo(Duration.ofDays(30));
        assertThat(effective.maxReschedules()).isEqualTo(1);
        assertThat(effective.minimumNotice()).isEqualTo(P.minimumNotice());
        assertThat(P.with(PolicyOverride.none())).isEqualTo(P);
        assertThat(PolicyOverride.none().isEmpty()).isTrue();
    }

    @Test
    void inconsistentPoliciesAreRejected() {
        assertThatThrownBy(() -> new BookingPolicy(Duration.ofDays(100), Duration.ofDays(90), Duration.ZERO,
                Duration.ZERO, 3, Duration.ofMinutes(5), Duration.ofHours(48)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BookingPolicy(Duration.ZERO, Duration.ofDays(90), Duration.ZERO,
                Duration.ZERO, -1, Duration.ofMinutes(5), Duration.ofHours(48)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BookingPolicy(Duration.ZERO, Duration.ofDays(90), Duration.ZERO,
                Duration.ZERO, 3, Duration.ofHours(2), Duration.ofHours(48)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
