package dev.termin.booking.application.scenario;

import static dev.termin.booking.application.scenario.Salon.NOW;
import static dev.termin.booking.application.scenario.Salon.berlin;
import static dev.termin.booking.application.scenario.Salon.wednesday;
import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.adapter.inmemory.InMemoryStorage;
import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.application.port.in.PhoneAnswer;
import dev.termin.booking.application.port.in.PhoneAppointmentAnswer;
import dev.termin.booking.application.port.in.PhoneCallerRequest;
import dev.termin.booking.application.port.in.PhoneRequest;
import dev.termin.booking.application.port.in.PhoneWishRequest;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.slot.Slot;
import dev.termin.booking.testing.MutableClock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The phone assistant's second level, said on Monday 15 June 2026 at 10:00 in Berlin: vague wishes answered with
 * offers, and a caller's own appointments found, moved and cancelled by the calling number with a read-back first.
 */
class PhoneCallerScenarioTest {

    private static final String ANNA = "0151 12345678";
    private static final String SOMEBODY_ELSE = "+49 170 9999999";
    private static final LocalDate TUESDAY = LocalDate.of(2026, 6, 16);
    private static final LocalDate THURSDAY = LocalDate.of(2026, 6, 18);
    private static final LocalDate NOW_DAY = LocalDate.of(2026, 6, 15);

    private MutableClock clock;
    private Salon salon;

    @BeforeEach
    void setUp() {
        clock = new MutableClock(NOW);
        salon = new Salon(BookingEngine.builder().clock(clock).storage(new InMemoryStorage(clock).storage()).build());
    }

    private PhoneWishRequest wish(String callId, String wunsch, String service, String staff) {
        return new PhoneWishRequest(salon.tenant, Optional.empty(), callId, wunsch, service, staff, "corr-" + callId);
    }

    private PhoneCallerRequest caller(String number, String wunsch) {
        return new PhoneCallerRequest(salon.tenant, "call-7", number, Optional.empty(), wunsch, Optional.empty(),
                "corr-7");
    }

    @Test
    void aVagueWish_isAnsweredWithSpreadOffers_theFirstHeld_andTheCallerBooksIt() {
        // "Morgen Nachmittag einen Haarschnitt bei Maria?"
        PhoneAnswer offers = salon.engine.phone().offer(wish("call-1", "morgen nachmittag", "Haarschnit", "Maria"));

        assertThat(offers.status()).as(offers.sentence()).isEqualTo(PhoneAnswer.Status.OFFERED);
        assertThat(offers.alternatives()).extracting(Slot::start).containsExactly(berlin(TUESDAY, "13:00"),
                berlin(TUESDAY, "14:30"), berlin(TUESDAY, "16:00"));
        assertThat(offers.sentence()).isEqualTo("Morgen Nachmittag hätte ich 13:00, 14:30 oder 16:00 Uhr bei Maria frei.");
        assertThat(offers.hold()).hasValueSatisfying(h -> {
            assertThat(h.owner()).isEqualTo("call-1");
            assertThat(h.interval().start()).isEqualTo(berlin(TUESDAY, "13:00"));
        });

        PhoneAnswer booked = salon.engine.phone().book(new PhoneRequest(salon.tenant, Optional.empty(), "call-1",
                "16.06.2026", "13:00", "Haarschnitt", "Maria", "Anna Becker", ANNA, "", Optional.of(
                        offers.hold().get().token()), "corr-1"));

        assertThat(booked.status()).as(booked.sentence()).isEqualTo(PhoneAnswer.Status.BOOKED);
        assertThat(booked.appointment().orElseThrow().fromHold()).contains(offers.hold().get().token());
    }

    @Test
    void soEarlyAsPossible_offersTheEarliestStartsAfterTheMinimumNotice() {
        PhoneAnswer offers = salon.engine.phone().offer(wish("call-2", "so früh wie möglich", "Haarschnitt", "Emma"));

        assertThat(offers.status()).as(offers.sentence()).isEqualTo(PhoneAnswer.Status.OFFERED);
        assertThat(offers.alternatives()).hasSize(3).extracting(Slot::start)
                .allSatisfy(s -> assertThat(s).isAfterOrEqualTo(NOW.plus(Duration.ofHours(2))))
                .isSorted();
        assertThat(offers.alternatives().get(0).start()).isEqualTo(NOW.plus(Duration.ofHours(2)));
        assertThat(offers.sentence()).startsWith("Heute hätte ich 12:00");
    }

