package dev.termin.booking.domain.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.termin.booking.domain.phone.AppointmentWish.Preference;
import dev.termin.booking.domain.phone.AppointmentWish.TimeWish;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The values a wish is made of check themselves. */
class AppointmentWishTest {

    @Test
    void aWindowMustStartBeforeItEndsAndLieInTheSalonDay() {
        assertThatIllegalArgumentException().isThrownBy(() -> new TimeWindow(LocalTime.of(12, 0), LocalTime.of(12, 0)));
        assertThatIllegalArgumentException().isThrownBy(() -> new TimeWindow(LocalTime.of(5, 0), LocalTime.of(9, 0)));
        assertThatIllegalArgumentException().isThrownBy(() -> new TimeWindow(LocalTime.of(20, 0), LocalTime.of(23, 0)));
    }

    @Test
    void aClampedWindowIsCutToTheSalonDayOrEmpty() {
        assertThat(TimeWindow.clamped(LocalTime.MIN, LocalTime.of(9, 0)))
                .contains(new TimeWindow(LocalTime.of(6, 0), LocalTime.of(9, 0)));
        assertThat(TimeWindow.clamped(LocalTime.of(22, 0), LocalTime.MAX)).isEmpty();
    }

    @Test
    void aWindowContainsItsStartButNotItsEnd() {
        TimeWindow afternoon = DayPart.AFTERNOON.window();

        assertThat(afternoon.contains(LocalTime.of(13, 0))).isTrue();
        assertThat(afternoon.contains(LocalTime.of(18, 0))).isFalse();
    }

    @Test
    void aDateRangeMustNotEndBeforeItStarts() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> new DateRange(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 1)));
        assertThat(DateRange.of(LocalDate.of(2026, 12, 2)).isSingleDay()).isTrue();
    }

    @Test
    void aWishThatSaysNothingIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AppointmentWish(Optional.empty(),
                new TimeWish.AnyTime(), Optional.empty(), Preference.NONE));
        assertThat(new AppointmentWish(Optional.empty(), new TimeWish.AnyTime(), Optional.empty(),
                Preference.EARLIEST).preference()).isEqualTo(Preference.EARLIEST);
    }

    @Test
    void everyDayPartLiesInTheSalonDay() {
        assertThat(Arrays.stream(DayPart.values()).map(DayPart::window))
                .allSatisfy(w -> assertThat(TimeWindow.SALON_DAY.intersect(w)).contains(w));
    }

    @Property
    void intersectingTwoWindowsGivesAWindowInsideBoth(@ForAll @IntRange(min = 6, max = 21) int a,
            @ForAll @IntRange(min = 7, max = 22) int b, @ForAll @IntRange(min = 6, max = 21) int c,
            @ForAll @IntRange(min = 7, max = 22) int d) {
        Optional<TimeWindow> first = TimeWindow.clamped(LocalTime.of(a, 0), LocalTime.of(b, 0));
        Optional<TimeWindow> second = TimeWindow.clamped(LocalTime.of(c, 0), LocalTime.of(d, 0));

        first.flatMap(f -> second.flatMap(f::intersect)).ifPresent(both -> {
            assertThat(first.get().contains(both.from())).isTrue();
            assertThat(second.get().contains(both.from())).isTrue();
            assertThat(both.until()).isBeforeOrEqualTo(first.get().until()).isBeforeOrEqualTo(second.get().until());
        });
    }
}
