package dev.termin.booking.domain.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sentences for offers, asking back, existing appointments and policy refusals. */
class GermanOfferPhrasesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Monday, 30 November 2026; Berlin is on UTC+1 (winter time). */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private static Instant berlin(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }

    @Test
    void givenTwoOffersTomorrowAfternoon_theyAreSaidAsOneNaturalSentence() {
        String sentence = GermanPhrases.offers(List.of(berlin("2026-12-01T14:30"), berlin("2026-12-01T16:00")),
                BERLIN, TODAY, Optional.of(DayPart.AFTERNOON), "Maria");

        assertThat(sentence).isEqualTo("Morgen Nachmittag hätte ich 14:30 oder 16:00 Uhr bei Maria frei.");
    }

    @Test
    void givenThreeOffersTodayWithoutADayPart_theTimesAreListed() {
        String sentence = GermanPhrases.offers(List.of(berlin("2026-11-30T09:00"), berlin("2026-11-30T10:15"),
                berlin("2026-11-30T11:30")), BERLIN, TODAY, Optional.empty(), "Emma");

        assertThat(sentence).isEqualTo("Heute hätte ich 9:00, 10:15 oder 11:30 Uhr bei Emma frei.");
    }

    @Test
    void givenOffersOnALaterDay_theDateIsNamedAndTheDayPartLeftOut() {
        String sentence = GermanPhrases.offers(List.of(berlin("2026-12-08T17:00")), BERLIN, TODAY,
                Optional.of(DayPart.EVENING), "Jörg");

        assertThat(sentence).isEqualTo("Am Dienstag, 8. Dezember, hätte ich 17:00 Uhr bei Jörg frei.");
    }

    @Test
    void givenOffersOnSeveralDays_eachNewDayIsNamedAndAFourthOfferIsLeftOut() {
        String sentence = GermanPhrases.offers(List.of(berlin("2026-12-01T14:30"), berlin("2026-12-04T10:00"),
                berlin("2026-12-04T11:00"), berlin("2026-12-05T09:00")), BERLIN, TODAY, Optional.empty(), "Maria");

        assertThat(sentence).isEqualTo("Ich hätte morgen um 14:30 Uhr, am Freitag, 4. Dezember, um 10:00 Uhr "
                + "oder um 11:00 Uhr bei Maria frei.");
    }

    @Test
    void anOfferNeedsATimeAndAStaffName() {
        assertThatIllegalArgumentException().isThrownBy(() -> GermanPhrases.offers(List.of(), BERLIN, TODAY,
                Optional.empty(), "Maria"));
        assertThatIllegalArgumentException().isThrownBy(() -> GermanPhrases.offers(
                List.of(berlin("2026-12-01T14:30")), BERLIN, TODAY, Optional.empty(), " "));
    }

    @Test
    void askingBackNamesOneOrTwoOptions() {
        assertThat(GermanPhrases.askBack(List.of("Ansatzfärbung", "Haarschnitt")))
                .isEqualTo("Meinten Sie Ansatzfärbung oder Haarschnitt?");
        assertThat(GermanPhrases.askBack(List.of("Maria Schmidt"))).isEqualTo("Meinten Sie Maria Schmidt?");
        assertThatIllegalArgumentException().isThrownBy(() -> GermanPhrases.askBack(List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> GermanPhrases.askBack(List.of("A", "B", "C")));
    }

    @Test
    void theNextAppointmentIsReadBackWithDateTimeServiceAndStaff() {
        assertThat(GermanAppointmentPhrases.nextAppointment("Haarschnitt", "Maria", berlin("2026-12-01T14:30"),
                BERLIN)).isEqualTo("Ihr nächster Termin ist am Dienstag, 1. Dezember, um 14:30 Uhr: Haarschnitt bei "
                        + "Maria.");
    }

    @Test
    void aCancelIsReadBackAndAskedBeforeItHappens() {
        assertThat(GermanAppointmentPhrases.confirmCancel("Haarschnitt", "Maria", berlin("2026-12-01T14:30"), BERLIN))
                .isEqualTo("Ihr Termin am Dienstag, 1. Dezember, um 14:30 Uhr: Haarschnitt bei Maria. Soll ich diesen "
                        + "Termin wirklich absagen?");
        assertThat(GermanAppointmentPhrases.cancelled(berlin("2026-12-01T14:30"), BERLIN))
                .isEqualTo("Ihr Termin am Dienstag, 1. Dezember, um 14:30 Uhr ist abgesagt. Vielen Dank für Ihren "
                        + "Anruf!");
    }

    @Test
    void aMoveIsReadBackWithBothTimesAndConfirmedAfterwards() {
        assertThat(GermanAppointmentPhrases.confirmMove("Haarschnitt", "Maria", berlin("2026-12-01T14:30"),
                berlin("2026-12-02T10:00"), BERLIN)).isEqualTo("Ich verschiebe Ihren Termin Haarschnitt bei Maria von "
                        + "Dienstag, 1. Dezember, um 14:30 Uhr auf Mittwoch, 2. Dezember, um 10:00 Uhr. Ist das richtig?");
        assertThat(GermanAppointmentPhrases.moved("Haarschnitt", "Maria", berlin("2026-12-02T10:00"), BERLIN))
                .isEqualTo("Ihr Termin ist verschoben: Haarschnitt bei Maria am Mittwoch, 2. Dezember, um 10:00 Uhr.");
    }

    @Test
    void policyRefusalsNameTheRuleInGerman() {
        assertThat(GermanAppointmentPhrases.cancellationDeadlinePassed(Duration.ofHours(24)))
                .isEqualTo("Eine Absage ist nur bis 24 Stunden vor dem Termin möglich. Bitte sprechen Sie dazu direkt "
                        + "mit dem Salon.");
        assertThat(GermanAppointmentPhrases.rescheduleDeadlinePassed(Duration.ofHours(2)))
                .startsWith("Ein Termin lässt sich nur bis 2 Stunden vorher verschieben.");
        assertThat(GermanAppointmentPhrases.tooManyReschedules(3))
                .isEqualTo("Dieser Termin wurde schon 3-mal verschoben. Öfter ist das leider nicht möglich.");
        assertThat(GermanAppointmentPhrases.bookingNoticeTooShort(Duration.ofHours(2)))
                .isEqualTo("Termine können nur mit mindestens 2 Stunden Vorlauf gebucht werden.");
        assertThat(GermanAppointmentPhrases.bookingTooFarAhead(90))
                .isEqualTo("Termine können höchstens 90 Tage im Voraus gebucht werden.");
        assertThat(GermanAppointmentPhrases.noUpcomingAppointment())
                .isEqualTo("Unter Ihrer Telefonnummer habe ich keinen anstehenden Termin gefunden.");
    }

    @ParameterizedTest
    @CsvSource({
        "PT1H, 1 Stunde",
        "PT24H, 24 Stunden",
        "PT48H, 2 Tage",
        "PT72H, 3 Tage",
        "PT30M, 30 Minuten",
        "PT90M, 90 Minuten",
        "PT1M, 1 Minute",
    })
    void durationsAreSaidInTheLargestWholeUnit(Duration duration, String said) {
        assertThat(GermanAppointmentPhrases.duration(duration)).isEqualTo(said);
    }

    @Test
    void nonPositiveDurationsAndLimitsAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> GermanAppointmentPhrases.duration(Duration.ZERO));
        assertThatIllegalArgumentException().isThrownBy(() -> GermanAppointmentPhrases.bookingTooFarAhead(0));
        assertThatIllegalArgumentException().isThrownBy(() -> GermanAppointmentPhrases.tooManyReschedules(-1));
    }
}
