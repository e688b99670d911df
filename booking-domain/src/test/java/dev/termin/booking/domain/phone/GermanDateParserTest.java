package dev.termin.booking.domain.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class GermanDateParserTest {

    /** A Wednesday. */
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 17);

    private static Optional<LocalDate> parse(String datum) {
        return GermanDateParser.parse(datum, TODAY);
    }

    @Nested
    class RelativeDays {

        @Test
        void heuteIsToday() {
            assertThat(parse("heute")).contains(TODAY);
        }

        @Test
        void morgenIsTheDayAfterToday() {
            assertThat(parse("morgen")).contains(LocalDate.of(2026, 6, 18));
        }

        @ParameterizedTest
        @ValueSource(strings = {"übermorgen", "uebermorgen", "Übermorgen", "UEBERMORGEN", "  übermorgen  ",
            "ubermorgen", "Übermorgen."})
        void uebermorgenIsTwoDaysAfterTodayInAnySpelling(String datum) {
            assertThat(parse(datum)).contains(LocalDate.of(2026, 6, 19));
        }

        @Test
        void relativeDaysRollOverMonthAndYearEnds() {
            assertThat(GermanDateParser.parse("übermorgen", LocalDate.of(2026, 12, 31)))
                    .contains(LocalDate.of(2027, 1, 2));
        }
    }

    @Nested
    class NumericDates {

        @ParameterizedTest
        @CsvSource({
            "20.06.2025, 2025-06-20",
            "20.6.2025, 2025-06-20",
            "20.06.25, 2025-06-20",
            "1.1.2027, 2027-01-01",
            "01.01.27, 2027-01-01",
            "'20. 06. 2025', 2025-06-20",
            "am 20.06.2025, 2025-06-20",
            "den 20.06.2025, 2025-06-20",
            "'  20.06.2025  ', 2025-06-20",
        })
        void aDateWithAYearIsTakenAsSaid(String datum, LocalDate expected) {
            assertThat(parse(datum)).contains(expected);
        }

        @ParameterizedTest
        @CsvSource({
            "20.06., 2026-06-20",
            "20.6., 2026-06-20",
            "20.06, 2026-06-20",
            "am 20.6., 2026-06-20",
            "31.12., 2026-12-31",
        })
        void aDateWithoutYearStillToComeIsThisYear(String datum, LocalDate expected) {
            assertThat(parse(datum)).contains(expected);
        }

        @Test
        void aDateWithoutYearThatIsTodayIsToday() {
            assertThat(parse("17.06.")).contains(TODAY);
        }

        @ParameterizedTest
        @CsvSource({
            "16.06., 2027-06-16",
            "1.1., 2027-01-01",
            "28.2., 2027-02-28",
        })
        void aDateWithoutYearThatHasPassedIsNextYear(String datum, LocalDate expected) {
            assertThat(parse(datum)).contains(expected);
        }

        @Test
        void givenNoYear_29FebruaryIsTheNextOneThatExists() {
            assertThat(parse("29.02.")).contains(LocalDate.of(2028, 2, 29));
            assertThat(GermanDateParser.parse("29.2.", LocalDate.of(2028, 1, 5)))
                    .contains(LocalDate.of(2028, 2, 29));
        }

        @ParameterizedTest
        @ValueSource(strings = {"31.02.2025", "29.02.2026", "30.02.", "31.04.", "32.01.2025", "00.01.2025",
            "15.13.2025", "15.00.2025", "15.0.", "31.06."})
        void aDateThatDoesNotExistIsEmpty(String datum) {
            assertThat(parse(datum)).isEmpty();
        }

        @Test
        void aLeapDayWithItsYearIsAccepted() {
            assertThat(parse("29.02.2028")).contains(LocalDate.of(2028, 2, 29));
        }
    }

    @Nested
    class IsoDates {

        @Test
        void anIsoDateIsTakenAsSaid() {
            assertThat(parse("2025-06-20")).contains(LocalDate.of(2025, 6, 20));
        }

        @ParameterizedTest
        @ValueSource(strings = {"2025-02-30", "2025-6-20", "2025-13-01", "25-06-20", "2025/06/20"})
        void aMalformedOrImpossibleIsoDateIsEmpty(String datum) {
            assertThat(parse(datum)).isEmpty();
        }
    }

    @Nested
    class MonthNames {

        @ParameterizedTest
        @CsvSource({
            "20. Juni, 2026-06-20",
            "20 Juni, 2026-06-20",
            "20.Juni, 2026-06-20",
            "am 20. juni, 2026-06-20",
            "den 20. JUNI, 2026-06-20",
            "20. Juni 2025, 2025-06-20",
            "20. Juni 25, 2025-06-20",
            "1. März, 2027-03-01",
            "1. Maerz 2026, 2026-03-01",
            "3. MÄRZ 2027, 2027-03-03",
            "5. Jänner, 2027-01-05",
            "5. Januar, 2027-01-05",
            "14. Februar 2027, 2027-02-14",
            "30. April, 2027-04-30",
            "1. Mai, 2027-05-01",
            "4. Juli, 2026-07-04",
            "15. August, 2026-08-15",
            "20. September, 2026-09-20",
            "20. Sept. 2026, 2026-09-20",
            "14. Oktober, 2026-10-14",
            "14. Okt., 2026-10-14",
            "11. November, 2026-11-11",
            "24. Dezember, 2026-12-24",
            "24. Dez, 2026-12-24",
            "20. Juni., 2026-06-20",
        })
        void aDayWithAGermanMonthNameIsUnderstood(String datum, LocalDate expected) {
            assertThat(parse(datum)).contains(expected);
        }

        @ParameterizedTest
        @ValueSource(strings = {"31. April", "30. Februar 2027", "20. Juno", "20. June", "Juni", "20. Juni 202"})
        void anImpossibleDayOrUnknownMonthIsEmpty(String datum) {
            assertThat(parse(datum)).isEmpty();
        }
    }

    @Nested
    class Weekdays {

        @ParameterizedTest
        @CsvSource({
            "Montag, 2026-06-22",
            "Dienstag, 2026-06-23",
            "Donnerstag, 2026-06-18",
            "Freitag, 2026-06-19",
            "Samstag, 2026-06-20",
            "Sonnabend, 2026-06-20",
            "Sonntag, 2026-06-21",
            "SONNTAG, 2026-06-21",
            "am Freitag, 2026-06-19",
            "' am   freitag ', 2026-06-19",
            "Montag., 2026-06-22",
        })
        void aBareWeekdayIsItsNextDate(String datum, LocalDate expected) {
            assertThat(parse(datum)).contains(expected);
        }

        @Test
        void aBareWeekdayThatIsTodayIsToday() {
            // given today is a Wednesday
            // when
            Optional<LocalDate> date = parse("Mittwoch");
            // then
            assertThat(date).contains(TODAY);
        }

        @ParameterizedTest
        @ValueSource(strings = {"nächsten Mittwoch", "naechsten Mittwoch", "Nächsten mittwoch", "kommenden Mittwoch",
            "am nächsten Mittwoch", "am kommenden Mittwoch", "nächster Mittwoch", "kommende Mittwoch"})
        void naechstenWeekdayThatIsTodayIsOneWeekLater(String datum) {
            assertThat(parse(datum)).contains(LocalDate.of(2026, 6, 24));
        }

        @Test
        void naechstenWeekdayIsTheFirstSuchWeekdayAfterToday() {
            assertThat(parse("nächsten Donnerstag")).contains(LocalDate.of(2026, 6, 18));
            assertThat(parse("kommenden Montag")).contains(LocalDate.of(2026, 6, 22));
        }

        @ParameterizedTest
        @CsvSource({
            "'Freitag, 19.06.', 2026-06-19",
            "'Freitag, den 19. Juni', 2026-06-19",
            "Freitag 19.6.2026, 2026-06-19",
            "'am Freitag, 19.06.', 2026-06-19",
        })
        void aWeekdayWithAMatchingDateIsThatDate(String datum, LocalDate expected) {
            assertThat(parse(datum)).contains(expected);
        }

        @Test
        void aWeekdayThatContradictsTheDateIsEmpty() {
            assertThat(parse("Donnerstag, 19.06.")).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"Montag Dienstag", "nächsten", "übernächsten Montag", "Montags", "Mo"})
        void somethingThatIsNotExactlyAWeekdayIsEmpty(String datum) {
            assertThat(parse(datum)).isEmpty();
        }
    }

    @Nested
    class Rejected {

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "irgendwann", "gestern", "bald", "20", "20.06.2025 14:30", "am", "den",
            "2025", "heute morgen", "-1.06.2025", "20..06.2025"})
        void somethingThatIsNotADateIsEmpty(String datum) {
            assertThat(parse(datum)).isEmpty();
        }

        @Test
        void todayIsRequired() {
            assertThatNullPointerException().isThrownBy(() -> GermanDateParser.parse("heute", null));
        }
    }

    @Property
    void everyValidDateFormattedAsDdMmYyyyRoundTrips(@ForAll("epochDays") long epochDay) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        String datum = String.format("%02d.%02d.%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());

        assertThat(GermanDateParser.parse(datum, TODAY)).contains(date);
    }

    @Property
    void everyValidDateWithoutLeadingZerosRoundTrips(@ForAll("epochDays") long epochDay) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        String datum = date.getDayOfMonth() + "." + date.getMonthValue() + "." + date.getYear();

        assertThat(GermanDateParser.parse(datum, TODAY)).contains(date);
    }

    @Property
    void everyValidDateWithATwoDigitYearIsInThisCentury(@ForAll("epochDays") long epochDay) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        String datum = String.format("%02d.%02d.%02d", date.getDayOfMonth(), date.getMonthValue(),
                date.getYear() % 100);

        assertThat(GermanDateParser.parse(datum, TODAY)).contains(date);
    }

    @Property
    void everyValidDateSpeltWithItsMonthNameRoundTrips(@ForAll("epochDays") long epochDay) {
        String[] months = {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
            "Oktober", "November", "Dezember"};
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        String datum = date.getDayOfMonth() + ". " + months[date.getMonthValue() - 1] + " " + date.getYear();

        assertThat(GermanDateParser.parse(datum, TODAY)).contains(date);
    }

    @Property
    void aDateWithoutYearWithinTheComingYearIsFoundFromAnyToday(
            @ForAll("epochDays") long todayEpochDay, @ForAll @IntRange(min = 0, max = 364) int daysAhead) {
        LocalDate today = LocalDate.ofEpochDay(todayEpochDay);
        LocalDate target = today.plusDays(daysAhead);

        assertThat(GermanDateParser.parse(target.getDayOfMonth() + "." + target.getMonthValue() + ".", today))
                .contains(target);
    }

    @Property
    void aBareWeekdayIsWithinTheComingWeekTodayIncluded(
            @ForAll("epochDays") long todayEpochDay, @ForAll DayOfWeek weekday) {
        LocalDate today = LocalDate.ofEpochDay(todayEpochDay);

        LocalDate date = GermanDateParser.parse(german(weekday), today).orElseThrow();

        assertThat(date.getDayOfWeek()).isEqualTo(weekday);
        assertThat(date).isBetween(today, today.plusDays(6));
    }

    @Property
    void naechstenWeekdayIsWithinTheComingWeekTodayExcluded(
            @ForAll("epochDays") long todayEpochDay, @ForAll DayOfWeek weekday) {
        LocalDate today = LocalDate.ofEpochDay(todayEpochDay);

        LocalDate date = GermanDateParser.parse("nächsten " + german(weekday), today).orElseThrow();

        assertThat(date.getDayOfWeek()).isEqualTo(weekday);
        assertThat(date).isBetween(today.plusDays(1), today.plusDays(7));
    }

    @Property
    void anyInputGivesAResultOrEmptyButNeverThrows(@ForAll String datum) {
        assertThat(GermanDateParser.parse(datum, TODAY)).isNotNull();
    }

    @Provide
    Arbitrary<Long> epochDays() {
        return Arbitraries.longs()
                .between(LocalDate.of(2000, 1, 1).toEpochDay(), LocalDate.of(2099, 12, 31).toEpochDay());
    }

    private static String german(DayOfWeek weekday) {
        return switch (weekday) {
            case MONDAY -> "Montag";
            case TUESDAY -> "Dienstag";
            case WEDNESDAY -> "Mittwoch";
            case THURSDAY -> "Donnerstag";
            case FRIDAY -> "Freitag";
            case SATURDAY -> "Samstag";
            case SUNDAY -> "Sonntag";
        };
    }
}
