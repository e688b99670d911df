package dev.termin.booking.application.scenario;

import static dev.termin.booking.application.scenario.Salon.NOW;
import static dev.termin.booking.application.scenario.Salon.WEDNESDAY;
import static dev.termin.booking.application.scenario.Salon.customer;
import static dev.termin.booking.application.scenario.Salon.wednesday;
import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.adapter.inmemory.InMemoryStorage;
import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.application.port.in.AttendanceCommand;
import dev.termin.booking.application.port.in.HoldCommand;
import dev.termin.booking.application.port.in.PhoneAnswer;
import dev.termin.booking.application.port.in.PhoneRequest;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.AppointmentStatus;
import dev.termin.booking.domain.calendar.StaffDateException;
import dev.termin.booking.domain.catalogue.TimeBlock;
import dev.termin.booking.domain.catalogue.Company;
import dev.termin.booking.domain.catalogue.ResourceNeed;
import dev.termin.booking.domain.catalogue.ResourceType;
import dev.termin.booking.domain.catalogue.ResourceTypeId;
import dev.termin.booking.domain.catalogue.SchedulingSettings;
import dev.termin.booking.domain.catalogue.Service;
import dev.termin.booking.domain.catalogue.Staff;
import dev.termin.booking.domain.hold.Hold;
import dev.termin.booking.domain.policy.BookingLimits;
import dev.termin.booking.domain.policy.BookingPolicy;
import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.result.Result;
import dev.termin.booking.domain.slot.Explanation;
import dev.termin.booking.domain.slot.Reason;
import dev.termin.booking.domain.slot.ResourceOccupancy;
import dev.termin.booking.domain.slot.Slot;
import dev.termin.booking.domain.time.LocalTimeWindow;
import dev.termin.booking.testing.MutableClock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The scheduling model through the engine: resources, blocks, date exceptions, limits, several staff, moving. */
class SchedulingModelScenariosTest {

    private static final ResourceTypeId BASIN = ResourceTypeId.of("wash-basin");

    private MutableClock clock;
    private Salon salon;

    @BeforeEach
    void setUp() {
        clock = new MutableClock(NOW);
        salon = new Salon(BookingEngine.builder().clock(clock).storage(new InMemoryStorage(clock).storage())
                .build());
    }

    private Service cut() {
        return salon.engine.catalogue().service(salon.tenant, salon.cut).orElseThrow();
    }

    private void cutNeedsABasin(int basins) {
        salon.engine.catalogue().saveResourceType(new ResourceType(BASIN, salon.tenant, salon.branch, "Waschbecken",
                basins)).orElseThrow();
        salon.engine.catalogue().saveService(cut().withResources(List.of(ResourceNeed.whole(BASIN, 1))))
                .orElseThrow();
    }

    private List<Instant> starts(Result<List<Slot>> slots) {
        return slots.orElseThrow().stream().map(Slot::start).distinct().toList();
    }

    private List<Reason.Code> reasons(Explanation e) {
        return e.reasons().stream().map(Reason::code).toList();
    }

    @Test
    void givenEveryBasinTaken_aCutNeedingOne_isNotOfferedAndExplainSaysResourceUnavailable() {
        // given two basins, both taken at 10:00 by Maria's and Emma's cuts
        cutNeedsABasin(2);
        salon.book(salon.cut, salon.maria, wednesday("10:00")).orElseThrow();
        salon.book(salon.cut, salon.emma, wednesday("10:00")).orElseThrow();

        // when Jonas, free at 10:00, is asked for
        Explanation e = salon.engine.availability().explain(salon.request(salon.cut, salon.jonas),
                wednesday("10:00"), Optional.empty()).orElseThrow();

        // then the basin is the reason, and 10:30 (basins free again) is offered
        assertThat(e.bookable()).isFalse();
        assertThat(reasons(e)).containsExactly(Reason.Code.RESOURCE_UNAVAILABLE);
        assertThat(starts(salon.engine.availability().findSlots(salon.request(salon.cut, salon.jonas), WEDNESDAY,
                WEDNESDAY, Optional.empty()))).doesNotContain(wednesday("10:00")).contains(wednesday("10:30"));
        assertThat(salon.book(salon.cut, salon.jonas, wednesday("10:00")))
                .matches(r -> ((Result.Failure<?>) r).code() == ErrorCode.SLOT_UNAVAILABLE);
    }

