package dev.termin.booking.application.scenario;

import static dev.termin.booking.application.scenario.Salon.NOW;
import static dev.termin.booking.application.scenario.Salon.WEDNESDAY;
import static dev.termin.booking.application.scenario.Salon.berlin;
import static dev.termin.booking.application.scenario.Salon.wednesday;
import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.adapter.inmemory.InMemoryStorage;
import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.application.port.in.AttendanceCommand;
import dev.termin.booking.application.port.in.BookCommand;
import dev.termin.booking.application.port.in.ConfirmHoldCommand;
import dev.termin.booking.application.port.in.CustomerLookupUseCase.CustomerHistory;
import dev.termin.booking.application.port.in.HoldCommand;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.AppointmentStatus;
import dev.termin.booking.domain.appointment.Source;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.customer.Customer;
import dev.termin.booking.domain.customer.EmailAddress;
import dev.termin.booking.domain.customer.PhoneNumber;
import dev.termin.booking.domain.hold.Hold;
import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.result.Result;
import dev.termin.booking.domain.time.TimeInterval;
import dev.termin.booking.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the front desk looks up while booking: a customer by phone number, and the holds on the schedule. */
class DeskLookupScenariosTest {

    private static final PhoneNumber CLARA = new PhoneNumber("+491517777777");

    private MutableClock clock;
    private Salon salon;

    @BeforeEach
    void setUp() {
        clock = new MutableClock(NOW);
        salon = new Salon(BookingEngine.builder().clock(clock).storage(new InMemoryStorage(clock).storage())
                .build());
    }

    private Appointment book(StaffId staff, Instant start, Customer customer) {
        return salon.engine.appointments().book(new BookCommand(salon.request(salon.cut, staff), start, customer, "",
                Source.DESK, Optional.empty(), Optional.empty(), "test-" + UUID.randomUUID())).orElseThrow();
    }

    private TimeInterval wednesdayAllDay() {
        return new TimeInterval(berlin(WEDNESDAY, "00:00"), berlin(WEDNESDAY.plusDays(1), "00:00"));
    }

    @Test
    void aKnownNumber_findsTheLatestNameAndAddress_everyAppointmentLatestFirst_andTheNoShows() {
        // given Clara's two appointments (the later one with her e-mail address), one missed, and another customer
        Appointment missed = book(salon.maria, wednesday("10:00"),
                new Customer("Clara Vogt", Optional.of(CLARA), Optional.empty()));
        Appointment later = book(salon.emma, wednesday("15:00"), new Customer("Clara Vogt-Berg", Optional.of(CLARA),
                Optional.of(new EmailAddress("clara@example.com"))));
        book(salon.jonas, wednesday("10:00"), Customer.withPhone("Someone Else", "+4915112345678"));
        clock.set(wednesday("10:20"));
        salon.engine.appointments().recordAttendance(new AttendanceCommand(salon.tenant, missed.id(),
                AppointmentStatus.NO_SHOW, "desk-1", "corr-no-show")).orElseThrow();

        // when the desk types her number
        CustomerHistory history = salon.engine.customerLookup().byPhone(salon.tenant, CLARA).orElseThrow();

        // then
        assertThat(history.customer().name()).isEqualTo("Clara Vogt-Berg");
        assertThat(history.customer().email()).contains(new EmailAddress("clara@example.com"));
        assertThat(history.customer().phone()).contains(CLARA);
        assertThat(history.appointments()).extracting(Appointment::id).containsExactly(later.id(), missed.id());
        assertThat(history.noShows()).isEqualTo(1);
    }

    @Test
    void anUnknownNumber_isNotFound() {
        // given an appointment of somebody else
        book(salon.maria, wednesday("10:00"), Customer.withPhone("Someone Else", "+4915112345678"));

        // when
        Result<CustomerHistory> r = salon.engine.customerLookup().byPhone(salon.tenant, CLARA);

        // then
        assertThat(r).isInstanceOfSatisfying(Result.Failure.class,
                f -> assertThat(f.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    @Test
    void theScheduleShowsActiveHoldsOfTheDay_untilTheyAreConvertedOrExpire() {
        // given a hold on Wednesday that will be booked, one that will lapse, and one on Thursday
        Hold booked = hold(salon.maria, wednesday("10:00"), Duration.ofMinutes(10));
        Hold lapsing = hold(salon.emma, wednesday("11:00"), Duration.ofMinutes(2));
        hold(salon.jonas, berlin(WEDNESDAY.plusDays(1), "10:00"), Duration.ofMinutes(10));

        // when the schedule asks for Wednesday
        List<Hold> shown = salon.engine.activeHolds().activeHolds(salon.tenant, salon.branch, wednesdayAllDay());

        // then both of Wednesday's holds are there, by start
        assertThat(shown).extracting(Hold::token).containsExactly(booked.token(), lapsing.token());

        // and when one is booked and the other's time runs out, neither is shown any more
        salon.engine.holds().confirm(new ConfirmHoldCommand(salon.tenant, booked.token(), "call-1",
                Customer.withPhone("Clara Vogt", CLARA.e164()), "", Source.PHONE, "corr-confirm")).orElseThrow();
        clock.advance(Duration.ofMinutes(3));
        assertThat(salon.engine.activeHolds().activeHolds(salon.tenant, salon.branch, wednesdayAllDay())).isEmpty();
    }

    @Test
    void anotherBranchsHolds_areNotShown() {
        // given a hold in the salon's branch
        hold(salon.maria, wednesday("10:00"), Duration.ofMinutes(10));

        // when a branch without staff is asked
        List<Hold> shown = salon.engine.activeHolds().activeHolds(salon.tenant, BranchId.of("elsewhere"),
                wednesdayAllDay());

        // then
        assertThat(shown).isEmpty();
    }

    private Hold hold(StaffId staff, Instant start, Duration lifetime) {
        return salon.engine.holds().hold(new HoldCommand(salon.request(salon.cut, staff), start, "call-1",
                Optional.of(lifetime), "corr-hold")).orElseThrow();
    }
}
