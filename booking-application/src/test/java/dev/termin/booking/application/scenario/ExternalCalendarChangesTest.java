package dev.termin.booking.application.scenario;

import static dev.termin.booking.application.scenario.Salon.wednesday;
import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.adapter.inmemory.InMemoryExternalCalendar;
import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.application.port.in.ExternalCalendarChangesUseCase;
import dev.termin.booking.application.port.in.ExternalChangeOutcome;
import dev.termin.booking.application.port.in.ExternalChangeOutcome.Action;
import dev.termin.booking.application.port.out.ExternalBookingState;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.AppointmentStatus;
import dev.termin.booking.domain.appointment.ExternalRef;
import dev.termin.booking.domain.appointment.Source;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.customer.Customer;
import dev.termin.booking.domain.customer.EmailAddress;
import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.result.Result;
import dev.termin.booking.domain.sync.SyncAlert;
import dev.termin.booking.domain.time.TimeInterval;
import dev.termin.booking.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules for changes made in the external calendar, applied one delivery at a time. */
class ExternalCalendarChangesTest {

    private final MutableClock clock = new MutableClock(Salon.NOW);
    private final InMemoryExternalCalendar calendar = new InMemoryExternalCalendar();
    private Salon salon;
    private ExternalCalendarChangesUseCase changes;
    private Instant changeTime = Salon.NOW;

    @BeforeEach
    void setUp() {
        salon = new Salon(BookingEngine.builder().clock(clock).externalCalendar(calendar).build());
        changes = salon.engine.externalChanges();
    }

    @Test
    void aBookingMadeInTheCalendar_becomesAnExternalAppointment_thatBlocksItsStaff_andIsImportedOnce() {
        // given
        ExternalBookingState made = direct("cal-1", salon.maria, wednesday("10:00"), 30, true);

        // when
        ExternalChangeOutcome first = changes.apply(made).orElseThrow();
        ExternalChangeOutcome again = changes.apply(made).orElseThrow();

        // then
        assertThat(first.action()).isEqualTo(Action.IMPORTED);
        assertThat(again.action()).isEqualTo(Action.STALE);
        List<Appointment> all = wednesdayAppointments();
        assertThat(all).singleElement().satisfies(a -> {
            assertThat(a.source()).isEqualTo(Source.CALCOM);
            assertThat(a.staff()).isEqualTo(salon.maria);
            assertThat(a.interval()).isEqualTo(TimeInterval.of(wednesday("10:00"), Duration.ofMinutes(30)));
            assertThat(a.sync().externalRefs()).containsExactly(new ExternalRef("main", "cal-1", wednesday("10:00")));
        });
        Result<Appointment> clash = salon.book(salon.cut, salon.maria, wednesday("10:00"));
        assertThat(clash).isInstanceOfSatisfying(Result.Failure.class,
                f -> assertThat(f.code()).isEqualTo(ErrorCode.SLOT_UNAVAILABLE));
    }

    @Test
    void termin_sOwnBooking_echoedByTheCalendar_isNotImported() {
        // given
        Appointment a = salon.book(salon.cut, salon.maria, wednesday("11:00")).orElseThrow();
        salon.engine.operations().processOutbox(10);
        String uid = calendar.activeBookings().get(0).externalId();

        // when
        ExternalChangeOutcome echo = changes.apply(own(uid, a, "main", wednesday("11:00"), 30, true)).orElseThrow();

        // then
        assertThat(echo.action()).isEqualTo(Action.UNCHANGED);
        assertThat(wednesdayAppointments()).extracting(Appointment::id).containsExactly(a.id());
    }

