package dev.termin.booking.domain.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GermanPhrasesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** Tuesday, 23 June 2026, 14:30 in Berlin (summer time, UTC+2). */
    private static final Instant TUESDAY_1430 = Instant.parse("2026-06-23T12:30:00Z");

    @Nested
    class Dates {

        @ParameterizedTest
        @CsvSource({
            "2026-06-22, 'Montag, 22. Juni'",
            "2026-06-23, 'Dienstag, 23. Juni'",
            "2026-06-24, 'Mittwoch, 24. Juni'",
            "2026-06-25, 'Donnerstag, 25. Juni'",
            "2026-06-26, 'Freitag, 26. Juni'",
            "2026-06-27, 'Samstag, 27. Juni'",
            "2026-06-28, 'Sonntag, 28. Juni'",
        })
        void everyWeekdayHasItsGermanName(LocalDate date, String expected) {
            assertThat(GermanPhrases.date(date)).isEqualTo(expected);
        }

        @ParameterizedTest
        @CsvSource({
            "2027-01-01, 'Freitag, 1. Januar'",
            "2027-02-14, 'Sonntag, 14. Februar'",
            "2027-03-01, 'Montag, 1. März'",
            "2027-04-30, 'Freitag, 30. April'",
            "2027-05-01, 'Samstag, 1. Mai'",
            "2027-06-20, 'Sonntag, 20. Juni'",
            "2027-07-04, 'Sonntag, 4. Juli'",
            "2027-08-15, 'Sonntag, 15. August'",
            "2027-09-09, 'Donnerstag, 9. September'",
            "2027-10-14, 'Donnerstag, 14. Oktober'",
            "2027-11-11, 'Donnerstag, 11. November'",
            "2027-12-24, 'Freitag, 24. Dezember'",
        })
        void everyMonthHasItsGermanName(LocalDate date, String expected) {
            assertThat(GermanPhrases.date(date)).isEqualTo(expected);
        }

        @ParameterizedTest
        @CsvSource({
            "14:30, 14:30 Uhr",
            "15:00, 15:00 Uhr",
            "09:05, 9:05 Uhr",
            "00:00, 0:00 Uhr",
            "23:59:59, 23:59 Uhr",
        })
        void aTimeIsHoursColonMinutesUhr(LocalTime time, String expected) {
            assertThat(GermanPhrases.time(time)).isEqualTo(expected);
        }

        @Test
        void anInstantIsSaidInTheBranchZone() {
            assertThat(GermanPhrases.dateTime(TUESDAY_1430, BERLIN)).isEqualTo("Dienstag, 23. Juni, um 14:30 Uhr");
            assertThat(GermanPhrases.dateTime(TUESDAY_1430, ZoneId.of("America/New_York")))
                    .isEqualTo("Dienstag, 23. Juni, um 8:30 Uhr");
        }

        @Test
        void theSameWallClockTimeReadsTheSameInSummerAndWinter() {
            // given 14:30 in Berlin in summer (UTC+2) and in winter (UTC+1)
            Instant summer = Instant.parse("2026-06-23T12:30:00Z");
            Instant winter = Instant.parse("2026-12-15T13:30:00Z");
            // then both are read as 14:30
            assertThat(GermanPhrases.dateTime(summer, BERLIN)).isEqualTo("Dienstag, 23. Juni, um 14:30 Uhr");
            assertThat(GermanPhrases.dateTime(winter, BERLIN)).isEqualTo("Dienstag, 15. Dezember, um 14:30 Uhr");
        }

        @Test
        void onTheDaysTheClocksChangeTheLocalTimeIsSaid() {
            assertThat(GermanPhrases.dateTime(Instant.parse("2026-03-29T00:30:00Z"), BERLIN))
                    .isEqualTo("Sonntag, 29. März, um 1:30 Uhr");
            assertThat(GermanPhrases.dateTime(Instant.parse("2026-03-29T01:30:00Z"), BERLIN))
                    .isEqualTo("Sonntag, 29. März, um 3:30 Uhr");
            // 02:30 happens twice when summer time ends.
            assertThat(GermanPhrases.dateTime(Instant.parse("2026-10-25T00:30:00Z"), BERLIN))
                    .isEqualTo("Sonntag, 25. Oktober, um 2:30 Uhr");
            assertThat(GermanPhrases.dateTime(Instant.parse("2026-10-25T01:30:00Z"), BERLIN))
                    .isEqualTo("Sonntag, 25. Oktober, um 2:30 Uhr");
        }

        @Test
        void shortlyAfterMidnightLocallyIsAlreadyTheNextDay() {
            assertThat(GermanPhrases.dateTime(Instant.parse("2026-06-23T22:30:00Z"), BERLIN))
                    .isEqualTo("Mittwoch, 24. Juni, um 0:30 Uhr");
        }

        @Test
        void theJvmLocaleDoesNotChangeTheWording() {
            Locale original = Locale.getDefault();
            try {
                Locale.setDefault(new Locale("ar", "EG"));
                assertThat(GermanPhrases.dateTime(TUESDAY_1430, BERLIN)).isEqualTo("Dienstag, 23. Juni, um 14:30 Uhr");
                Locale.setDefault(Locale.US);
                assertThat(GermanPhrases.dateTime(TUESDAY_1430, BERLIN)).isEqualTo("Dienstag, 23. Juni, um 14:30 Uhr");
            } finally {
                Locale.setDefault(original);
            }
        }
    }

    @Nested
    class Availability {

        @Test
        void aFreeSlotIsOfferedWithServiceStaffTimeAndHold() {
            assertThat(GermanPhrases.available("Haarschnitt", "Maria", TUESDAY_1430, BERLIN, Duration.ofMinutes(5)))
                    .isEqualTo("Am Dienstag, 23. Juni, um 14:30 Uhr ist ein Termin für Haarschnitt bei Maria frei. "
                            + "Ich reserviere ihn 5 Minuten lang für Sie. Soll ich ihn verbindlich buchen?");
        }

        @Test
        void aHoldOfUnderTwoMinutesIsOneMinute() {
            assertThat(GermanPhrases.available("Haarschnitt", "Maria", TUESDAY_1430, BERLIN, Duration.ofSeconds(90)))
                    .contains("Ich reserviere ihn 1 Minute lang für Sie.");
        }

        @Test
        void aHoldMustLastSomeTime() {
            assertThatIllegalArgumentException().isThrownBy(
                    () -> GermanPhrases.available("Haarschnitt", "Maria", TUESDAY_1430, BERLIN, Duration.ZERO));
        }

        @Test
        void aBlankServiceOrStaffNameIsAProgrammingError() {
            assertThatIllegalArgumentException().isThrownBy(
                    () -> GermanPhrases.available(" ", "Maria", TUESDAY_1430, BERLIN, Duration.ofMinutes(5)));
            assertThatIllegalArgumentException().isThrownBy(
                    () -> GermanPhrases.booked("Haarschnitt", "", TUESDAY_1430, BERLIN));
        }

        @Test
        void aTakenSlotOffersTheAlternativesFromTheExample() {
            // given alternatives on Tuesday 15:00 and on Wednesday
            List<Instant> alternatives = List.of(Instant.parse("2026-06-23T13:00:00Z"),
                    Instant.parse("2026-06-24T08:00:00Z"));
            // when
            String sentence = GermanPhrases.notAvailable(TUESDAY_1430, BERLIN, alternatives);
            // then
            assertThat(sentence).isEqualTo("Um 14:30 Uhr ist leider kein Termin frei. Ich kann Ihnen "
                    + "Dienstag, 23. Juni, um 15:00 Uhr oder Mittwoch, 24. Juni, um 10:00 Uhr anbieten.");
        }

        @Test
        void oneAlternativeIsOfferedAlone() {
            assertThat(GermanPhrases.notAvailable(TUESDAY_1430, BERLIN,
                    List.of(Instant.parse("2026-06-23T13:00:00Z"))))
                    .isEqualTo("Um 14:30 Uhr ist leider kein Termin frei. Ich kann Ihnen "
                            + "Dienstag, 23. Juni, um 15:00 Uhr anbieten.");
        }

        @Test
        void atMostThreeAlternativesAreOfferedAndSameDayOnesByTimeOnly() {
            List<Instant> alternatives = List.of(
                    Instant.parse("2026-06-23T13:00:00Z"),
                    Instant.parse("2026-06-23T14:00:00Z"),
                    Instant.parse("2026-06-24T08:00:00Z"),
                    Instant.parse("2026-06-24T09:00:00Z"));

            assertThat(GermanPhrases.notAvailable(TUESDAY_1430, BERLIN, alternatives))
                    .isEqualTo("Um 14:30 Uhr ist leider kein Termin frei. Ich kann Ihnen "
                            + "Dienstag, 23. Juni, um 15:00 Uhr, um 16:00 Uhr oder "
                            + "Mittwoch, 24. Juni, um 10:00 Uhr anbieten.");
        }

        @Test
        void withoutAlternativesNothingNearbyIsSaid() {
            assertThat(GermanPhrases.notAvailable(TUESDAY_1430, BERLIN, List.of()))
                    .isEqualTo(GermanPhrases.nothingAvailableNearby(TUESDAY_1430, BERLIN));
        }

        @Test
        void nothingNearbyNamesTheRequestedDayAndTime() {
            assertThat(GermanPhrases.nothingAvailableNearby(TUESDAY_1430, BERLIN))
                    .isEqualTo("Am Dienstag, 23. Juni, ist um 14:30 Uhr und in der Nähe leider kein Termin frei. "
                            + "Möchten Sie es an einem anderen Tag versuchen?");
        }

        @Test
        void aBookingIsConfirmedWithServiceStaffAndTime() {
            assertThat(GermanPhrases.booked("Ansatzfärbung", "Emma", TUESDAY_1430, BERLIN))
                    .isEqualTo("Ihr Termin ist gebucht: Ansatzfärbung bei Emma am Dienstag, 23. Juni, "
                            + "um 14:30 Uhr. Vielen Dank!");
        }

        @Test
        void anExpiredReservationIsSaidExactlyAsAgreed() {
            assertThat(GermanPhrases.reservationExpired())
                    .isEqualTo("Ihre Reservierung ist abgelaufen. Bitte prüfen Sie erneut die Verfügbarkeit.");
        }
    }

    @Nested
    class Clarifications {

        @Test
        void anUnknownServiceIsNamedBack() {
            assertThat(GermanPhrases.unknownService(" Dauerwelle "))
                    .isEqualTo("Eine Leistung namens Dauerwelle habe ich leider nicht gefunden. "
                            + "Welche Leistung möchten Sie buchen?");
        }

        @Test
        void anUnknownStaffMemberIsNamedBack() {
            assertThat(GermanPhrases.unknownStaff("Paula"))
                    .isEqualTo("In unserem Team habe ich leider niemanden namens Paula gefunden. "
                            + "Bei wem möchten Sie den Termin buchen?");
        }

        @Test
        void givenNothingWasSaid_theUnknownSentencesLeaveTheNameOut() {
            assertThat(GermanPhrases.unknownService(null)).isEqualTo(
                    "Diese Leistung habe ich leider nicht gefunden. Welche Leistung möchten Sie buchen?");
            assertThat(GermanPhrases.unknownStaff("  ")).isEqualTo(
                    "Diese Person habe ich in unserem Team leider nicht gefunden. "
                            + "Bei wem möchten Sie den Termin buchen?");
        }

        @Test
        void twoAmbiguousStaffMembersAreOfferedWithOder() {
            assertThat(GermanPhrases.ambiguousStaff(List.of("Maria Schmidt", "Maria Müller")))
                    .isEqualTo("Dazu passen mehrere Personen aus unserem Team. "
                            + "Meinen Sie Maria Schmidt oder Maria Müller?");
        }

        @Test
        void threeAmbiguousServicesAreListedWithCommasAndOder() {
            assertThat(GermanPhrases.ambiguousService(
                    List.of("Ansatzfärbung", "Ansatzfärbung mit Schnitt", "Ansatzfärbung lang")))
                    .isEqualTo("Dazu passen mehrere Leistungen. "
                            + "Meinen Sie Ansatzfärbung, Ansatzfärbung mit Schnitt oder Ansatzfärbung lang?");
        }

        @Test
        void anAmbiguityNeedsTwoOptions() {
            assertThatIllegalArgumentException().isThrownBy(() -> GermanPhrases.ambiguousStaff(List.of("Maria")));
            assertThatIllegalArgumentException().isThrownBy(() -> GermanPhrases.ambiguousService(List.of()));
        }

        @Test
        void theDateExamplesAreUnderstoodByTheDateParser() {
            LocalDate today = LocalDate.of(2026, 6, 17);

            assertThat(GermanPhrases.dateNotUnderstood()).contains("morgen", "nächsten Freitag", "20. Juni");
            assertThat(Stream.of("morgen", "nächsten Freitag", "den 20. Juni"))
                    .allSatisfy(example -> assertThat(GermanDateParser.parse(example, today)).isPresent());
        }

        @Test
        void theTimeExamplesAreUnderstoodByTheTimeParser() {
            assertThat(GermanPhrases.timeNotUnderstood()).contains("14 Uhr 30", "halb drei");
            assertThat(Stream.of("14 Uhr 30", "halb drei"))
                    .allSatisfy(example -> assertThat(GermanTimeParser.parse(example)).isPresent());
        }

        @Test
        void theRemainingSentencesArePoliteGermanSentences() {
            assertThat(List.of(GermanPhrases.missingPhoneNumber(), GermanPhrases.generalError(),
                    GermanPhrases.dateNotUnderstood(), GermanPhrases.timeNotUnderstood()))
                    .allSatisfy(sentence -> assertThat(sentence).matches("[A-ZÄÖÜ].*[.?!]").contains("Sie"));
            assertThat(GermanPhrases.missingPhoneNumber()).contains("Telefonnummer");
        }
    }

    @Property
    void aQuarterHourSlotIsAlwaysSaidWithItsLocalWallClockTime(
            @ForAll @IntRange(min = 0, max = 365 * 4) int dayOffset,
            @ForAll @IntRange(min = 7 * 4, max = 20 * 4) int quarterHour) {
        // given salon hours on any day over four years, across every DST change in between
        LocalDate day = LocalDate.of(2026, 1, 1).plusDays(dayOffset);
        LocalTime time = LocalTime.of(quarterHour / 4, quarterHour % 4 * 15);
        Instant instant = day.atTime(time).atZone(BERLIN).toInstant();
        // when
        String sentence = GermanPhrases.dateTime(instant, BERLIN);
        // then
        assertThat(sentence).isEqualTo(GermanPhrases.date(day) + ", um " + GermanPhrases.time(time));
        assertThat(sentence).endsWith(time.getHour() + ":" + String.format("%02d", time.getMinute()) + " Uhr");
    }

    @Nested
    class Reasons {

        @ParameterizedTest
        @CsvSource({
            "'resource_unavailable,staff_break', Zu dieser Zeit ist leider kein Behandlungsplatz frei.",
            "service_daily_appointments, Für diese Behandlung sind an diesem Tag leider keine Termine mehr frei.",
            "staff_daily_minutes, An diesem Tag ist leider schon alles ausgebucht.",
            "'staff_daily_appointments,appointment_conflict', An diesem Tag ist leider schon alles ausgebucht."
        })
        void aResourceOrADailyLimitIsSaidInGerman(String codes, String expected) {
            assertThat(GermanPhrases.reason(List.of(codes.split(",")))).contains(expected);
        }

        @Test
        void aTakenTimeNeedsNoReason() {
            assertThat(GermanPhrases.reason(List.of("appointment_conflict", "held_by_other_owner"))).isEmpty();
        }
    }
}
