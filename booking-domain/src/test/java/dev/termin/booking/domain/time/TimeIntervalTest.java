package dev.termin.booking.domain.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeIntervalTest {

    private static final Instant NINE = Instant.parse("2026-06-01T09:00:00Z");

    private static TimeInterval minutes(int fromMinute, int toMinute) {
        return TimeInterval.of(NINE.plusSeconds(60L * fromMinute), NINE.plusSeconds(60L * toMinute));
    }

    @Test
    void anIntervalMustEndAfterItStarts() {
        // given / when / then
        assertThatThrownBy(() -> TimeInterval.of(NINE, NINE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TimeInterval.of(NINE, NINE.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TimeInterval.of(null, NINE)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> TimeInterval.of(NINE, (Instant) null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void anIntervalBuiltFromALengthLastsThatLong() {
        // given
        TimeInterval i = TimeInterval.of(NINE, Duration.ofMinutes(30));

        // when / then
        assertThat(i.end()).isEqualTo(Instant.parse("2026-06-01T09:30:00Z"));
        assertThat(i.duration()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void anIntervalContainsItsStartButNotItsEnd() {
        // given
        TimeInterval i = minutes(0, 30);

        // when / then
        assertThat(i.contains(NINE)).isTrue();
        assertThat(i.contains(NINE.plusSeconds(29 * 60 + 59))).isTrue();
        assertThat(i.contains(NINE.plusSeconds(30 * 60))).isFalse();
        assertThat(i.contains(NINE.minusNanos(1))).isFalse();
    }

    @Test
    void backToBackAppointmentsDoNotOverlapButTouch() {
        // given
        TimeInterval first = minutes(0, 30);
        TimeInterval second = minutes(30, 60);

        // when / then
        assertThat(first.overlaps(second)).isFalse();
        assertThat(second.overlaps(first)).isFalse();
        assertThat(first.touches(second)).isTrue();
        assertThat(second.touches(first)).isTrue();
        assertThat(first.intersection(second)).isEmpty();
    }

    @Test
    void separatedIntervalsNeitherOverlapNorTouch() {
        // given
        TimeInterval first = minutes(0, 30);
        TimeInterval later = minutes(31, 60);

        // when / then
        assertThat(first.overlaps(later)).isFalse();
        assertThat(first.touches(later)).isFalse();
    }

    @Test
    void overlappingIntervalsIntersectInTheirCommonPart() {
        // given
        TimeInterval a = minutes(0, 45);
        TimeInterval b = minutes(30, 90);

        // when / then
        assertThat(a.overlaps(b)).isTrue();
        assertThat(b.overlaps(a)).isTrue();
        assertThat(a.intersection(b)).contains(minutes(30, 45));
        assertThat(b.intersection(a)).contains(minutes(30, 45));
    }

    @Test
    void anIntervalContainsEveryIntervalInsideItIncludingItself() {
        // given
        TimeInterval day = minutes(0, 600);

        // when / then
        assertThat(day.contains(day)).isTrue();
        assertThat(day.contains(minutes(0, 30))).isTrue();
        assertThat(day.contains(minutes(570, 600))).isTrue();
        assertThat(day.contains(minutes(570, 601))).isFalse();
        assertThat(day.contains(minutes(-1, 30))).isFalse();
        assertThat(minutes(0, 30).contains(day)).isFalse();
    }

    @Test
    void shiftingMovesBothEnds() {
        // given / when
        TimeInterval shifted = minutes(0, 30).shift(Duration.ofMinutes(-15));

        // then
        assertThat(shifted).isEqualTo(minutes(-15, 15));
    }

    @Test
    void expandingAddsBuffersBeforeAndAfter() {
        // given / when
        TimeInterval withBuffers = minutes(0, 30).expand(Duration.ofMinutes(5), Duration.ofMinutes(15));

        // then
        assertThat(withBuffers).isEqualTo(minutes(-5, 45));
        assertThatThrownBy(() -> minutes(0, 30).expand(Duration.ofMinutes(-1), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void intervalsSortByStartThenByEnd() {
        // given
        TimeInterval early = minutes(0, 30);
        TimeInterval earlyLong = minutes(0, 60);
        TimeInterval late = minutes(10, 20);

        // when / then
        assertThat(early).isLessThan(earlyLong);
        assertThat(earlyLong).isLessThan(late);
        assertThat(early.compareTo(minutes(0, 30))).isZero();
    }
}