    @Test
    void aCancellationInTheCalendar_cancelsEverySegment_andFreesTheTime() {
        // given
        Appointment a = salon.book(salon.colour, salon.maria, wednesday("09:00")).orElseThrow();
        salon.engine.operations().processOutbox(10);
        ExternalRef first = calendar.activeBookings().stream().filter(b -> b.segmentKey().equals("colour"))
                .map(b -> new ExternalRef(b.segmentKey(), b.externalId(), b.interval().start())).findFirst()
                .orElseThrow();
        calendar.cancel(salon.tenant, first.externalId(), "cancelled by the customer in Cal.com");

        // when
        ExternalChangeOutcome outcome = changes.apply(own(first.externalId(), a, "colour", wednesday("09:00"), 30,
                false)).orElseThrow();
        salon.engine.operations().processOutbox(10);

        // then
        assertThat(outcome.action()).isEqualTo(Action.CANCELLED);
        Appointment stored = salon.engine.appointments().find(salon.tenant, a.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(calendar.activeBookings()).isEmpty();
        assertThat(salon.book(salon.cut, salon.maria, wednesday("09:00")).isSuccess()).isTrue();
    }

    @Test
    void aMoveInTheCalendar_toAFreeTime_movesTheAppointment_withoutPushingItBack() {
        // given
        Appointment a = importAt("cal-2", salon.maria, "12:00");

        // when
        ExternalChangeOutcome moved = changes.apply(moved("cal-3", "cal-2", salon.maria, "14:00")).orElseThrow();
        salon.engine.operations().processOutbox(10);

        // then
        assertThat(moved.action()).isEqualTo(Action.MOVED);
        Appointment stored = salon.engine.appointments().find(salon.tenant, a.id()).orElseThrow();
        assertThat(stored.interval().start()).isEqualTo(wednesday("14:00"));
        assertThat(stored.sync().externalRefs()).containsExactly(new ExternalRef("main", "cal-3", wednesday("14:00")));
        assertThat(calendar.createCalls()).isZero();
        assertThat(wednesdayAppointments()).hasSize(1);
    }

    @Test
    void aMoveInTheCalendar_ontoTakenTime_flagsTheAppointment_namingBoth_andNeverDoubleBooks() {
        // given
        Appointment imported = importAt("cal-4", salon.maria, "12:00");
        Appointment local = salon.book(salon.cut, salon.maria, wednesday("15:00")).orElseThrow();

        // when
        ExternalChangeOutcome outcome = changes.apply(moved("cal-5", "cal-4", salon.maria, "15:00")).orElseThrow();

        // then
        assertThat(outcome.action()).isEqualTo(Action.FLAGGED);
        assertThat(outcome.detail()).contains(imported.id().value(), local.id().value());
        Appointment stored = salon.engine.appointments().find(salon.tenant, imported.id()).orElseThrow();
        assertThat(stored.interval().start()).isEqualTo(wednesday("12:00"));
        assertThat(stored.sync().manualReview()).isTrue();
        assertThat(changes.flaggedForReview(salon.tenant)).extracting(Appointment::id).containsExactly(imported.id());
        var health = salon.engine.operations().syncHealth(salon.tenant);
        assertThat(health.counts().manualReview()).isEqualTo(1);
        assertThat(health.alert(SyncAlert.MANUAL_REVIEW).orElseThrow().appointmentIds())
                .containsExactly(imported.id().value());
    }

    @Test
    void aFlaggedAppointment_reSynced_isPushedToTheCalendarAgain_andNoLongerCounted() {
        // given
        Appointment imported = importAt("cal-6", salon.maria, "12:00");
        salon.book(salon.cut, salon.maria, wednesday("15:00")).orElseThrow();
        changes.apply(moved("cal-7", "cal-6", salon.maria, "15:00")).orElseThrow();

        // when
        Appointment resynced = changes.resync(salon.tenant, imported.id(), "Termin's time is right").orElseThrow();

        // then
        assertThat(resynced.sync().manualReview()).isFalse();
        assertThat(resynced.sync().lastError()).contains("Termin's time is right");
        assertThat(changes.flaggedForReview(salon.tenant)).isEmpty();
        assertThat(salon.engine.operations().syncHealth(salon.tenant).counts().manualReview()).isZero();
        assertThat(changes.resync(salon.tenant, imported.id(), "again")).isInstanceOfSatisfying(Result.Failure.class,
                f -> assertThat(f.code()).isEqualTo(ErrorCode.INVALID_STATE));
    }

    @Test
    void aFlaggedAppointment_clearedWithANote_staysAsItIs_andIsNotFlaggedAgainByTheSameChange() {
        // given
        Appointment imported = importAt("cal-8", salon.maria, "12:00");
        salon.book(salon.cut, salon.maria, wednesday("15:00")).orElseThrow();
        ExternalBookingState move = moved("cal-9", "cal-8", salon.maria, "15:00");
        changes.apply(move).orElseThrow();

        // when
        Appointment cleared = changes.clearReview(salon.tenant, imported.id(), "called the customer").orElseThrow();
        ExternalChangeOutcome replay = changes.apply(move).orElseThrow();

        // then
        assertThat(cleared.sync().manualReview()).isFalse();
        assertThat(cleared.sync().lastError()).contains("called the customer");
        assertThat(replay.action()).isEqualTo(Action.STALE);
        assertThat(changes.flaggedForReview(salon.tenant)).isEmpty();
        assertThat(changes.clearReview(salon.tenant, imported.id(), " ")).isInstanceOfSatisfying(
                Result.Failure.class, f -> assertThat(f.code()).isEqualTo(ErrorCode.INVALID_DATA));
    }

    @Test
    void aCancellationDeliveredBeforeItsCreation_leavesNothingBehind() {
        // given
        ExternalBookingState created = direct("cal-10", salon.emma, wednesday("16:00"), 30, true);
        ExternalBookingState cancelled = direct("cal-10", salon.emma, wednesday("16:00"), 30, false);

        // when
        ExternalChangeOutcome first = changes.apply(cancelled).orElseThrow();
        ExternalChangeOutcome late = changes.apply(created).orElseThrow();

        // then
        assertThat(first.action()).isEqualTo(Action.IGNORED);
        assertThat(late.action()).isEqualTo(Action.STALE);
        assertThat(wednesdayAppointments()).isEmpty();
    }

    @Test
    void aBookingMadeInTheCalendar_overTermin_sAppointment_isNotImported_andFlagsTheAppointment() {
        // given
        Appointment local = salon.book(salon.cut, salon.jonas, wednesday("13:00")).orElseThrow();

        // when
        ExternalChangeOutcome outcome = changes.apply(direct("cal-11", salon.jonas, wednesday("13:15"), 30, true))
                .orElseThrow();

        // then
        assertThat(outcome.action()).isEqualTo(Action.FLAGGED);
        assertThat(outcome.appointment()).contains(local.id());
        assertThat(outcome.detail()).contains("cal-11");
        assertThat(wednesdayAppointments()).extracting(Appointment::id).containsExactly(local.id());
    }

    private Appointment importAt(String uid, StaffId staff, String time) {
        changes.apply(direct(uid, staff, wednesday(time), 30, true)).orElseThrow();
        return wednesdayAppointments().stream().filter(a -> a.source() == Source.CALCOM).findFirst().orElseThrow();
    }

    private List<Appointment> wednesdayAppointments() {
        return salon.engine.appointments().list(salon.tenant, Optional.empty(),
                TimeInterval.of(wednesday("00:00"), Duration.ofDays(1))).stream()
                .filter(Appointment::isActive).toList();
    }

    private Instant next() {
        changeTime = changeTime.plusSeconds(1);
        return changeTime;
    }

    private ExternalBookingState direct(String uid, StaffId staff, Instant start, int minutes, boolean active) {
        return new ExternalBookingState(salon.tenant, uid, Optional.empty(), Optional.empty(), active,
                TimeInterval.of(start, Duration.ofMinutes(minutes)), next(), Optional.empty(), Optional.empty(),
                Optional.of(staff), Optional.empty(), Optional.of(new Customer("Lena Vogt", Optional.empty(),
                        Optional.of(new EmailAddress("lena@example.com")))));
    }

    private ExternalBookingState moved(String uid, String from, StaffId staff, String time) {
        return new ExternalBookingState(salon.tenant, uid, Optional.of(from), Optional.empty(), true,
                TimeInterval.of(wednesday(time), Duration.ofMinutes(30)), next(), Optional.empty(),
                Optional.empty(), Optional.of(staff), Optional.empty(), Optional.empty());
    }

    private ExternalBookingState own(String uid, Appointment a, String key, Instant start, int minutes,
            boolean active) {
        return new ExternalBookingState(salon.tenant, uid, Optional.empty(), Optional.empty(), active,
                TimeInterval.of(start, Duration.ofMinutes(minutes)), next(), Optional.of(a.id()), Optional.of(key),
                Optional.of(a.staff()), Optional.empty(), Optional.empty());
    }
}
