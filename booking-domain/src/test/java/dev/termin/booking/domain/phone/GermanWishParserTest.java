package dev.termin.booking.domain.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.termin.booking.domain.phone.AppointmentWish.Preference;
import dev.termin.booking.domain.phone.AppointmentWish.TimeWish;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class GermanWishParserTest {

    /** A Wednesday. */
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private static AppointmentWish parse(String text) {
        return GermanWishParser.parse(text, TODAY).orElseThrow(() -> new AssertionError("not understood: " + text));
    }

    @Test
    void givenTomorrowAfternoon_theWishIsTomorrowsAfternoonWindowAndKeepsTheDayPart() {
        AppointmentWish wish = parse("morgen nachmittag");

        assertThat(wish.dates()).contains(DateRange.of(TODAY.plusDays(1)));
        assertThat(wish.time()).isEqualTo(new TimeWish.Within(DayPart.AFTERNOON.window()));
        assertThat(wish.dayPart()).contains(DayPart.AFTERNOON);
        assertThat(wish.preference()).isEqualTo(Preference.NONE);
    }

    @Test
    void givenSoFruehWieMoeglich_theWishLeavesTheDayOpenAndWantsTheEarliest() {
        AppointmentWish wish = parse("so früh wie möglich");

        assertThat(wish.dates()).isEmpty();
        assertThat(wish.time()).isEqualTo(new TimeWish.AnyTime());
        assertThat(wish.preference()).isEqualTo(Preference.EARLIEST);
    }

    @Test
    void givenATuesdayAfterFourPm_theWindowRunsToTheEndOfTheSalonDay() {
        AppointmentWish wish = parse("Dienstag nach 16 Uhr");

        assertThat(wish.dates()).contains(DateRange.of(LocalDate.of(2026, 12, 8)));
        assertThat(wish.time()).isEqualTo(new TimeWish.Within(new TimeWindow(LocalTime.of(16, 0),
                TimeWindow.SALON_DAY.until())));
    }

    @Test
    void givenColloquialQuarters_theSalonReadingOfTheExistingTimeParserIsKept() {
        assertThat(parse("halb drei").time()).isEqualTo(new TimeWish.At(LocalTime.of(14, 30)));
        assertThat(parse("viertel drei").time()).isEqualTo(new TimeWish.At(LocalTime.of(14, 15)));
        assertThat(parse("dreiviertel drei").time()).isEqualTo(new TimeWish.At(LocalTime.of(14, 45)));
        assertThat(GermanTimeParser.parse("halb drei")).contains(LocalTime.of(14, 30));
    }

    @Test
    void givenAWeekdayThatContradictsTheDate_nothingIsGuessed() {
        assertThat(GermanWishParser.parse("Dienstag, den 3.12.", TODAY)).isEmpty();
    }

    @Test
    void givenADottedTimeAtTheEndOfASentence_itIsATimeNotADate() {
        assertThat(parse("14.30.").time()).isEqualTo(new TimeWish.At(LocalTime.of(14, 30)));
        assertThat(parse("Dienstag 14.30.").dates()).contains(DateRange.of(LocalDate.of(2026, 12, 8)));
    }

    @Test
    void givenAnImpossibleDateAfterAm_nothingIsGuessed() {
        assertThat(GermanWishParser.parse("am 13.13.", TODAY)).isEmpty();
        assertThat(GermanWishParser.parse("am 31. Februar um 10", TODAY)).isEmpty();
    }

    @Test
    void givenNothingAboutTime_theWishIsNotUnderstood() {
        assertThat(GermanWishParser.parse("Guten Tag, hier ist Müller", TODAY)).isEmpty();
        assertThat(GermanWishParser.parse(null, TODAY)).isEmpty();
        assertThat(GermanWishParser.parse("   ", TODAY)).isEmpty();
    }

    @Test
    void todayIsRequired() {
        assertThatNullPointerException().isThrownBy(() -> GermanWishParser.parse("morgen", null));
    }

    @Property
    void aDayPartOnAWeekdayIsThatWeekdaysWindowWithinTheComingWeek(@ForAll("anyDay") LocalDate today,
            @ForAll DayOfWeek weekday, @ForAll("dayPartWords") String dayPart) {
        AppointmentWish wish = GermanWishParser.parse(name(weekday) + " " + dayPart, today).orElseThrow();

        LocalDate day = wish.dates().orElseThrow().first();
        assertThat(day.getDayOfWeek()).isEqualTo(weekday);
        assertThat(day).isBetween(today, today.plusDays(6));
        assertThat(wish.time()).isEqualTo(new TimeWish.Within(wish.dayPart().orElseThrow().window()));
    }

    @Property
    void aParsedRangeLiesInsideTheSalonDayAndStartsBeforeItEnds(@ForAll("anyDay") LocalDate today,
            @ForAll("rangeWords") String range, @ForAll @IntRange(min = 0, max = 30) int a,
            @ForAll @IntRange(min = 0, max = 30) int b, @ForAll("maybeDayPart") String dayPart) {
        String text = dayPart + " " + range.replace("A", Integer.toString(a)).replace("B", Integer.toString(b));

        Optional<AppointmentWish> wish = GermanWishParser.parse(text, today);

        wish.map(AppointmentWish::time).filter(TimeWish.Within.class::isInstance).map(t -> ((TimeWish.Within) t).window())
                .ifPresent(window -> {
                    assertThat(window.from()).isBefore(window.until());
                    assertThat(window.from()).isAfterOrEqualTo(TimeWindow.SALON_DAY.from());
                    assertThat(window.until()).isBeforeOrEqualTo(TimeWindow.SALON_DAY.until());
                });
    }

    @Property
    void inNWeeksIsTheWholeCalendarWeekThatHoldsTheDayNWeeksAhead(@ForAll("anyDay") LocalDate today,
            @ForAll @IntRange(min = 1, max = 9) int weeks) {
        DateRange range = GermanWishParser.parse("in " + weeks + " Wochen", today).orElseThrow().dates().orElseThrow();

        assertThat(range.first().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(range.last()).isEqualTo(range.first().plusDays(6));
        assertThat(range.contains(today.plusWeeks(weeks))).isTrue();
    }

    @Property
    void parsedDaysNeverLieBeforeToday(@ForAll("anyDay") LocalDate today, @ForAll("dayWords") String day) {
        GermanWishParser.parse(day, today).flatMap(AppointmentWish::dates)
                .ifPresent(range -> assertThat(range.first()).isAfterOrEqualTo(today));
    }

    @Property
    void anyMixOfWishWordsIsEitherNotUnderstoodOrAValidWish(@ForAll("anyDay") LocalDate today,
            @ForAll("wordSoup") String text) {
        Optional<AppointmentWish> wish = GermanWishParser.parse(text, today);

        wish.ifPresent(w -> assertThat(w.dates().isPresent() || !(w.time() instanceof TimeWish.AnyTime)
                || w.dayPart().isPresent() || w.preference() == Preference.EARLIEST).isTrue());
    }

    @Provide
    Arbitrary<LocalDate> anyDay() {
        return Arbitraries.integers().between(0, 3 * 366).map(LocalDate.of(2026, 1, 1)::plusDays);
    }

    @Provide
    Arbitrary<String> dayPartWords() {
        return Arbitraries.of("vormittags", "nachmittags", "abends", "früh", "mittags", "am späten Nachmittag",
                "am frühen Nachmittag", "am Vormittag");
    }

    @Provide
    Arbitrary<String> maybeDayPart() {
        return Arbitraries.of("", "vormittags", "nachmittags", "abends", "früh", "mittags");
    }

    @Provide
    Arbitrary<String> rangeWords() {
        return Arbitraries.of("zwischen A und B", "von A bis B", "A bis B Uhr", "nach A Uhr", "ab A", "vor A",
                "bis A", "frühestens um A", "spätestens um A", "nicht vor A Uhr", "zwischen halb A und B");
    }

    @Provide
    Arbitrary<String> dayWords() {
        return Arbitraries.of("heute", "morgen", "übermorgen", "Montag", "nächsten Freitag", "diese Woche",
                "nächste Woche", "in zwei Wochen", "Montag in einer Woche", "am Wochenende", "nächstes Wochenende",
                "Ende der Woche", "Anfang nächster Woche", "im Januar", "Ende Dezember", "am 3.12.",
                "am dritten Dezember", "in acht Tagen", "nächste Woche Dienstag", "diese Woche Freitag");
    }

    @Provide
    Arbitrary<String> wordSoup() {
        List<String> words = List.of("morgen", "nachmittag", "um", "halb", "drei", "zwischen", "und", "bis", "nach",
                "vor", "16", "Uhr", "Dienstag", "nächste", "Woche", "in", "zwei", "Wochen", "am", "3.12.", "früh",
                "so", "wie", "möglich", "viertel", "ab", "Wochenende", "dritten", "Dezember", "abends", "14:30");
        return Arbitraries.of(words).list().ofMinSize(1).ofMaxSize(7).map(w -> String.join(" ", w));
    }

    private static String name(DayOfWeek day) {
        return List.of("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
                .get(day.getValue() - 1);
    }
}