    @Test
    void anUnclearName_isAskedBackWithTheTwoClosest_insteadOfFailing() {
        PhoneAnswer answer = salon.engine.phone().offer(wish("call-3", "morgen vormittag", "Ansatzfarbe", ""));

        assertThat(answer.status()).isEqualTo(PhoneAnswer.Status.ASK_BACK);
        assertThat(answer.sentence()).startsWith("Meinten Sie Ansatzfärbung").contains(" oder ");
        assertThat(answer.hold()).isEmpty();
    }

    @Test
    void whenIsMyAppointment_isReadBack_thenMovedOnlyAfterTheCallerConfirms() {
        Appointment booked = salon.book(salon.cut, salon.maria, wednesday("14:30")).orElseThrow();

        // "Wann ist mein Termin?"
        PhoneAppointmentAnswer found = salon.engine.phone().findAppointments(caller(ANNA, ""));
        assertThat(found.status()).isEqualTo(PhoneAppointmentAnswer.Status.FOUND);
        assertThat(found.sentence()).isEqualTo(
                "Ihr nächster Termin ist am Mittwoch, 17. Juni, um 14:30 Uhr: Haarschnitt bei Maria.");

        // "Können wir den auf Donnerstag um 10 Uhr verschieben?"
        PhoneAppointmentAnswer readBack = salon.engine.phone().move(caller(ANNA, "Donnerstag um 10 Uhr"));
        assertThat(readBack.status()).isEqualTo(PhoneAppointmentAnswer.Status.CONFIRM);
        assertThat(readBack.sentence()).contains("von Mittwoch, 17. Juni, um 14:30 Uhr")
                .contains("auf Donnerstag, 18. Juni, um 10:00 Uhr").endsWith("Ist das richtig?");
        assertThat(readBack.proposedStart()).contains(berlin(THURSDAY, "10:00"));
        assertThat(salon.engine.appointments().find(salon.tenant, booked.id()).orElseThrow().interval().start())
                .as("nothing moves before the caller agrees").isEqualTo(wednesday("14:30"));

        // "Ja, bitte."
        PhoneAppointmentAnswer moved = salon.engine.phone().move(caller(ANNA, "")
                .confirmedWith(readBack.confirmation().orElseThrow()));
        assertThat(moved.status()).as(moved.sentence()).isEqualTo(PhoneAppointmentAnswer.Status.MOVED);
        assertThat(moved.sentence()).isEqualTo(
                "Ihr Termin ist verschoben: Haarschnitt bei Maria am Donnerstag, 18. Juni, um 10:00 Uhr.");
        assertThat(salon.engine.appointments().find(salon.tenant, booked.id()).orElseThrow().interval().start())
                .isEqualTo(berlin(THURSDAY, "10:00"));

        // the old read-back cannot be replayed: the appointment has changed
        PhoneAppointmentAnswer replay = salon.engine.phone().move(caller(ANNA, "")
                .confirmedWith(readBack.confirmation().orElseThrow()));
        assertThat(replay.status()).isNotEqualTo(PhoneAppointmentAnswer.Status.MOVED);
    }

    @Test
    void aCancelOutsideTheDeadline_isReadBack_thenDoneWithTheToken() {
        Appointment booked = salon.book(salon.cut, salon.maria, wednesday("14:30")).orElseThrow();

        PhoneAppointmentAnswer readBack = salon.engine.phone().cancel(caller(ANNA, ""));
        assertThat(readBack.status()).isEqualTo(PhoneAppointmentAnswer.Status.CONFIRM);
        assertThat(readBack.sentence()).endsWith("Soll ich diesen Termin wirklich absagen?");
        assertThat(salon.engine.appointments().find(salon.tenant, booked.id()).orElseThrow().isActive()).isTrue();

        PhoneAppointmentAnswer cancelled = salon.engine.phone().cancel(caller(ANNA, "")
                .confirmedWith(readBack.confirmation().orElseThrow()));
        assertThat(cancelled.status()).isEqualTo(PhoneAppointmentAnswer.Status.CANCELLED);
        assertThat(cancelled.sentence()).startsWith("Ihr Termin am Mittwoch, 17. Juni, um 14:30 Uhr ist abgesagt.");
        assertThat(salon.engine.appointments().find(salon.tenant, booked.id()).orElseThrow().isActive()).isFalse();
    }

