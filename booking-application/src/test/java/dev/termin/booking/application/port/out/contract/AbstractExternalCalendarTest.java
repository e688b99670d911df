package dev.termin.booking.application.port.out.contract;

import static dev.termin.booking.application.port.out.contract.ContractFixtures.randomId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.termin.booking.application.port.out.CalendarOutcome;
import dev.termin.booking.application.port.out.ExternalBooking;
import dev.termin.booking.application.port.out.ExternalBusy;
import dev.termin.booking.application.port.out.ExternalCalendar;
import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.sync.CircuitState;
import dev.termin.booking.domain.time.TimeInterval;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link ExternalCalendar}, limited to what any real calendar shows: bookings made, found again,
 * cancelled and moved, as seen through busy times. The identities (tenant, branch, service, two staff members) and
 * the time of the bookings are overridable for adapters that map them to accounts and event types; by default they
 * are random per test.
 */
public abstract class AbstractExternalCalendarTest {

    /** The calendar under test, healthy and reachable; called once per test. */
    protected abstract ExternalCalendar externalCalendar();

    private final TenantId tenant = ContractFixtures.randomTenant();
    private final BranchId branch = BranchId.of(randomId("branch"));
    private final ServiceId service = ServiceId.of(randomId("service"));
    private final StaffId staff = StaffId.of(randomId("staff"));
    private final StaffId otherStaff = StaffId.of(randomId("staff"));

    protected TenantId tenant() {
        return tenant;
    }

    protected BranchId branch() {
        return branch;
    }

    protected ServiceId service() {
        return service;
    }

    /** The staff member most bookings are for. */
    protected StaffId staff() {
        return staff;
    }

    /** A second staff member, different from {@link #staff()}. */
    protected StaffId otherStaff() {
        return otherStaff;
    }

    /** The start of the first booking of a test; the others lie within the following eight hours. */
    protected Instant start() {
        return ContractFixtures.time("09:00");
    }

    private ExternalCalendar calendar;

    @BeforeEach
    void setUpCalendar() {
        calendar = externalCalendar();
    }

    @Test
    void aHealthyCalendar_reportsAClosedCircuit() {
        assertThat(calendar.circuitState()).isEqualTo(CircuitState.CLOSED);
    }

    @Test
    void create_returnsAnExternalId_andTheBookingIsBusyTime() {
        ExternalBooking booking = booking(AppointmentId.of(randomId("appt")), "main", staff(), slot(60, 30));

        String id = done(calendar.create(booking));

        assertThat(id).isNotBlank();
        assertThat(busy(List.of(staff()), day())).extracting(ExternalBusy::interval).containsExactly(slot(60, 30));
    }

    @Test
    void creatingTheSameAppointmentSegmentAgain_returnsTheSameId_andMakesNoSecondBooking() {
        ExternalBooking booking = booking(AppointmentId.of(randomId("appt")), "main", staff(), slot(60, 30));
        String first = done(calendar.create(booking));

        String second = done(calendar.create(booking));

        assertThat(second).isEqualTo(first);
        assertThat(busy(List.of(staff()), day())).extracting(ExternalBusy::interval).containsExactly(slot(60, 30));
    }

    @Test
    void segmentsOfOneAppointment_areSeparateBookings() {
        AppointmentId appointment = AppointmentId.of(randomId("appt"));
        String a = done(calendar.create(booking(appointment, "colour", 1, 2, staff(), slot(60, 30))));
        String b = done(calendar.create(booking(appointment, "cut", 2, 2, staff(), slot(135, 30))));

        assertThat(a).isNotEqualTo(b);
        assertThat(busy(List.of(staff()), day())).extracting(ExternalBusy::interval)
                .containsExactlyInAnyOrder(slot(60, 30), slot(135, 30));
    }

    @Test
    void cancel_freesTheTime_andCancellingAgainSucceeds() {
        String id = done(calendar.create(booking(AppointmentId.of(randomId("appt")), "main", staff(),
                slot(60, 30))));

        assertThat(calendar.cancel(tenant(), id, "Kunde hat abgesagt")).isInstanceOf(CalendarOutcome.Done.class);
        assertThat(busy(List.of(staff()), day())).isEmpty();
        assertThat(calendar.cancel(tenant(), id, "Kunde hat abgesagt")).isInstanceOf(CalendarOutcome.Done.class);
    }

    @Test
    void reschedule_returnsAnId_andMovesTheBusyTime() {
        AppointmentId appointment = AppointmentId.of(randomId("appt"));
        String id = done(calendar.create(booking(appointment, "main", staff(), slot(60, 30))));

        String moved = done(calendar.reschedule(tenant(), id, booking(appointment, "main", staff(), slot(240, 30))));

        assertThat(moved).isNotBlank();
        assertThat(busy(List.of(staff()), day())).extracting(ExternalBusy::interval)
                .containsExactly(slot(240, 30));
    }

    @Test
    void busyTimes_coverOnlyTheRequestedStaffAndRange() {
        // given
        done(calendar.create(booking(AppointmentId.of(randomId("appt")), "main", staff(), slot(60, 30))));
        done(calendar.create(booking(AppointmentId.of(randomId("appt")), "main", otherStaff(), slot(60, 30))));
        done(calendar.create(booking(AppointmentId.of(randomId("appt")), "main", staff(), slot(360, 30))));
        TimeInterval morning = TimeInterval.of(start(), Duration.ofHours(3));

        // then
        assertThat(busy(List.of(staff()), morning)).extracting(ExternalBusy::staff, ExternalBusy::interval)
                .containsExactly(tuple(staff(), slot(60, 30)));
        assertThat(busy(List.of(staff(), otherStaff()), morning))
                .extracting(ExternalBusy::staff, ExternalBusy::interval)
                .containsExactlyInAnyOrder(tuple(staff(), slot(60, 30)),
                        tuple(otherStaff(), slot(60, 30)));
        assertThat(busy(List.of(otherStaff()), TimeInterval.of(start().plus(Duration.ofHours(5)),
                Duration.ofHours(3)))).isEmpty();
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    /** {@code minutes} long, {@code offset} minutes after {@link #start()}. */
    private TimeInterval slot(int offset, int minutes) {
        return TimeInterval.of(start().plus(Duration.ofMinutes(offset)), Duration.ofMinutes(minutes));
    }

    private TimeInterval day() {
        return TimeInterval.of(start(), Duration.ofHours(8));
    }

    private ExternalBooking booking(AppointmentId appointment, String segment, StaffId who, TimeInterval when) {
        return booking(appointment, segment, 1, 1, who, when);
    }

    private ExternalBooking booking(AppointmentId appointment, String segment, int index, int total, StaffId who,
            TimeInterval when) {
        return new ExternalBooking(tenant(), appointment, segment, "Segment " + segment, index, total, branch(),
                service(), "Haarschnitt", who, when, ContractFixtures.customer(), randomId("corr"));
    }

    private List<ExternalBusy> busy(Collection<StaffId> who, TimeInterval range) {
        return done(calendar.busyTimes(tenant(), who, range));
    }

    private static <T> T done(CalendarOutcome<T> outcome) {
        assertThat(outcome).isInstanceOf(CalendarOutcome.Done.class);
        return ((CalendarOutcome.Done<T>) outcome).value();
    }
}
