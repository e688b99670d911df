package dev.termin.booking.domain.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeeklyHoursTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void overlappingWindowsOnOneDayAreRejected() {
        // given / when / then
        assertThatThrownBy(() -> new WeeklyHours(Map.of(DayOfWeek.MONDAY,
                List.of(LocalTimeWindow.of("09:00", "13:00"), LocalTimeWindow.of("12:00", "18:00")))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void windowsOfADayAreSortedAndDaysWithoutWindowsAreClosed() {
        // given
        WeeklyHours h = new WeeklyHours(Map.of(
                DayOfWeek.MONDAY, List.of(LocalTimeWindow.of("14:00", "18:00"), LocalTimeWindow.of("09:00", "12:00")),
                DayOfWeek.TUESDAY, List.of()));

        // when / then
        assertThat(h.windowsOn(DayOfWeek.MONDAY))
                .containsExactly(LocalTimeWindow.of("09:00", "12:00"), LocalTimeWindow.of("14:00", "18:00"));
        assertThat(h.windowsOn(DayOfWeek.TUESDAY)).isEmpty();
        assertThat(h.days()).doesNotContainKey(DayOfWeek.TUESDAY);
        assertThat(h.on(LocalDate.of(2026, 6, 2), BERLIN).isEmpty()).isTrue();
    }

    @Test
    void withReplacesOneDayAndCanCloseIt() {
        // given
        WeeklyHours h = WeeklyHours.weekdays(LocalTimeWindow.of("09:00", "18:00"));

        // when
        WeeklyHours shorterFriday = h.with(DayOfWeek.FRIDAY, LocalTimeWindow.of("09:00", "14:00"));
        WeeklyHours noMonday = h.with(DayOfWeek.MONDAY);

        // then
        assertThat(shorterFriday.windowsOn(DayOfWeek.FRIDAY)).containsExactly(LocalTimeWindow.of("09:00", "14:00"));
        assertThat(shorterFriday.windowsOn(DayOfWeek.THURSDAY)).containsExactly(LocalTimeWindow.of("09:00", "18:00"));
        assertThat(noMonday.windowsOn(DayOfWeek.MONDAY)).isEmpty();
        assertThat(WeeklyHours.none().days()).isEmpty();
    }

    @Test
    void betweenCoversEveryDateOfTheRangeInclusive() {
        // given: Friday to Monday
        WeeklyHours h = WeeklyHours.weekdays(LocalTimeWindow.of("09:00", "18:00"));

        // when
        IntervalSet s = h.between(LocalDate.of(2026, 6, 5), LocalDate.of(2026, 6, 8), BERLIN);

        // then
        assertThat(s.intervals()).containsExactly(
                TimeInterval.of(Instant.parse("2026-06-05T07:00:00Z"), Instant.parse("2026-06-05T16:00:00Z")),
                TimeInterval.of(Instant.parse("2026-06-08T07:00:00Z"), Instant.parse("2026-06-08T16:00:00Z")));
    }

    @Test
    void aWindowThatVanishesInTheSpringForwardGapIsLeftOutInsteadOfFailing() {
        // given: a night worker's break from 02:30 to 03:00 on Sundays
        WeeklyHours breaks = WeeklyHours.on(List.of(DayOfWeek.SUNDAY), LocalTimeWindow.of("02:30", "03:00"));

        // when
        IntervalSet changeDay = breaks.on(LocalDate.of(2026, 3, 29), BERLIN);
        IntervalSet weekLater = breaks.on(LocalDate.of(2026, 4, 5), BERLIN);

        // then
        assertThat(changeDay.isEmpty()).isTrue();
        assertThat(weekLater.intervals()).containsExactly(
                TimeInterval.of(Instant.parse("2026-04-05T00:30:00Z"), Instant.parse("2026-04-05T01:00:00Z")));
    }
}
