package dev.termin.booking.domain.slot;

import static dev.termin.booking.domain.slot.Salon.ANNA;
import static dev.termin.booking.domain.slot.Salon.BERLIN;
import static dev.termin.booking.domain.slot.Salon.salon;
import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.domain.catalogue.PausePolicy;
import dev.termin.booking.domain.time.LocalTimeWindow;
import dev.termin.booking.domain.time.WeeklyHours;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Slot search across the daylight saving changes of 2026 in Europe/Berlin (Sundays 29 March and 25 October). */
class SlotSearchDstTest {

    private static final LocalDate SPRING_FORWARD = LocalDate.of(2026, 3, 29);
    private static final LocalDate FALL_BACK = LocalDate.of(2026, 10, 25);
    private static final WeeklyHours EVERY_DAY_9_TO_18 = WeeklyHours.on(List.of(DayOfWeek.values()),
            LocalTimeWindow.of("09:00", "18:00"));
    private static final WeeklyHours AROUND_THE_CLOCK = WeeklyHours.on(List.of(DayOfWeek.values()),
            LocalTimeWindow.of("00:00", "00:00"));

    /** The salon open every day, "now" a week before the given day. */
    private static Salon openEveryDay(LocalDate day, WeeklyHours hours) {
        return salon().openingHours(hours).everybodyWorks(hours).now(day.minusDays(7).atStartOfDay(BERLIN)
                .toInstant());
    }

