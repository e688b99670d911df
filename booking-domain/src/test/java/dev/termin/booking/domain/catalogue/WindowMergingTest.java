package dev.termin.booking.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termin.booking.domain.calendar.DateOverride;
import dev.termin.booking.domain.calendar.StaffDateException;
import dev.termin.booking.domain.time.LocalTimeWindow;
import dev.termin.booking.domain.time.WeeklyHours;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Overlapping working or opening windows are merged by the merging factories and named when refused. */
class WindowMergingTest {

    private static final LocalDate TUESDAY = LocalDate.of(2026, 6, 2);

    @Test
    void overlappingAndTouchingWindowsMergeIntoOne() {
        // given / when
        List<LocalTimeWindow> merged = LocalTimeWindow.merge(List.of(LocalTimeWindow.of("12:00", "18:00"),
                LocalTimeWindow.of("09:00", "13:00"), LocalTimeWindow.of("18:00", "19:00"),
                LocalTimeWindow.of("20:00", "00:00"), LocalTimeWindow.of("21:00", "22:00")));

        // then
        assertThat(merged).containsExactly(LocalTimeWindow.of("09:00", "19:00"), LocalTimeWindow.of("20:00", "00:00"));
    }

    @Test
    void weeklyHoursMergingMergesEachDay() {
        // given / when
        WeeklyHours hours = WeeklyHours.merging(Map.of(DayOfWeek.MONDAY,
                List.of(LocalTimeWindow.of("09:00", "13:00"), LocalTimeWindow.of("12:00", "18:00"))));

        // then
        assertThat(hours.windowsOn(DayOfWeek.MONDAY)).containsExactly(LocalTimeWindow.of("09:00", "18:00"));
    }

    @Test
    void refusedOverlappingWindowsAreBothNamed() {
        // given / when / then
        assertThatThrownBy(() -> new WeeklyHours(Map.of(DayOfWeek.MONDAY,
                List.of(LocalTimeWindow.of("09:00", "13:00"), LocalTimeWindow.of("12:00", "18:00")))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("09:00-13:00 and 12:00-18:00 overlap on MONDAY");
    }

    @Test
    void dateOverridesAndStaffExceptionsMergeToo() {
        // given
        List<LocalTimeWindow> overlapping = List.of(LocalTimeWindow.of("09:00", "12:00"),
                LocalTimeWindow.of("11:00", "13:00"));

        // when
        DateOverride override = DateOverride.merging(TUESDAY, overlapping, "Sonderöffnung");
        StaffDateException exception = new StaffDateException(TUESDAY, StaffDateException.Mode.REPLACE, overlapping,
                "");

        // then
        assertThat(override.windows()).containsExactly(LocalTimeWindow.of("09:00", "13:00"));
        assertThat(exception.windows()).containsExactly(LocalTimeWindow.of("09:00", "13:00"));
    }
}