    @Test
    void aCancelInsideTheDeadline_isRefusedInGerman_andNothingIsReadBack() {
        Appointment booked = salon.book(salon.cut, salon.maria, berlin(TUESDAY, "09:00")).orElseThrow();

        PhoneAppointmentAnswer answer = salon.engine.phone().cancel(caller(ANNA, ""));

        assertThat(answer.status()).isEqualTo(PhoneAppointmentAnswer.Status.REFUSED);
        assertThat(answer.code()).contains(ErrorCode.POLICY_VIOLATION);
        assertThat(answer.sentence()).isEqualTo("Eine Absage ist nur bis 24 Stunden vor dem Termin möglich. Bitte "
                + "sprechen Sie dazu direkt mit dem Salon.");
        assertThat(answer.confirmation()).isEmpty();
        assertThat(salon.engine.appointments().find(salon.tenant, booked.id()).orElseThrow().isActive()).isTrue();
    }

    @Test
    void anotherCallersNumber_canNeitherSeeNorTouchTheAppointment() {
        Appointment booked = salon.book(salon.cut, salon.maria, wednesday("14:30")).orElseThrow();
        String annasToken = salon.engine.phone().cancel(caller(ANNA, "")).confirmation().orElseThrow();
        PhoneCallerRequest byId = new PhoneCallerRequest(salon.tenant, "call-8", SOMEBODY_ELSE,
                Optional.of(booked.id()), "Donnerstag um 10 Uhr", Optional.empty(), "corr-8");

        PhoneAppointmentAnswer found = salon.engine.phone().findAppointments(caller(SOMEBODY_ELSE, ""));
        PhoneAppointmentAnswer cancel = salon.engine.phone().cancel(byId.confirmedWith(annasToken));
        PhoneAppointmentAnswer move = salon.engine.phone().move(byId);

        for (PhoneAppointmentAnswer answer : new PhoneAppointmentAnswer[] {found, cancel, move}) {
            assertThat(answer.status()).isEqualTo(PhoneAppointmentAnswer.Status.NONE);
            assertThat(answer.appointments()).isEmpty();
            assertThat(answer.sentence()).isEqualTo(
                    "Unter Ihrer Telefonnummer habe ich keinen anstehenden Termin gefunden.");
        }
        Appointment after = salon.engine.appointments().find(salon.tenant, booked.id()).orElseThrow();
        assertThat(after.isActive()).isTrue();
        assertThat(after.interval().start()).isEqualTo(wednesday("14:30"));
    }

    @Test
    void aMoveInsideTheRescheduleDeadline_isRefusedInGerman() {
        salon.book(salon.cut, salon.maria, berlin(NOW_DAY, "13:00")).orElseThrow();
        clock.advance(Duration.ofMinutes(90));  // 11:30, ninety minutes before the appointment

        PhoneAppointmentAnswer answer = salon.engine.phone().move(caller(ANNA, "morgen nachmittag"));

        assertThat(answer.status()).isEqualTo(PhoneAppointmentAnswer.Status.REFUSED);
        assertThat(answer.code()).contains(ErrorCode.POLICY_VIOLATION);
        assertThat(answer.sentence()).startsWith("Ein Termin lässt sich nur bis 2 Stunden vorher verschieben.");
    }

    @Test
    void aForgedConfirmation_onlyReadsBackAgain_andChangesNothing() {
        Appointment booked = salon.book(salon.cut, salon.maria, wednesday("14:30")).orElseThrow();

        PhoneAppointmentAnswer answer = salon.engine.phone().move(caller(ANNA, "Donnerstag um 10 Uhr")
                .confirmedWith("m." + berlin(THURSDAY, "10:00").getEpochSecond() + ".0123456789abcdef0123456789abcdef"));

        assertThat(answer.status()).isEqualTo(PhoneAppointmentAnswer.Status.CONFIRM);
        assertThat(salon.engine.appointments().find(salon.tenant, booked.id()).orElseThrow().interval().start())
                .isEqualTo(wednesday("14:30"));
    }

    @Test
    void aWishThatIsNotUnderstood_orFindsNothing_saysSoInGerman() {
        PhoneAnswer vague = salon.engine.phone().offer(wish("call-4", "irgendwann mal", "Haarschnitt", ""));
        PhoneAnswer sunday = salon.engine.phone().offer(wish("call-5", "Sonntag", "Haarschnitt", ""));

        assertThat(vague.status()).isEqualTo(PhoneAnswer.Status.FAILED);
        assertThat(vague.code()).contains(ErrorCode.INVALID_DATA);
        assertThat(vague.sentence()).startsWith("Wann würde es Ihnen passen?");
        assertThat(sunday.status()).isEqualTo(PhoneAnswer.Status.UNAVAILABLE);
        assertThat(sunday.sentence()).startsWith("Dafür habe ich leider keinen freien Termin.");
        assertThat(sunday.hold()).isEmpty();
    }
}
