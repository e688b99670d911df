package dev.termin.booking.domain.appointment;

import dev.termin.booking.domain.customer.EmailAddress;
import dev.termin.booking.domain.customer.PhoneNumber;
import dev.termin.booking.domain.customer.Customer;
import static dev.termin.booking.domain.appointment.AppointmentTest.booked;
import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.result.Result;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Arrived, completed and no-show: who and when, which transitions are allowed, and the customer's no-show count.
 * The appointment runs 2026-06-17 08:00–08:30 UTC.
 */
class AttendanceTest {

    private static final Instant START = Instant.parse("2026-06-17T08:00:00Z");
    private static final Instant DURING = START.plusSeconds(600);
    private static final Instant BEFORE = START.minusSeconds(600);
    private static final Instant AFTER = START.plusSeconds(3600);

    private static Appointment appointment() {
        return booked(SyncState.notRequired());
    }

    private static Appointment value(Result<Appointment> r) {
        assertThat(r).isInstanceOf(Result.Success.class);
        return ((Result.Success<Appointment>) r).value();
    }

    private static Result.Failure<Appointment> failure(Result<Appointment> r) {
        assertThat(r).isInstanceOf(Result.Failure.class);
        Result.Failure<Appointment> f = (Result.Failure<Appointment>) r;
        assertThat(f.code()).isEqualTo(ErrorCode.INVALID_STATE);
        return f;
    }

    @Test
    void aCustomerWhoComesIsMarkedArrivedThenCompletedWithWhoAndWhen() {
        // given / when
        Appointment arrived = value(appointment().markArrived("desk-lisa", BEFORE));
        Appointment completed = value(arrived.complete("anna", AFTER));

        // then
        assertThat(arrived.status()).isEqualTo(AppointmentStatus.ARRIVED);
        assertThat(completed.status()).isEqualTo(AppointmentStatus.COMPLETED);
        assertThat(completed.statusChanges()).containsExactly(
                new StatusChange(AppointmentStatus.ARRIVED, "desk-lisa", BEFORE),
                new StatusChange(AppointmentStatus.COMPLETED, "anna", AFTER));
        assertThat(completed.updatedAt()).isEqualTo(AFTER);
        assertThat(completed.activeOccupancies()).isNotEmpty();
    }

    @Test
    void anAppointmentMayBeCompletedWithoutArrivingFirst() {
        // given / when / then
        assertThat(value(appointment().complete("anna", DURING)).status()).isEqualTo(AppointmentStatus.COMPLETED);
    }

    @Test
    void aCustomerWhoDoesNotComeIsMarkedNoShowOnceTheAppointmentHasStarted() {
        // given / when
        Result.Failure<Appointment> tooEarly = failure(appointment().markNoShow("desk-lisa", BEFORE));
        Appointment noShow = value(appointment().markNoShow("desk-lisa", DURING));

        // then
        assertThat(tooEarly.message()).contains("not started");
        assertThat(tooEarly.details()).containsEntry("from", "booked").containsEntry("to", "no_show");
        assertThat(noShow.status()).isEqualTo(AppointmentStatus.NO_SHOW);
        assertThat(noShow.statusChanges()).containsExactly(
                new StatusChange(AppointmentStatus.NO_SHOW, "desk-lisa", DURING));
    }

    @Test
    void anArrivedCustomerIsNoNoShowAndACompletedAppointmentIsFinal() {
        // given
        Appointment arrived = value(appointment().markArrived("desk-lisa", DURING));
        Appointment completed = value(arrived.complete("anna", AFTER));

        // when / then
        assertThat(failure(arrived.markNoShow("desk-lisa", AFTER)).details()).containsEntry("from", "arrived");
        assertThat(failure(completed.markArrived("desk-lisa", AFTER)).code()).isEqualTo(ErrorCode.INVALID_STATE);
        assertThat(failure(completed.complete("anna", AFTER)).details()).containsEntry("from", "completed");
        assertThat(completed.status().isFinal()).isTrue();
        assertThat(AppointmentStatus.ARRIVED.isFinal()).isFalse();
    }

    @Test
    void aCancelledAppointmentCannotBeAttendedAndArrivingAfterTheEndIsRefused() {
        // given
        Appointment cancelled = appointment().cancel("krank", BEFORE);

        // when / then
        assertThat(failure(cancelled.markArrived("desk-lisa", DURING)).details()).containsEntry("from", "cancelled");
        assertThat(failure(cancelled.complete("anna", AFTER)).details()).containsEntry("to", "completed");
        assertThat(failure(appointment().markArrived("desk-lisa", AFTER)).message()).contains("already over");
        assertThat(failure(appointment().complete("anna", BEFORE)).message()).contains("not started");
    }

    @Test
    void theNoShowCountCountsTheCustomersNoShowsByPhoneOrEmail() {
        // given: the fixture's customer is Anna, +4915112345678
        Appointment missed = value(appointment().markNoShow("desk-lisa", DURING));
        Appointment attended = value(appointment().complete("anna", AFTER));
        Customer sameByEmail = new Customer("A. Schmidt", Optional.empty(),
                Optional.of(new EmailAddress("Anna@Example.org")));
        Appointment missedByEmail = value(new Appointment(missed.id(), missed.tenant(), missed.branch(),
                missed.service(), missed.staff(), missed.interval(), missed.segments(), missed.occupancies(),
                sameByEmail, "", AppointmentStatus.BOOKED, missed.source(), missed.sync(), Optional.empty(), 0, "c",
                Optional.empty(), 1, START, START, Optional.empty()).markNoShow("desk-lisa", DURING));
        Customer anna = new Customer("Anna", Optional.of(new PhoneNumber("+4915112345678")),
                Optional.of(new EmailAddress("anna@example.org")));
        Customer someoneElse = Customer.withPhone("Anna", "+491701234567");

        // when / then
        List<Appointment> all = List.of(missed, attended, missedByEmail);
        assertThat(Attendance.noShows(all, anna)).isEqualTo(2);
        assertThat(Attendance.noShows(all, Customer.withPhone("Anna", "+4915112345678"))).isEqualTo(1);
        assertThat(Attendance.noShows(all, someoneElse)).isZero();
    }
}
