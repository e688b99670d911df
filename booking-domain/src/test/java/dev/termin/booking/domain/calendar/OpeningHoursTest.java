package dev.termin.booking.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termin.booking.domain.time.IntervalSet;
import dev.termin.booking.domain.time.LocalTimeWindow;
import dev.termin.booking.domain.time.TimeInterval;
import dev.termin.booking.domain.time.WeeklyHours;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpeningHoursTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate MONDAY = LocalDate.of(2026, 6, 1);
    private static final LocalDate TUESDAY = MONDAY.plusDays(1);
    private static final LocalDate SATURDAY = LocalDate.of(2026, 6, 6);

    private static final WeeklyHours WEEKLY = WeeklyHours.weekdays(LocalTimeWindow.of("09:00", "18:00"))
            .with(DayOfWeek.SATURDAY, LocalTimeWindow.of("09:00", "13:00"));

    private static TimeInterval utc(String from, String to) {
        return TimeInterval.of(Instant.parse(from), Instant.parse(to));
    }

    @Test
    void withoutAnOverrideADayHasItsWeekdaysWindows() {
        // given
        OpeningHours hours = OpeningHours.weekly(WEEKLY);

        // when / then
        assertThat(hours.windowsOn(MONDAY)).containsExactly(LocalTimeWindow.of("09:00", "18:00"));
        assertThat(hours.windowsOn(SATURDAY)).containsExactly(LocalTimeWindow.of("09:00", "13:00"));
        assertThat(hours.windowsOn(SATURDAY.plusDays(1))).isEmpty();
    }

    @Test
    void specialHoursReplaceTheWeekdaysWindowsOnThatDateOnly() {
        // given: late opening with a lunch closure on one Tuesday
        DateOverride special = new DateOverride(TUESDAY,
                List.of(LocalTimeWindow.of("14:00", "20:00"), LocalTimeWindow.of("10:00", "12:00")), "Inventur");
        OpeningHours hours = OpeningHours.of(WEEKLY, List.of(special));

        // when
        IntervalSet open = hours.openBetween(MONDAY, TUESDAY.plusDays(1), BERLIN);

        // then
        assertThat(hours.windowsOn(TUESDAY))
                .containsExactly(LocalTimeWindow.of("10:00", "12:00"), LocalTimeWindow.of("14:00", "20:00"));
        assertThat(open.intervals()).containsExactly(
                utc("2026-06-01T07:00:00Z", "2026-06-01T16:00:00Z"),
                utc("2026-06-02T08:00:00Z", "2026-06-02T10:00:00Z"),
                utc("2026-06-02T12:00:00Z", "2026-06-02T18:00:00Z"),
                utc("2026-06-03T07:00:00Z", "2026-06-03T16:00:00Z"));
    }

    @Test
    void aClosedOverrideClosesTheWholeDay() {
        // given
        OpeningHours hours = OpeningHours.weekly(WEEKLY).withOverride(DateOverride.closed(TUESDAY, "Betriebsausflug"));

        // when
        IntervalSet open = hours.openBetween(TUESDAY, TUESDAY, BERLIN);

        // then
        assertThat(hours.windowsOn(TUESDAY)).isEmpty();
        assertThat(open.isEmpty()).isTrue();
        assertThat(hours.overrides().get(TUESDAY).isClosed()).isTrue();
        assertThat(hours.overrides().get(TUESDAY).note()).isEqualTo("Betriebsausflug");
    }

    @Test
    void anOverrideCanOpenAnOtherwiseClosedSunday() {
        // given: verkaufsoffener Sonntag
        LocalDate sunday = LocalDate.of(2026, 6, 7);
        OpeningHours hours = OpeningHours.of(WEEKLY,
                List.of(new DateOverride(sunday, List.of(LocalTimeWindow.of("12:00", "17:00")), null)));

        // when / then
        assertThat(hours.openBetween(sunday, sunday, BERLIN).intervals())
                .containsExactly(utc("2026-06-07T10:00:00Z", "2026-06-07T15:00:00Z"));
        assertThat(hours.overrides().get(sunday).note()).isEmpty();
    }

    @Test
    void aLaterOverrideForTheSameDateReplacesTheEarlierOne() {
        // given
        OpeningHours hours = OpeningHours.weekly(WEEKLY)
                .withOverride(DateOverride.closed(TUESDAY, "first"))
                .withOverride(new DateOverride(TUESDAY, List.of(LocalTimeWindow.of("10:00", "11:00")), "second"));

        // when / then
        assertThat(hours.windowsOn(TUESDAY)).containsExactly(LocalTimeWindow.of("10:00", "11:00"));
    }

    @Test
    void twoOverridesForOneDateOrAMismatchedKeyAreRejected() {
        // given / when / then
        assertThatThrownBy(() -> OpeningHours.of(WEEKLY,
                List.of(DateOverride.closed(TUESDAY, "a"), DateOverride.closed(TUESDAY, "b"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OpeningHours(WEEKLY, Map.of(MONDAY, DateOverride.closed(TUESDAY, "x"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOverrideWithOverlappingWindowsIsRejected() {
        // given / when / then
        assertThatThrownBy(() -> new DateOverride(TUESDAY,
                List.of(LocalTimeWindow.of("09:00", "12:00"), LocalTimeWindow.of("11:00", "13:00")), "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void openingHoursAreUnchangedByWithOverride() {
        // given
        OpeningHours hours = OpeningHours.weekly(WEEKLY);

        // when
        hours.withOverride(DateOverride.closed(TUESDAY, "x"));

        // then
        assertThat(hours.overrides()).isEmpty();
    }
}
