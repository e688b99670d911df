package dev.termin.booking.domain.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class LocalTimeWindowTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate SPRING_FORWARD = LocalDate.of(2026, 3, 29);
    private static final LocalDate FALL_BACK = LocalDate.of(2026, 10, 25);

    @Test
    void aWindowMustEndAfterItStartsUnlessItEndsAtMidnight() {
        // given / when / then
        assertThatThrownBy(() -> LocalTimeWindow.of("10:00", "09:00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LocalTimeWindow.of("10:00", "10:00")).isInstanceOf(IllegalArgumentException.class);
        assertThat(LocalTimeWindow.of("18:00", "00:00").endsAtMidnight()).isTrue();
        assertThat(LocalTimeWindow.of("00:00", "00:00").endsAtMidnight()).isTrue();
    }

    @Test
    void aWindowContainsItsStartButNotItsEnd() {
        // given
        LocalTimeWindow w = LocalTimeWindow.of("09:00", "18:00");

        // when / then
        assertThat(w.contains(LocalTime.of(9, 0))).isTrue();
        assertThat(w.contains(LocalTime.of(17, 59))).isTrue();
        assertThat(w.contains(LocalTime.of(18, 0))).isFalse();
        assertThat(LocalTimeWindow.of("18:00", "00:00").contains(LocalTime.of(23, 59))).isTrue();
    }

    @Test
    void windowsThatOnlyTouchDoNotOverlap() {
        // given
        LocalTimeWindow morning = LocalTimeWindow.of("09:00", "12:00");
        LocalTimeWindow afternoon = LocalTimeWindow.of("12:00", "18:00");
        LocalTimeWindow evening = LocalTimeWindow.of("17:00", "00:00");

        // when / then
        assertThat(morning.overlaps(afternoon)).isFalse();
        assertThat(afternoon.overlaps(evening)).isTrue();
        assertThat(evening.overlaps(afternoon)).isTrue();
    }

    @Test
    void aWindowEndingAtMidnightRunsToTheStartOfTheNextDay() {
        // given
        LocalTimeWindow w = LocalTimeWindow.of("18:00", "00:00");

        // when
        TimeInterval i = w.on(LocalDate.of(2026, 6, 1), BERLIN);

        // then
        assertThat(i.start()).isEqualTo(Instant.parse("2026-06-01T16:00:00Z"));
        assertThat(i.end()).isEqualTo(Instant.parse("2026-06-01T22:00:00Z"));
    }

    @Test
    void aWholeDayWindowOnTheSpringForwardDayLastsTwentyThreeHours() {
        // given
        LocalTimeWindow w = LocalTimeWindow.of("00:00", "00:00");

        // when / then
        assertThat(w.on(SPRING_FORWARD, BERLIN).duration()).isEqualTo(Duration.ofHours(23));
        assertThat(w.on(FALL_BACK, BERLIN).duration()).isEqualTo(Duration.ofHours(25));
    }

    @Test
    void aStartInTheSpringForwardGapIsMovedForwardByTheLengthOfTheGap() {
        // given: 02:00-03:00 does not exist in Berlin on 2026-03-29
        LocalTimeWindow w = LocalTimeWindow.of("02:30", "04:00");

        // when
        TimeInterval i = w.on(SPRING_FORWARD, BERLIN);

        // then: 02:30 becomes 03:30 CEST
        assertThat(i.start()).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
        assertThat(i.end()).isEqualTo(Instant.parse("2026-03-29T02:00:00Z"));
    }

    @Test
    void anEndInTheSpringForwardGapIsMovedForwardByTheLengthOfTheGap() {
        // given
        LocalTimeWindow w = LocalTimeWindow.of("01:00", "02:30");

        // when
        TimeInterval i = w.on(SPRING_FORWARD, BERLIN);

        // then: 01:00 CET to 03:30 CEST, ninety real minutes
        assertThat(i.start()).isEqualTo(Instant.parse("2026-03-29T00:00:00Z"));
        assertThat(i.end()).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
        assertThat(i.duration()).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void aWindowThatLiesInsideTheGapAfterTheShiftCoversNothingThatDay() {
        // given: 02:30 moves to 03:30, which is after the end 03:00
        LocalTimeWindow w = LocalTimeWindow.of("02:30", "03:00");

        // when / then
        assertThat(w.instantsOn(SPRING_FORWARD, BERLIN)).isEmpty();
        assertThatThrownBy(() -> w.on(SPRING_FORWARD, BERLIN)).isInstanceOf(IllegalArgumentException.class);
        assertThat(w.instantsOn(SPRING_FORWARD.plusWeeks(1), BERLIN)).isPresent();
    }

    @Test
    void aWindowThatTheShiftTurnsAroundCoversNothingThatDay() {
        // given: 02:45 moves to 03:45, after the end 03:15
        LocalTimeWindow w = LocalTimeWindow.of("02:45", "03:15");

        // when / then
        assertThat(w.instantsOn(SPRING_FORWARD, BERLIN)).isEmpty();
    }

    @Test
    void aTimeInTheFallBackOverlapUsesTheEarlierOffset() {
        // given: 02:00-03:00 happens twice in Berlin on 2026-10-25
        LocalTimeWindow w = LocalTimeWindow.of("02:30", "04:00");

        // when
        TimeInterval i = w.on(FALL_BACK, BERLIN);

        // then: 02:30 CEST (+02:00), the first time the clock shows 02:30
        assertThat(i.start()).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
        assertThat(i.end()).isEqualTo(Instant.parse("2026-10-25T03:00:00Z"));
        assertThat(i.duration()).isEqualTo(Duration.ofMinutes(150));
    }

    @Test
    void windowsSortByStart() {
        // given / when / then
        assertThat(LocalTimeWindow.of("09:00", "10:00")).isLessThan(LocalTimeWindow.of("09:30", "10:00"));
    }
}