    @Test
    void aHoldAndTheAppointmentFromIt_keepTheResourceUnitsOfTheSlot() {
        // given a cut that needs a basin
        cutNeedsABasin(1);

        // when it is held and booked
        Hold hold = salon.engine.holds().hold(new HoldCommand(salon.request(salon.cut, salon.maria),
                wednesday("11:00"), "call-1", Optional.empty(), "corr-1")).orElseThrow();
        Appointment booked = salon.book(salon.cut, salon.emma, wednesday("12:00")).orElseThrow();

        // then both take the basin for the customer's time
        assertThat(hold.resources()).containsExactly(new ResourceOccupancy(BASIN, 1, hold.interval()));
        assertThat(booked.resources()).containsExactly(new ResourceOccupancy(BASIN, 1, booked.interval()));
        // and the held basin is not offered to another caller with another stylist
        assertThat(salon.engine.availability().explain(salon.request(salon.cut, salon.jonas), wednesday("11:00"),
                Optional.of("call-2")).orElseThrow().reasons()).extracting(Reason::code)
                .containsExactly(Reason.Code.RESOURCE_UNAVAILABLE);
    }

    @Test
    void movingAnAppointment_offersItsOwnTimeAgainInSearchExplainAndNext() {
        // given Maria's cut at 10:00 (occupied to 10:45 with the buffer)
        Appointment a = salon.book(salon.cut, salon.maria, wednesday("10:00")).orElseThrow();
        var request = salon.request(salon.cut, salon.maria);

        // when asked without and with moving it
        List<Instant> plain = starts(salon.engine.availability().findSlots(request, WEDNESDAY, WEDNESDAY,
                Optional.empty()));
        List<Instant> moving = starts(salon.engine.availability().findSlots(request, WEDNESDAY, WEDNESDAY,
                Optional.empty(), Optional.of(a.id())));

        // then only the move sees 10:00 and 10:15 free
        assertThat(plain).doesNotContain(wednesday("10:00"), wednesday("10:15"));
        assertThat(moving).contains(wednesday("10:00"), wednesday("10:15"));
        assertThat(salon.engine.availability().explain(request, wednesday("10:15"), Optional.empty(),
                Optional.of(a.id())).orElseThrow().bookable()).isTrue();
        assertThat(salon.engine.availability().nearest(request, wednesday("10:00"), 1, Optional.empty(),
                Optional.of(a.id())).orElseThrow()).extracting(Slot::start).containsExactly(wednesday("10:00"));
    }

    @Test
    void aTeamMeetingBlock_andAShorterDay_takeTheirTimeAwayFromTheStaff() {
        // given a team meeting 14:00-16:00 for everybody and Emma working only 09:00-12:00 on Wednesday
        salon.engine.catalogue().saveTimeBlock(salon.tenant, TimeBlock.forBranch("meeting", salon.branch, WEDNESDAY,
                LocalTimeWindow.of("14:00", "16:00"), "Teambesprechung")).orElseThrow();
        Staff emma = salon.engine.catalogue().staff(salon.tenant, salon.emma).orElseThrow();
        salon.engine.catalogue().saveStaff(emma.withDateExceptions(List.of(StaffDateException.replace(WEDNESDAY,
                LocalTimeWindow.of("09:00", "12:00"))))).orElseThrow();

        // when Maria is asked for 14:30 and Emma for 13:00
        Explanation meeting = salon.engine.availability().explain(salon.request(salon.cut, salon.maria),
                wednesday("14:30"), Optional.empty()).orElseThrow();
        Explanation shortDay = salon.engine.availability().explain(salon.request(salon.cut, salon.emma),
                wednesday("13:00"), Optional.empty()).orElseThrow();

        // then the block and the exception are the reasons
        assertThat(reasons(meeting)).containsExactly(Reason.Code.TIME_BLOCK);
        assertThat(meeting.reasons().get(0).reference()).contains("meeting");
        assertThat(reasons(shortDay)).containsExactly(Reason.Code.OUTSIDE_STAFF_HOURS);
    }

    @Test
    void theCompanysDailyLimit_andTheServicesOwnMaximum_closeTheDay() {
        // given at most one appointment per staff member and day
        salon.engine.catalogue().saveCompany(new Company(salon.tenant, "Salon Schnittpunkt", BookingPolicy.DEFAULTS,
                SchedulingSettings.DEFAULTS.withLimits(BookingLimits.NONE.withStaffAppointmentsPerDay(1))))
                .orElseThrow();
        salon.book(salon.cut, salon.maria, wednesday("10:00")).orElseThrow();

        // then Maria's day is full
        assertThat(reasons(salon.engine.availability().explain(salon.request(salon.cut, salon.maria),
                wednesday("15:00"), Optional.empty()).orElseThrow()))
                .containsExactly(Reason.Code.STAFF_DAILY_APPOINTMENTS);

        // and when the cut may be booked twice a day, a second cut (Emma) closes Wednesday for cuts
        salon.engine.catalogue().saveService(cut().withMaxPerDay(2)).orElseThrow();
        salon.book(salon.cut, salon.emma, wednesday("10:00")).orElseThrow();
        assertThat(reasons(salon.engine.availability().explain(salon.request(salon.cut, salon.jonas),
                wednesday("15:00"), Optional.empty()).orElseThrow()))
                .containsExactly(Reason.Code.SERVICE_DAILY_APPOINTMENTS);
    }

