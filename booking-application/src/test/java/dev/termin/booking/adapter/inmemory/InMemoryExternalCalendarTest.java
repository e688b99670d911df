package dev.termin.booking.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.adapter.inmemory.InMemoryExternalCalendar.Booking;
import dev.termin.booking.adapter.inmemory.InMemoryExternalCalendar.Status;
import dev.termin.booking.application.port.out.CalendarOutcome;
import dev.termin.booking.application.port.out.ExternalBooking;
import dev.termin.booking.application.port.out.ExternalBusy;
import dev.termin.booking.application.port.out.contract.ContractFixtures;
import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.sync.CircuitState;
import dev.termin.booking.domain.time.TimeInterval;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What only the fake calendar does: failure injection and inspection. */
class InMemoryExternalCalendarTest {

    private final InMemoryExternalCalendar calendar = new InMemoryExternalCalendar();
    private final TenantId tenant = TenantId.of("salon-1");
    private final StaffId maria = StaffId.of("maria");
    private final AppointmentId appointment = AppointmentId.of("appt-1");

    @Test
    void failNextCreates_unreachable_failsThatManyCreates_thenBooks() {
        calendar.failNextCreates(2, true);

        assertThat(calendar.create(booking("main", "10:00"))).isInstanceOf(CalendarOutcome.Unreachable.class);
        assertThat(calendar.create(booking("main", "10:00"))).isInstanceOf(CalendarOutcome.Unreachable.class);
        assertThat(calendar.activeBookings()).isEmpty();
        assertThat(calendar.create(booking("main", "10:00"))).isInstanceOf(CalendarOutcome.Done.class);

        assertThat(calendar.createCalls()).isEqualTo(3);
        assertThat(calendar.activeBookings()).hasSize(1);
    }

    @Test
    void failNextCreates_rejected_answersWithTheInjectedCode() {
        calendar.failNextCreates(1, false);

        CalendarOutcome<String> outcome = calendar.create(booking("main", "10:00"));

        assertThat(outcome).isInstanceOfSatisfying(CalendarOutcome.Rejected.class,
                r -> assertThat(r.code()).isEqualTo(InMemoryExternalCalendar.INJECTED_FAILURE));
        assertThat(calendar.activeBookings()).isEmpty();
    }

    @Test
    void failCreateOfSegment_rejectsThatSegmentUntilCleared() {
        calendar.failCreateOfSegment("cut");

        assertThat(calendar.create(booking("colour", "10:00"))).isInstanceOf(CalendarOutcome.Done.class);
        assertThat(calendar.create(booking("cut", "11:15"))).isInstanceOf(CalendarOutcome.Rejected.class);
        assertThat(calendar.create(booking("cut", "11:15"))).isInstanceOf(CalendarOutcome.Rejected.class);
        calendar.clearFailures();
        assertThat(calendar.create(booking("cut", "11:15"))).isInstanceOf(CalendarOutcome.Done.class);

        assertThat(calendar.activeBookings()).extracting(Booking::segmentKey).containsExactly("colour", "cut");
    }

    @Test
    void setUnreachable_makesEveryCallUnreachable_andOpensTheCircuit() {
        String id = done(calendar.create(booking("main", "10:00")));

        calendar.setUnreachable(true);

        assertThat(calendar.circuitState()).isEqualTo(CircuitState.OPEN);
        assertThat(calendar.busyTimes(tenant, List.of(maria), ContractFixtures.at("09:00", 120)))
                .isInstanceOf(CalendarOutcome.Unreachable.class);
        assertThat(calendar.create(booking("other", "12:00"))).isInstanceOf(CalendarOutcome.Unreachable.class);
        assertThat(calendar.cancel(tenant, id, "x")).isInstanceOf(CalendarOutcome.Unreachable.class);
        assertThat(calendar.reschedule(tenant, id, booking("main", "14:00")))
                .isInstanceOf(CalendarOutcome.Unreachable.class);

        calendar.setUnreachable(false);
        assertThat(calendar.circuitState()).isEqualTo(CircuitState.CLOSED);
        assertThat(calendar.activeBookings()).extracting(Booking::externalId).containsExactly(id);
    }

    @Test
    void aLostResponse_leavesTheBooking_andTheRetryFindsIt() {
        calendar.loseNextCreateResponses(1);

        assertThat(calendar.create(booking("main", "10:00"))).isInstanceOf(CalendarOutcome.Unreachable.class);
        String id = done(calendar.create(booking("main", "10:00")));

        assertThat(calendar.activeBookings()).extracting(Booking::externalId).containsExactly(id);
        assertThat(calendar.createCalls()).isEqualTo(2);
    }