    private static void assertStartsAreDistinctAndEvery15Minutes(List<Slot> slots) {
        assertThat(new HashSet<>(slots.stream().map(Slot::start).toList())).hasSameSizeAs(slots);
        for (int i = 1; i < slots.size(); i++) {
            assertThat(Duration.between(slots.get(i - 1).start(), slots.get(i).start()))
                    .as("gap after %s", slots.get(i - 1).start()).isEqualTo(Duration.ofMinutes(15));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-23", "2026-03-26", "2026-03-28", "2026-10-26", "2026-10-28", "2026-10-31"})
    void inWinterWeeksTheFirstCutIsAtEightUtcAndTheLastAtFourThirtyUtc(String day) {
        // given
        LocalDate date = LocalDate.parse(day);
        Salon salon = openEveryDay(date, EVERY_DAY_9_TO_18);

        // when
        List<Slot> slots = salon.find(date, ANNA);

        // then
        assertThat(slots).hasSize(35);
        assertThat(slots.get(0).start()).isEqualTo(date.atTime(8, 0).toInstant(ZoneOffset.UTC));
        assertThat(slots.get(34).start()).isEqualTo(date.atTime(16, 30).toInstant(ZoneOffset.UTC));
        assertStartsAreDistinctAndEvery15Minutes(slots);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-30", "2026-04-01", "2026-04-04", "2026-10-19", "2026-10-21", "2026-10-24"})
    void inSummerWeeksTheFirstCutIsAtSevenUtcAndTheLastAtThreeThirtyUtc(String day) {
        // given
        LocalDate date = LocalDate.parse(day);
        Salon salon = openEveryDay(date, EVERY_DAY_9_TO_18);

        // when
        List<Slot> slots = salon.find(date, ANNA);

        // then
        assertThat(slots).hasSize(35);
        assertThat(slots.get(0).start()).isEqualTo(date.atTime(7, 0).toInstant(ZoneOffset.UTC));
        assertThat(slots.get(34).start()).isEqualTo(date.atTime(15, 30).toInstant(ZoneOffset.UTC));
        assertStartsAreDistinctAndEvery15Minutes(slots);
    }

    @Test
    void onTheSpringForwardSundayTheSalonOffersTheUsualDayInSummerTime() {
        // given
        Salon salon = openEveryDay(SPRING_FORWARD, EVERY_DAY_9_TO_18);

        // when
        List<Slot> slots = salon.find(SPRING_FORWARD, ANNA);

        // then
        assertThat(slots).hasSize(35);
        assertThat(slots.get(0).start()).isEqualTo(Instant.parse("2026-03-29T07:00:00Z"));
        assertStartsAreDistinctAndEvery15Minutes(slots);
    }

    @Test
    void onTheFallBackSundayTheSalonOffersTheUsualDayInWinterTime() {
        // given
        Salon salon = openEveryDay(FALL_BACK, EVERY_DAY_9_TO_18);

        // when
        List<Slot> slots = salon.find(FALL_BACK, ANNA);

        // then
        assertThat(slots).hasSize(35);
        assertThat(slots.get(0).start()).isEqualTo(Instant.parse("2026-10-25T08:00:00Z"));
        assertStartsAreDistinctAndEvery15Minutes(slots);
    }

    @Test
    void aWholeChangeWeekSearchHasThirtyFiveCutsEveryDay() {
        // given
        Salon salon = openEveryDay(LocalDate.of(2026, 3, 26), EVERY_DAY_9_TO_18);

        // when
        List<Slot> slots = salon.find(LocalDate.of(2026, 3, 26), LocalDate.of(2026, 4, 1));

        // then
        assertThat(slots).hasSize(7 * 35);
        assertThat(slots).allSatisfy(s -> {
            LocalTime local = s.start().atZone(BERLIN).toLocalTime();
            assertThat(local).isBetween(LocalTime.of(9, 0), LocalTime.of(17, 30));
        });
    }

    @Test
    void aroundTheClockTheSpringForwardDayHasNoStartsInTheMissingHourAndNoGaps() {
        // given
        Salon salon = openEveryDay(SPRING_FORWARD, AROUND_THE_CLOCK);

        // when
        List<Slot> slots = salon.find(SPRING_FORWARD, ANNA);

        // then: 23 real hours of quarter-hour starts
        assertThat(slots).hasSize(23 * 4);
        assertThat(slots.get(0).start()).isEqualTo(SPRING_FORWARD.atStartOfDay(BERLIN).toInstant());
        assertThat(Salon.localStarts(slots)).contains("01:45", "03:00").doesNotContain("02:00", "02:15", "02:30",
                "02:45");
        assertThat(slots.get(slots.size() - 1).start().atZone(BERLIN).toLocalTime()).isEqualTo(LocalTime.of(23, 45));
        assertStartsAreDistinctAndEvery15Minutes(slots);
    }

    @Test
    void aroundTheClockTheFallBackDayOffersTheRepeatedHourTwiceWithoutDuplicates() {
        // given
        Salon salon = openEveryDay(FALL_BACK, AROUND_THE_CLOCK);

        // when
        List<Slot> slots = salon.find(FALL_BACK, ANNA);

        // then: 25 real hours of quarter-hour starts; 02:00-02:45 local exist in summer and in winter time
        assertThat(slots).hasSize(25 * 4);
        assertThat(slots.stream().map(Slot::start)).contains(Instant.parse("2026-10-25T00:15:00Z"),
                Instant.parse("2026-10-25T01:15:00Z"));
        assertStartsAreDistinctAndEvery15Minutes(slots);
    }

    @Test
    void everyStartFoundOnTheFallBackDayIsExplainedAsBookableAndViceVersa() {
        // given
        Salon salon = openEveryDay(FALL_BACK, AROUND_THE_CLOCK);
        List<Slot> slots = salon.find(FALL_BACK, ANNA);

        // when / then
        Instant dayStart = FALL_BACK.atStartOfDay(BERLIN).toInstant();
        Instant dayEnd = FALL_BACK.plusDays(1).atStartOfDay(BERLIN).toInstant();
        for (Instant t = dayStart; t.isBefore(dayEnd); t = t.plus(Duration.ofMinutes(15))) {
            Instant start = t;
            boolean found = slots.stream().anyMatch(s -> s.start().equals(start));
            assertThat(salon.explain(start, ANNA).bookable()).as("%s", start).isEqualTo(found);
        }
    }

    @Test
    void aStartInTheSpringForwardGapDoesNotExistAndIsNotOffered() {
        // given: 01:45 CET + 15 min is 03:00 CEST
        Salon salon = openEveryDay(SPRING_FORWARD, AROUND_THE_CLOCK);

        // when
        Explanation before = salon.explain(Instant.parse("2026-03-29T00:45:00Z"), ANNA);
        Explanation after = salon.explain(Instant.parse("2026-03-29T01:00:00Z"), ANNA);

        // then
        assertThat(before.bookable()).isTrue();
        assertThat(after.bookable()).isTrue();
        assertThat(after.slot().orElseThrow().start().atZone(BERLIN).toLocalTime()).isEqualTo(LocalTime.of(3, 0));
    }

    @Test
    void aCompositeRunningThroughTheNightOfTheChangeTakesRealTime() {
        // given: a colour starting 01:00 CET on the spring-forward night
        Salon salon = openEveryDay(SPRING_FORWARD, AROUND_THE_CLOCK).service(Salon.colour(PausePolicy.BLOCKED));

        // when
        Slot slot = salon.slotAt(Instant.parse("2026-03-29T00:00:00Z"), ANNA);

        // then: 2 h 45 min of real time, ending 04:45 CEST on the wall clock
        assertThat(slot.interval().duration()).isEqualTo(Duration.ofMinutes(165));
        assertThat(slot.end().atZone(BERLIN).toLocalTime()).isEqualTo(LocalTime.of(4, 45));
    }

    @Test
    void aNightBreakThatVanishesInTheGapDoesNotBreakTheSearch() {
        // given: a break 02:30-03:00 on Sundays, which does not exist on the spring-forward Sunday
        Salon salon = openEveryDay(SPRING_FORWARD, AROUND_THE_CLOCK)
                .breaks(ANNA, WeeklyHours.on(List.of(DayOfWeek.SUNDAY), LocalTimeWindow.of("02:30", "03:00")));

        // when
        List<Slot> slots = salon.find(SPRING_FORWARD, ANNA);

        // then
        assertThat(slots).hasSize(23 * 4);
    }

    @Test
    void aWindowOpeningInTheRepeatedHourAlsoOffersTheRepeatedStartsBeforeItsWallClockStart() {
        // given: open from 02:30 on the fall-back Sunday, i.e. from 02:30 CEST; 02:15 CET comes 45 minutes later
        WeeklyHours night = WeeklyHours.on(List.of(DayOfWeek.SUNDAY), LocalTimeWindow.of("02:30", "06:00"));
        Salon salon = openEveryDay(FALL_BACK, night).everybodyWorks(AROUND_THE_CLOCK);
        Instant quarterPastTwoWinterTime = Instant.parse("2026-10-25T01:15:00Z");

        // when
        List<Slot> slots = salon.find(FALL_BACK, ANNA);

        // then
        assertThat(salon.explain(quarterPastTwoWinterTime, ANNA).bookable()).isTrue();
        assertThat(slots.stream().map(Slot::start)).contains(quarterPastTwoWinterTime);
        assertThat(slots.get(0).start()).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
        assertStartsAreDistinctAndEvery15Minutes(slots);
    }

    @Test
    void aWindowClosingInTheSpringForwardGapAlsoOffersStartsAfterItsWallClockEnd() {
        // given: open until 02:30 on the spring-forward Sunday, which is 03:30 CEST; a 15-minute service
        WeeklyHours night = WeeklyHours.on(List.of(DayOfWeek.SUNDAY), LocalTimeWindow.of("01:00", "02:30"));
        Salon salon = openEveryDay(SPRING_FORWARD, night).everybodyWorks(AROUND_THE_CLOCK)
                .service(Salon.plain(15));
        Instant threeSummerTime = Instant.parse("2026-03-29T01:00:00Z");

        // when
        List<Slot> slots = salon.find(SPRING_FORWARD, ANNA);

        // then
        assertThat(salon.explain(threeSummerTime, ANNA).bookable()).isTrue();
        assertThat(Salon.localStarts(slots)).containsExactly("01:00", "01:15", "01:30", "01:45", "03:00", "03:15");
    }
}