    @Test
    void aServiceForTwoStaff_isBookedWithBoth_andBothAreOccupied() {
        // given a cut done by two stylists at once
        salon.engine.catalogue().saveService(cut().withStaffCount(2)).orElseThrow();

        // when Maria is booked for it
        Appointment a = salon.book(salon.cut, salon.maria, wednesday("10:00")).orElseThrow();

        // then another stylist works with her, and is not free at 10:00 any more
        assertThat(a.segments().get(0).together()).hasSize(1);
        var partner = a.segments().get(0).together().get(0);
        assertThat(a.occupancies()).extracting(o -> o.staff()).contains(salon.maria, partner);
        assertThat(salon.engine.appointments().find(salon.tenant, a.id()).orElseThrow().segments().get(0).together())
                .containsExactly(partner);
        assertThat(salon.engine.availability().explain(salon.request(salon.cut, partner), wednesday("10:00"),
                Optional.empty()).orElseThrow().bookable()).isFalse();
    }

    @Test
    void theDeskMarksArrivedCompletedAndNoShow_withWhoAndWhen_andSeesTheCustomersNoShows() {
        // given two appointments of the same customer on Wednesday
        Appointment first = salon.book(salon.cut, salon.maria, wednesday("10:00")).orElseThrow();
        Appointment second = salon.book(salon.cut, salon.emma, wednesday("12:00")).orElseThrow();

        // when the first customer arrives at 09:55 and is done at 10:35, and nobody comes at 12:00
        clock.set(wednesday("09:55"));
        Appointment arrived = attend(first, AppointmentStatus.ARRIVED, "desk-1").orElseThrow();
        clock.set(wednesday("10:35"));
        Appointment completed = attend(first, AppointmentStatus.COMPLETED, "anna").orElseThrow();
        clock.set(wednesday("12:20"));
        Appointment missed = attend(second, AppointmentStatus.NO_SHOW, "desk-1").orElseThrow();

        // then every change names who and when, is stored, and the customer has one no-show
        assertThat(arrived.status()).isEqualTo(AppointmentStatus.ARRIVED);
        assertThat(completed.statusChanges()).extracting(c -> c.status() + " " + c.by() + " " + c.at())
                .containsExactly("ARRIVED desk-1 " + wednesday("09:55"), "COMPLETED anna " + wednesday("10:35"));
        assertThat(salon.engine.appointments().find(salon.tenant, second.id()).orElseThrow().status())
                .isEqualTo(AppointmentStatus.NO_SHOW);
        assertThat(missed.statusChanges()).hasSize(1);
        assertThat(salon.engine.appointments().noShows(salon.tenant, customer("Someone Else"))).isEqualTo(1);
        // and a completed appointment cannot become a no-show
        Result<Appointment> refused = attend(first, AppointmentStatus.NO_SHOW, "desk-1");
        assertThat(((Result.Failure<Appointment>) refused).code()).isEqualTo(ErrorCode.INVALID_STATE);
    }

    private Result<Appointment> attend(Appointment a, AppointmentStatus to, String by) {
        return salon.engine.appointments().recordAttendance(new AttendanceCommand(salon.tenant, a.id(), to, by,
                "corr-" + to.code()));
    }

    @Test
    void onThePhone_theLastBasinTakenIsSaidInGerman_beforeTheAlternatives() {
        // given one basin, taken by Maria's cut at 14:00
        cutNeedsABasin(1);
        salon.book(salon.cut, salon.maria, wednesday("14:00")).orElseThrow();

        // when a caller asks for Emma at 14:00
        PhoneAnswer answer = salon.engine.phone().checkAvailability(new PhoneRequest(salon.tenant, Optional.empty(),
                "call-7", "Mittwoch", "14 Uhr", "Haarschnitt", "Emma", "Anna Becker", "0151 2345678", "",
                Optional.empty(), "corr-7"));

        // then the reason comes first, then the alternatives
        assertThat(answer.status()).isEqualTo(PhoneAnswer.Status.UNAVAILABLE);
        assertThat(answer.sentence()).startsWith("Zu dieser Zeit ist leider kein Behandlungsplatz frei.")
                .contains("anbieten");
    }
}
