package dev.termin.booking.application.scenario;

import static dev.termin.booking.application.scenario.Salon.NOW;
import static dev.termin.booking.application.scenario.Salon.wednesday;
import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.adapter.inmemory.InMemoryStorage;
import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.application.port.in.AffectedAppointments;
import dev.termin.booking.application.port.in.AffectedAppointments.Action;
import dev.termin.booking.application.port.in.SlotRequest;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.AppointmentStatus;
import dev.termin.booking.domain.catalogue.Staff;
import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.result.Result;
import dev.termin.booking.domain.result.Warning;
import dev.termin.booking.domain.time.LocalTimeWindow;
import dev.termin.booking.domain.time.WeeklyHours;
import dev.termin.booking.testing.MutableClock;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Catalogue changes never orphan a booking: deletions with future appointments, and hours that leave them out. */
class CatalogueChangesScenariosTest {

    private Salon salon;
    private Appointment mariasCut;

    @BeforeEach
    void setUp() {
        MutableClock clock = new MutableClock(NOW);
        salon = new Salon(BookingEngine.builder().clock(clock).storage(new InMemoryStorage(clock).storage())
                .build());
        mariasCut = salon.book(salon.cut, salon.maria, wednesday("10:00")).orElseThrow();
    }

    private static AffectedAppointments how(Action action) {
        return new AffectedAppointments(action, Optional.empty(), "corr-change");
    }

    private Appointment stored(Appointment a) {
        return salon.engine.appointments().find(salon.tenant, a.id()).orElseThrow();
    }

    @Test
    void deletingAStaffMemberWithFutureAppointments_isRefusedListingThem_andDeletesNothing() {
        Result<Void> r = salon.engine.catalogue().deleteStaff(salon.tenant, salon.maria);

        assertThat(r).isInstanceOfSatisfying(Result.Failure.class, f -> {
            assertThat(f.code()).isEqualTo(ErrorCode.INVALID_STATE);
            assertThat(f.details()).containsEntry("appointments", mariasCut.id().value());
        });
        assertThat(salon.engine.catalogue().staff(salon.tenant, salon.maria).isSuccess()).isTrue();
    }

