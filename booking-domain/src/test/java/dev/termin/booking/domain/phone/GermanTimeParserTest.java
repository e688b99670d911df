package dev.termin.booking.domain.phone;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class GermanTimeParserTest {

    @Nested
    class Digits {

        @ParameterizedTest
        @CsvSource({
            "14:30, 14:30",
            "14.30, 14:30",
            "14 Uhr, 14:00",
            "14 Uhr 30, 14:30",
            "14:30 Uhr, 14:30",
            "14.30 Uhr, 14:30",
            "9, 09:00",
            "9 Uhr, 09:00",
            "09:05, 09:05",
            "9:05, 09:05",
            "14 Uhr 5, 14:05",
            "14 Uhr 05, 14:05",
            "um 14 Uhr, 14:00",
            "Um 9:15, 09:15",
            "14 UHR, 14:00",
            "'  14:30   uhr  ', 14:30",
            "0:00, 00:00",
            "00:00, 00:00",
            "23:59, 23:59",
            "14:30:00, 14:30",
        })
        void digitsAreReadOnTheTwentyFourHourClock(String uhrzeit, LocalTime expected) {
            assertThat(GermanTimeParser.parse(uhrzeit)).contains(expected);
        }

        @Test
        void aSingleDigitAfternoonHourIsNotMovedToTheAfternoon() {
            // Only the colloquial forms are read as salon hours; digits are taken literally.
            assertThat(GermanTimeParser.parse("3 Uhr")).contains(LocalTime.of(3, 0));
        }
    }

    @Nested
    class Colloquial {

        @ParameterizedTest
        @CsvSource({
            "halb drei, 14:30",
            "halb 3, 14:30",
            "Halb Drei, 14:30",
            "um halb drei, 14:30",
            "halb eins, 12:30",
            "halb zwei, 13:30",
            "halb zwo, 13:30",
            "halb fünf, 16:30",
            "halb fuenf, 16:30",
            "halb sieben, 18:30",
            "halb acht, 07:30",
            "halb neun, 08:30",
            "halb zehn, 09:30",
            "halb elf, 10:30",
            "halb zwölf, 11:30",
            "halb zwoelf, 11:30",
            "halb 12, 11:30",
            "halb 15, 14:30",
            "halb 24, 23:30",
        })
        void halbNIsHalfAnHourBeforeNInSalonHours(String uhrzeit, LocalTime expected) {
            assertThat(GermanTimeParser.parse(uhrzeit)).contains(expected);
        }

        @ParameterizedTest
        @CsvSource({
            "viertel nach drei, 15:15",
            "Viertel nach 3, 15:15",
            "viertel nach zwölf, 12:15",
            "viertel nach acht, 08:15",
            "viertel nach sieben, 19:15",
            "viertel vor drei, 14:45",
            "viertel vor acht, 07:45",
            "viertel vor eins, 12:45",
            "dreiviertel drei, 14:45",
            "drei viertel drei, 14:45",
            "um viertel vor zehn, 09:45",
        })
        void viertelNachAndViertelVorAreAQuarterAfterAndBeforeN(String uhrzeit, LocalTime expected) {
            assertThat(GermanTimeParser.parse(uhrzeit)).contains(expected);
        }
    }

    @Nested
    class Rejected {

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "24:00", "24", "24 Uhr", "25", "99:00", "14:60", "14.60", "14 Uhr 60",
            "14:5", "14:300", "14:30:15", "-1", "halb", "halb null", "halb 0", "halb 25", "halb dreizehn",
            "viertel nach 24", "viertel", "abends", "nachmittags", "14:30 Uhr abends", "14h30", "um", "Uhr",
            "14 30", "halb drei Uhr"})
        void somethingThatIsNotATimeOfDayIsEmpty(String uhrzeit) {
            assertThat(GermanTimeParser.parse(uhrzeit)).isEmpty();
        }
    }

    @Property
    void everyMinuteOfTheDayWithAColonRoundTrips(@ForAll @IntRange(min = 0, max = 23) int hour,
            @ForAll @IntRange(min = 0, max = 59) int minute) {
        String uhrzeit = String.format("%02d:%02d", hour, minute);

        assertThat(GermanTimeParser.parse(uhrzeit)).contains(LocalTime.of(hour, minute));
    }

    @Property
    void everyMinuteOfTheDaySpokenWithUhrRoundTrips(@ForAll @IntRange(min = 0, max = 23) int hour,
            @ForAll @IntRange(min = 0, max = 59) int minute) {
        assertThat(GermanTimeParser.parse(hour + " Uhr " + minute)).contains(LocalTime.of(hour, minute));
    }

    @Property
    void anHourFrom24OnIsNeverATime(@ForAll @IntRange(min = 24, max = 99) int hour,
            @ForAll @IntRange(min = 0, max = 59) int minute) {
        assertThat(GermanTimeParser.parse(hour + ":" + String.format("%02d", minute))).isEmpty();
    }

    @Property
    void aMinuteFrom60OnIsNeverATime(@ForAll @IntRange(min = 0, max = 23) int hour,
            @ForAll @IntRange(min = 60, max = 99) int minute) {
        assertThat(GermanTimeParser.parse(hour + ":" + minute)).isEmpty();
    }

    @Property
    void everyColloquialTimeLiesWithinSalonHours(@ForAll @IntRange(min = 1, max = 12) int n) {
        LocalTime halb = GermanTimeParser.parse("halb " + n).orElseThrow();
        LocalTime nach = GermanTimeParser.parse("viertel nach " + n).orElseThrow();
        LocalTime vor = GermanTimeParser.parse("viertel vor " + n).orElseThrow();

        assertThat(halb).isBetween(LocalTime.of(7, 30), LocalTime.of(18, 30));
        assertThat(nach).isEqualTo(halb.plusMinutes(45));
        assertThat(vor).isEqualTo(halb.plusMinutes(15));
    }

    @Property
    void anyInputGivesAResultOrEmptyButNeverThrows(@ForAll String uhrzeit) {
        assertThat(GermanTimeParser.parse(uhrzeit)).isNotNull();
    }
}