    @Test
    void addedBusyTimes_areReportedForEveryTenant_withinStaffAndRange() {
        TimeInterval busy = ContractFixtures.at("13:00", 60);
        calendar.addBusy(maria, busy);

        assertThat(done(calendar.busyTimes(TenantId.of("other"), List.of(maria), ContractFixtures.at("12:00", 90))))
                .extracting(ExternalBusy::interval).containsExactly(busy);
        assertThat(done(calendar.busyTimes(tenant, List.of(StaffId.of("emma")), ContractFixtures.at("12:00", 180))))
                .isEmpty();
        assertThat(done(calendar.busyTimes(tenant, List.of(maria), ContractFixtures.at("14:00", 60)))).isEmpty();
    }

    @Test
    void unknownOrForeignIds_areNotFound() {
        String id = done(calendar.create(booking("main", "10:00")));

        assertThat(calendar.cancel(TenantId.of("other"), id, "x")).isInstanceOfSatisfying(
                CalendarOutcome.Rejected.class, r -> assertThat(r.status()).isEqualTo(404));
        assertThat(calendar.cancel(tenant, "ext-unknown", "x")).isInstanceOf(CalendarOutcome.Rejected.class);
        assertThat(calendar.reschedule(TenantId.of("other"), id, booking("main", "12:00")))
                .isInstanceOf(CalendarOutcome.Rejected.class);
        assertThat(calendar.activeBookings()).hasSize(1);
    }

    @Test
    void reschedule_marksTheOldBooking_andRepeatingItReturnsTheSameNewId() {
        String id = done(calendar.create(booking("main", "10:00")));

        String moved = done(calendar.reschedule(tenant, id, booking("main", "14:00")));
        String again = done(calendar.reschedule(tenant, id, booking("main", "14:00")));

        assertThat(moved).isNotEqualTo(id);
        assertThat(again).isEqualTo(moved);
        assertThat(calendar.allBookings()).extracting(Booking::externalId, Booking::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(id, Status.RESCHEDULED),
                        org.assertj.core.groups.Tuple.tuple(moved, Status.ACTIVE));
        assertThat(calendar.allBookings().get(0).rescheduledTo()).contains(moved);
        assertThat(calendar.reschedule(tenant, id, booking("main", "16:00")))
                .isInstanceOf(CalendarOutcome.Rejected.class);
        assertThat(done(calendar.create(booking("main", "14:00")))).as("create finds the moved booking")
                .isEqualTo(moved);
    }

    @Test
    void aCancelledBooking_cannotBeRescheduled_butCreatingItAgainMakesANewOne() {
        String id = done(calendar.create(booking("main", "10:00")));
        calendar.cancel(tenant, id, "abgesagt");

        assertThat(calendar.reschedule(tenant, id, booking("main", "12:00")))
                .isInstanceOf(CalendarOutcome.Rejected.class);
        String fresh = done(calendar.create(booking("main", "10:00")));

        assertThat(fresh).isNotEqualTo(id);
        assertThat(calendar.allBookings().get(0).cancellationReason()).contains("abgesagt");
        assertThat(calendar.cancelCalls()).isEqualTo(1);
    }

    @Test
    void bookings_carryTheSegmentLabel() {
        calendar.create(new ExternalBooking(tenant, appointment, "cut", "Schneiden", 2, 4, BranchId.of("b"),
                ServiceId.of("s"), "Färben", maria, ContractFixtures.at("11:00", 30), ContractFixtures.customer(),
                "corr-1"));

        assertThat(calendar.activeBookings()).extracting(Booking::label, Booking::correlationId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2 von 4", "corr-1"));
    }

    private ExternalBooking booking(String segment, String start) {
        return new ExternalBooking(tenant, appointment, segment, segment, 1, 1, BranchId.of("b"),
                ServiceId.of("s"), "Haarschnitt", maria, ContractFixtures.at(start, 30), ContractFixtures.customer(),
                "corr-1");
    }

    private static <T> T done(CalendarOutcome<T> outcome) {
        assertThat(outcome).isInstanceOf(CalendarOutcome.Done.class);
        return ((CalendarOutcome.Done<T>) outcome).value();
    }
}