    @Test
    void deletingWithCancel_cancelsTheAppointments_thenKeepsTheStaffMemberDeactivatedForTheirHistory() {
        Result<Void> r = salon.engine.catalogue().deleteStaff(salon.tenant, salon.maria, how(Action.CANCEL));

        assertThat(r).isInstanceOf(Result.Success.class);
        assertThat(((Result.Success<Void>) r).warnings()).extracting(Warning::code)
                .containsExactly("kept_for_history");
        assertThat(stored(mariasCut).status()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(salon.engine.catalogue().staff(salon.tenant, salon.maria).orElseThrow().active()).isFalse();
    }

    @Test
    void deletingAStaffMemberNothingNames_deletesThem() {
        Result<Void> r = salon.engine.catalogue().deleteStaff(salon.tenant, salon.emma);

        assertThat(((Result.Success<Void>) r).warnings()).isEmpty();
        assertThat(salon.engine.catalogue().staff(salon.tenant, salon.emma).isSuccess()).isFalse();
    }

    @Test
    void reassigning_movesEveryAppointmentToAFreeStaffMember_orRefusesWhenOneIsNotFree() {
        // Emma is busy at 10:00: nothing moves
        Appointment emmas = salon.book(salon.cut, salon.emma, wednesday("10:00")).orElseThrow();
        Result<Void> refused = salon.engine.catalogue().deleteStaff(salon.tenant, salon.maria,
                new AffectedAppointments(Action.REASSIGN, Optional.of(salon.emma), "corr"));
        assertThat(((Result.Failure<Void>) refused).details()).containsEntry("appointments",
                mariasCut.id().value());
        assertThat(stored(mariasCut).staff()).isEqualTo(salon.maria);

        // Jonas is free: Maria's cut goes to him at the same time, then Maria is deleted
        Result<Void> done = salon.engine.catalogue().deleteStaff(salon.tenant, salon.maria,
                new AffectedAppointments(Action.REASSIGN, Optional.of(salon.jonas), "corr"));
        assertThat(done.isSuccess()).isTrue();
        assertThat(stored(mariasCut).staff()).isEqualTo(salon.jonas);
        assertThat(stored(mariasCut).interval()).isEqualTo(mariasCut.interval());
        assertThat(stored(emmas).staff()).isEqualTo(salon.emma);
    }

    @Test
    void deactivatingInsteadOfDeleting_keepsTheStaffMemberAndTheAppointment_butNothingNewIsBookable() {
        Result<Void> r = salon.engine.catalogue().deleteStaff(salon.tenant, salon.maria, how(Action.DEACTIVATE));

        assertThat(r.isSuccess()).isTrue();
        assertThat(salon.engine.catalogue().staff(salon.tenant, salon.maria).orElseThrow().active()).isFalse();
        assertThat(stored(mariasCut).status()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat(salon.book(salon.cut, salon.maria, wednesday("15:00")).isSuccess()).isFalse();
    }

    @Test
    void aServiceWithFutureAppointments_isRefused_deactivated_orDeletedAfterCancelling() {
        assertThat(salon.engine.catalogue().deleteService(salon.tenant, salon.cut).isSuccess()).isFalse();
        assertThat(salon.engine.catalogue().deleteService(salon.tenant, salon.cut, how(Action.DEACTIVATE))
                .isSuccess()).isTrue();
        assertThat(salon.engine.catalogue().service(salon.tenant, salon.cut).orElseThrow().active()).isFalse();
        assertThat(salon.engine.catalogue().deleteService(salon.tenant, salon.cut, how(Action.CANCEL))
                .isSuccess()).isTrue();
        assertThat(stored(mariasCut).status()).isEqualTo(AppointmentStatus.CANCELLED);
    }

    @Test
    void aBranchWithFutureAppointments_isRefused() {
        Result<Void> r = salon.engine.catalogue().deleteBranch(salon.tenant, salon.branch);

        assertThat(((Result.Failure<Void>) r).details()).containsEntry("appointments", mariasCut.id().value());
    }

    @Test
    void aTenantsOnlyBranch_deactivated_isStillTheBranchOfItsRequests_butOffersNothing() {
        salon.engine.catalogue().deleteBranch(salon.tenant, salon.branch, how(Action.DEACTIVATE)).orElseThrow();

        assertThat(salon.engine.catalogue().resolveBranch(salon.tenant, Optional.empty(), Optional.empty())
                .orElseThrow().id()).isEqualTo(salon.branch);
        assertThat(salon.engine.availability().findSlots(new SlotRequest(salon.tenant, Optional.empty(), salon.cut,
                Optional.empty()), Salon.WEDNESDAY, Salon.WEDNESDAY, Optional.empty()))
                .isInstanceOfSatisfying(Result.Failure.class,
                        f -> assertThat(f.message()).contains("not offered at the moment"));
    }

    @Test
    void shorterWorkingHours_answerWithTheAppointmentsLeftOutside_asWarnings() {
        Staff maria = salon.engine.catalogue().staff(salon.tenant, salon.maria).orElseThrow();
        Staff afternoonsOnly = new Staff(maria.id(), maria.tenant(), maria.branch(), maria.name(), maria.aliases(),
                maria.services(), WeeklyHours.weekdays(LocalTimeWindow.of("13:00", "18:00")), maria.breaks(),
                maria.timeOff(), true);

        Result<Staff> saved = salon.engine.catalogue().saveStaff(afternoonsOnly);

        assertThat(((Result.Success<Staff>) saved).warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("appointment_outside_hours");
            assertThat(w.message()).contains(mariasCut.id().value());
        });
        assertThat(((Result.Success<Staff>) salon.engine.catalogue().saveStaff(maria)).warnings()).isEmpty();
    }
}
