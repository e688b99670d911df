package dev.termin.booking.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.domain.time.IntervalSet;
import dev.termin.booking.domain.time.LocalTimeWindow;
import dev.termin.booking.domain.time.TimeInterval;
import dev.termin.booking.domain.time.WeeklyHours;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * A Europe/Berlin branch open 09:00–18:00 is open 07:00–16:00Z in summer (CEST) and 08:00–17:00Z in winter (CET),
 * including the weeks around the changes on Sunday 2026-03-29 and Sunday 2026-10-25.
 */
class OpeningHoursDstTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final OpeningHours MONDAY_TO_SATURDAY = OpeningHours.weekly(WeeklyHours.on(
            List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY,
                    DayOfWeek.SATURDAY),
            LocalTimeWindow.of("09:00", "18:00")));
    private static final OpeningHours EVERY_DAY = OpeningHours.weekly(WeeklyHours.on(List.of(DayOfWeek.values()),
            LocalTimeWindow.of("09:00", "18:00")));

    private static TimeInterval utcHours(LocalDate date, int fromHour, int toHour) {
        return TimeInterval.of(date.atTime(fromHour, 0).toInstant(ZoneOffset.UTC),
                date.atTime(toHour, 0).toInstant(ZoneOffset.UTC));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-23", "2026-03-24", "2026-03-25", "2026-03-26", "2026-03-27", "2026-03-28",
        "2026-10-26", "2026-10-27", "2026-10-28", "2026-10-29", "2026-10-30", "2026-10-31", "2026-01-15"})
    void inWinterTheBranchIsOpenFromEightToFiveUtc(String day) {
        // given
        LocalDate date = LocalDate.parse(day);

        // when
        IntervalSet open = MONDAY_TO_SATURDAY.openBetween(date, date, BERLIN);

        // then
        assertThat(open.intervals()).containsExactly(utcHours(date, 8, 17));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-30", "2026-03-31", "2026-04-01", "2026-04-02", "2026-04-03", "2026-04-04",
        "2026-10-19", "2026-10-20", "2026-10-21", "2026-10-22", "2026-10-23", "2026-10-24", "2026-07-15"})
    void inSummerTheBranchIsOpenFromSevenToFourUtc(String day) {
        // given
        LocalDate date = LocalDate.parse(day);

        // when
        IntervalSet open = MONDAY_TO_SATURDAY.openBetween(date, date, BERLIN);

        // then
        assertThat(open.intervals()).containsExactly(utcHours(date, 7, 16));
    }

    @Test
    void theChangeSundaysAreClosedWhenSundayIsClosed() {
        // given / when / then
        assertThat(MONDAY_TO_SATURDAY.openBetween(LocalDate.of(2026, 3, 29), LocalDate.of(2026, 3, 29), BERLIN)
                .isEmpty()).isTrue();
        assertThat(MONDAY_TO_SATURDAY.openBetween(LocalDate.of(2026, 10, 25), LocalDate.of(2026, 10, 25), BERLIN)
                .isEmpty()).isTrue();
    }

    @Test
    void onTheSpringForwardSundayABranchOpenThatDayIsOpenFromSevenToFourUtc() {
        // given
        LocalDate sunday = LocalDate.of(2026, 3, 29);

        // when
        IntervalSet open = EVERY_DAY.openBetween(sunday, sunday, BERLIN);

        // then
        assertThat(open.intervals()).containsExactly(utcHours(sunday, 7, 16));
        assertThat(open.totalDuration()).isEqualTo(Duration.ofHours(9));
    }

    @Test
    void onTheFallBackSundayABranchOpenThatDayIsOpenFromEightToFiveUtc() {
        // given
        LocalDate sunday = LocalDate.of(2026, 10, 25);

        // when
        IntervalSet open = EVERY_DAY.openBetween(sunday, sunday, BERLIN);

        // then
        assertThat(open.intervals()).containsExactly(utcHours(sunday, 8, 17));
    }

    @Test
    void theWholeSpringChangeWeekHasNineOpenHoursEveryDay() {
        // given
        LocalDate from = LocalDate.of(2026, 3, 23);
        LocalDate to = LocalDate.of(2026, 4, 4);

        // when
        IntervalSet open = EVERY_DAY.openBetween(from, to, BERLIN);

        // then
        assertThat(open.size()).isEqualTo(13);
        assertThat(open.intervals()).allSatisfy(i -> assertThat(i.duration()).isEqualTo(Duration.ofHours(9)));
        assertThat(open.intervals().get(5).start()).isEqualTo(Instant.parse("2026-03-28T08:00:00Z"));
        assertThat(open.intervals().get(6).start()).isEqualTo(Instant.parse("2026-03-29T07:00:00Z"));
    }

    @Test
    void windowsAcrossTheNightOfTheChangeFollowTheClock() {
        // given: a branch open overnight
        OpeningHours night = OpeningHours.weekly(WeeklyHours.on(List.of(DayOfWeek.values()),
                LocalTimeWindow.of("00:00", "06:00"), LocalTimeWindow.of("22:00", "00:00")));

        // when
        IntervalSet spring = night.openBetween(LocalDate.of(2026, 3, 28), LocalDate.of(2026, 3, 29), BERLIN);
        IntervalSet autumn = night.openBetween(LocalDate.of(2026, 10, 24), LocalDate.of(2026, 10, 25), BERLIN);

        // then: Saturday 22:00 CET to Sunday 06:00 CEST is seven real hours, in autumn nine
        assertThat(spring.intervals()).contains(
                TimeInterval.of(Instant.parse("2026-03-28T21:00:00Z"), Instant.parse("2026-03-29T04:00:00Z")));
        assertThat(autumn.intervals()).contains(
                TimeInterval.of(Instant.parse("2026-10-24T20:00:00Z"), Instant.parse("2026-10-25T05:00:00Z")));
    }
}
