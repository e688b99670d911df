package dev.termin.booking.application.scenario;

import static dev.termin.booking.application.scenario.Salon.NOW;
import static dev.termin.booking.application.scenario.Salon.wednesday;
import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.adapter.inmemory.InMemoryStorage;
import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.application.port.in.PhoneAnswer;
import dev.termin.booking.application.port.in.PhoneAnswer.Status;
import dev.termin.booking.application.port.in.PhoneRequest;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.Source;
import dev.termin.booking.domain.appointment.HoldToken;
import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.testing.MutableClock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PhoneBookingScenarioTest {

    private MutableClock clock;
    private Salon salon;

    @BeforeEach
    void setUp() {
        clock = new MutableClock(NOW);
        salon = new Salon(BookingEngine.builder().clock(clock).storage(new InMemoryStorage(clock).storage()).build());
    }

    private PhoneRequest call(String callId, String datum, String uhrzeit, String wunsch) {
        return call(callId, datum, uhrzeit, wunsch, Optional.empty());
    }

    private PhoneRequest call(String callId, String datum, String uhrzeit, String wunsch, Optional<HoldToken> token) {
        return new PhoneRequest(salon.tenant, Optional.empty(), callId, datum, uhrzeit, "haarschnit", wunsch,
                "Anna Becker", "0151 2345678", "", token, "corr-" + callId);
    }

    @Test
    void aCallerBooksAHaircutWithMariaOnWednesdayAtHalfPastTwoInGerman() {
        // "Ist Mittwoch 14:30 ein Haarschnitt bei Maria frei?" (with a typo in the service)
        PhoneAnswer check = salon.engine.phone().checkAvailability(call("call-1", "Mittwoch", "14:30", "Maria"));

        assertThat(check.status()).isEqualTo(Status.AVAILABLE);
        assertThat(check.sentence()).contains("Mittwoch").contains("14:30 Uhr").contains("Maria")
                .contains("Haarschnitt");
        assertThat(check.hold()).isPresent();

        PhoneAnswer booked = salon.engine.phone().book(call("call-1", "Mittwoch", "14:30", "Maria",
                Optional.of(check.hold().get().token())));

        assertThat(booked.status()).isEqualTo(Status.BOOKED);
        Appointment a = booked.appointment().orElseThrow();
        assertThat(a.interval().start()).isEqualTo(wednesday("14:30"));
        assertThat(a.staff()).isEqualTo(salon.maria);
        assertThat(a.source()).isEqualTo(Source.PHONE);
        assertThat(a.customer().phone().orElseThrow().e164()).isEqualTo("+491512345678");
        assertThat(booked.sentence()).contains("gebucht");
    }

    @Test
    void aTakenTimeIsAnsweredWithTheNearestAlternativesOnTheSameDay() {
        salon.engine.phone().checkAvailability(call("call-1", "Mittwoch", "14 Uhr", "Maria"));

        PhoneAnswer second = salon.engine.phone().checkAvailability(call("call-2", "Mittwoch", "14 Uhr", "Maria"));

        assertThat(second.status()).isEqualTo(Status.UNAVAILABLE);
        assertThat(second.code()).contains(ErrorCode.SLOT_UNAVAILABLE);
        assertThat(second.alternatives()).hasSize(3).allSatisfy(s ->
                assertThat(s.start().atZone(Salon.BERLIN).toLocalDate()).isEqualTo(Salon.WEDNESDAY));
        // the held cut occupies 14:00–14:45 with its buffer, so 13:15 and 14:45 are nearest; ties go earlier first
        assertThat(second.alternatives()).extracting(s -> s.start()).startsWith(wednesday("13:15"),
                wednesday("14:45"));
        assertThat(second.sentence()).contains("leider").contains("Uhr");
    }

    @Test
    void bookingAfterTheHoldExpiredSaysSoInGerman() {
        PhoneAnswer check = salon.engine.phone().checkAvailability(call("call-1", "Mittwoch", "15:00", "Emma"));
        clock.advance(Duration.ofMinutes(6));

        PhoneAnswer late = salon.engine.phone().book(call("call-1", "Mittwoch", "15:00", "Emma",
                Optional.of(check.hold().get().token())));

        assertThat(late.status()).isEqualTo(Status.FAILED);
        assertThat(late.code()).contains(ErrorCode.RESERVATION_EXPIRED);
        assertThat(late.sentence())
                .isEqualTo("Ihre Reservierung ist abgelaufen. Bitte prüfen Sie erneut die Verfügbarkeit.");
    }

    @Test
    void aCallWithoutAHoldBooksDirectlyWhenTheTimeIsFree() {
        PhoneAnswer booked = salon.engine.phone().book(call("call-9", "17.06.2026", "halb vier", ""));
        assertThat(booked.status()).isEqualTo(Status.BOOKED);
        assertThat(booked.appointment().orElseThrow().interval().start()).isEqualTo(wednesday("15:30"));
    }

    @Test
    void unknownStaffAndUnparseableDatesAreAnsweredWithAQuestionNotAnError() {
        PhoneAnswer unknownStaff = salon.engine.phone().checkAvailability(call("c", "Mittwoch", "14:00", "Zoltan"));
        PhoneAnswer badDate = salon.engine.phone().checkAvailability(call("c", "irgendwann", "14:00", ""));
        PhoneAnswer noPhone = salon.engine.phone().book(new PhoneRequest(salon.tenant, Optional.empty(), "c",
                "Mittwoch", "14:00", "Haarschnitt", "", "Anna", "", "", Optional.empty(), "corr"));

        assertThat(unknownStaff.status()).isEqualTo(Status.FAILED);
        assertThat(unknownStaff.code()).contains(ErrorCode.NOT_FOUND);
        assertThat(unknownStaff.sentence()).contains("Zoltan");
        assertThat(badDate.code()).contains(ErrorCode.INVALID_DATA);
        assertThat(noPhone.code()).contains(ErrorCode.MISSING_REQUIRED_FIELD);
    }
}
