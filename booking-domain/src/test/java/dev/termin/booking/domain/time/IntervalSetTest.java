package dev.termin.booking.domain.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntervalSetTest {

    private static final Instant NINE = Instant.parse("2026-06-01T09:00:00Z");

    private static TimeInterval m(int fromMinute, int toMinute) {
        return TimeInterval.of(NINE.plusSeconds(60L * fromMinute), NINE.plusSeconds(60L * toMinute));
    }

    private static IntervalSet set(TimeInterval... intervals) {
        return IntervalSet.of(intervals);
    }

    @Test
    void theEmptySetHasNoIntervalsAndNoDuration() {
        // given
        IntervalSet empty = IntervalSet.empty();

        // when / then
        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.size()).isZero();
        assertThat(empty.totalDuration()).isEqualTo(Duration.ZERO);
        assertThat(empty.overlaps(m(0, 10))).isFalse();
        assertThat(empty.contains(m(0, 10))).isFalse();
        assertThat(empty.contains(NINE)).isFalse();
        assertThat(IntervalSet.of(List.of())).isEqualTo(empty);
    }

    @Test
    void buildingASetSortsAndMergesOverlappingAndTouchingIntervals() {
        // given / when
        IntervalSet s = set(m(60, 90), m(0, 30), m(30, 45), m(40, 50), m(100, 110), m(105, 106));

        // then
        assertThat(s.intervals()).containsExactly(m(0, 50), m(60, 90), m(100, 110));
        assertThat(s.totalDuration()).isEqualTo(Duration.ofMinutes(50 + 30 + 10));
    }

    @Test
    void aGapOfOneMinuteKeepsIntervalsApart() {
        // given / when
        IntervalSet s = set(m(0, 30), m(31, 60));

        // then
        assertThat(s.size()).isEqualTo(2);
    }

    @Test
    void unionMergesAcrossBothSets() {
        // given
        IntervalSet a = set(m(0, 30), m(60, 90));
        IntervalSet b = set(m(30, 60), m(120, 150));

        // when
        IntervalSet u = a.union(b);

        // then
        assertThat(u.intervals()).containsExactly(m(0, 90), m(120, 150));
        assertThat(a.union(IntervalSet.empty())).isEqualTo(a);
        assertThat(IntervalSet.empty().union(a)).isEqualTo(a);
        assertThat(a.union(m(90, 120))).isEqualTo(set(m(0, 30), m(60, 120)));
    }

    @Test
    void intersectKeepsOnlyCommonInstants() {
        // given
        IntervalSet open = set(m(0, 180), m(240, 540));
        IntervalSet working = set(m(60, 300), m(500, 600));

        // when
        IntervalSet both = open.intersect(working);

        // then
        assertThat(both.intervals()).containsExactly(m(60, 180), m(240, 300), m(500, 540));
        assertThat(open.intersect(IntervalSet.empty())).isEqualTo(IntervalSet.empty());
        assertThat(open.intersect(m(170, 250))).isEqualTo(set(m(170, 180), m(240, 250)));
    }

    @Test
    void intersectingTouchingSetsGivesNothing() {
        // given
        IntervalSet a = set(m(0, 30));
        IntervalSet b = set(m(30, 60));

        // when / then
        assertThat(a.intersect(b).isEmpty()).isTrue();
    }

    @Test
    void subtractCutsHolesAndTrimsEnds() {
        // given
        IntervalSet working = set(m(0, 540));
        IntervalSet breaks = set(m(-30, 15), m(180, 210), m(300, 330), m(530, 600));

        // when
        IntervalSet available = working.subtract(breaks);

        // then
        assertThat(available.intervals()).containsExactly(m(15, 180), m(210, 300), m(330, 530));
    }

    @Test
    void subtractOneIntervalFromManyParts() {
        // given
        IntervalSet s = set(m(0, 10), m(20, 30), m(40, 50), m(60, 70));

        // when
        IntervalSet rest = s.subtract(m(5, 65));

        // then
        assertThat(rest.intervals()).containsExactly(m(0, 5), m(65, 70));
    }

    @Test
    void subtractingEverythingLeavesNothingAndSubtractingNothingLeavesAll() {
        // given
        IntervalSet s = set(m(0, 10), m(20, 30));

        // when / then
        assertThat(s.subtract(m(-10, 40)).isEmpty()).isTrue();
        assertThat(s.subtract(IntervalSet.empty())).isEqualTo(s);
        assertThat(IntervalSet.empty().subtract(s)).isEqualTo(IntervalSet.empty());
        assertThat(s.subtract(set(m(10, 20)))).isEqualTo(s);
    }

    @Test
    void subtractWithSeveralHolesInsideOnePart() {
        // given
        IntervalSet s = set(m(0, 100));

        // when
        IntervalSet rest = s.subtract(set(m(10, 20), m(30, 40), m(50, 60)));

        // then
        assertThat(rest.intervals()).containsExactly(m(0, 10), m(20, 30), m(40, 50), m(60, 100));
    }

    @Test
    void containsNeedsTheWholeIntervalInsideOnePart() {
        // given
        IntervalSet s = set(m(0, 30), m(31, 60));

        // when / then
        assertThat(s.contains(m(0, 30))).isTrue();
        assertThat(s.contains(m(31, 60))).isTrue();
        assertThat(s.contains(m(10, 20))).isTrue();
        assertThat(s.contains(m(20, 40))).as("spans the gap").isFalse();
        assertThat(s.contains(m(-1, 10))).isFalse();
        assertThat(s.contains(m(50, 61))).isFalse();
    }

    @Test
    void containsAnInstantUsesHalfOpenParts() {
        // given
        IntervalSet s = set(m(0, 30), m(60, 90));

        // when / then
        assertThat(s.contains(NINE)).isTrue();
        assertThat(s.contains(NINE.plusSeconds(30 * 60))).isFalse();
        assertThat(s.contains(NINE.plusSeconds(60 * 60))).isTrue();
        assertThat(s.contains(NINE.plusSeconds(90 * 60))).isFalse();
        assertThat(s.contains(NINE.minusSeconds(1))).isFalse();
    }

    @Test
    void overlapsFindsAPartStartingInsideTheInterval() {
        // given
        IntervalSet s = set(m(0, 30), m(60, 90), m(120, 150));

        // when / then
        assertThat(s.overlaps(m(29, 31))).isTrue();
        assertThat(s.overlaps(m(30, 60))).as("fits exactly in the gap").isFalse();
        assertThat(s.overlaps(m(45, 61))).as("next part starts inside").isTrue();
        assertThat(s.overlaps(m(-30, 0))).isFalse();
        assertThat(s.overlaps(m(-30, 1))).isTrue();
        assertThat(s.overlaps(m(150, 160))).isFalse();
        assertThat(s.overlaps(m(40, 200))).isTrue();
    }

    @Test
    void setsWithTheSameInstantsAreEqual() {
        // given
        IntervalSet a = set(m(0, 30), m(30, 60));
        IntervalSet b = set(m(0, 60));

        // when / then
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(set(m(0, 59)));
    }

    @Test
    void theIntervalListCannotBeModified() {
        // given
        IntervalSet s = set(m(0, 30));

        // when / then
        assertThatThrownBy(() -> s.intervals().set(0, m(0, 10)))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
