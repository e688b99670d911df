package dev.termin.booking.application.scenario;

import static dev.termin.booking.application.scenario.Salon.BERLIN;
import static dev.termin.booking.application.scenario.Salon.NOW;
import static dev.termin.booking.application.scenario.Salon.WEDNESDAY;
import static dev.termin.booking.application.scenario.Salon.wednesday;
import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.adapter.inmemory.InMemoryStorage;
import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.application.port.in.AffectedAppointments;
import dev.termin.booking.application.port.in.AffectedAppointments.Action;
import dev.termin.booking.application.port.in.BookCommand;
import dev.termin.booking.application.port.in.CancelCommand;
import dev.termin.booking.application.port.in.SlotRequest;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.AppointmentStatus;
import dev.termin.booking.domain.appointment.Source;
import dev.termin.booking.domain.calendar.OpeningHours;
import dev.termin.booking.domain.catalogue.Branch;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.Staff;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.result.Result;
import dev.termin.booking.domain.result.Warning;
import dev.termin.booking.domain.time.LocalTimeWindow;
import dev.termin.booking.domain.time.WeeklyHours;
import dev.termin.booking.testing.MutableClock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A branch with future appointments is deactivated (kept, offering nothing), or deleted after its appointments are
 * cancelled or reassigned to a staff member of another branch; whatever bookings still name stays, deactivated.
 */
class BranchChangesScenariosTest {

    private final BranchId nord = BranchId.of("nord");
    private final StaffId lena = StaffId.of("lena");
    private Salon salon;
    private Appointment mariasCut;

    @BeforeEach
    void setUp() {
        MutableClock clock = new MutableClock(NOW);
        salon = new Salon(BookingEngine.builder().clock(clock).storage(new InMemoryStorage(clock).storage())
                .build());
        WeeklyHours open = WeeklyHours.weekdays(LocalTimeWindow.of("09:00", "18:00"));
        salon.engine.catalogue().saveBranch(new Branch(nord, salon.tenant, "Salon Nord", BERLIN,
                OpeningHours.weekly(open))).orElseThrow();
        salon.engine.catalogue().saveStaff(new Staff(lena, salon.tenant, nord, "Lena", List.of(), Set.of(salon.cut),
                open, WeeklyHours.none(), List.of(), true)).orElseThrow();
        mariasCut = salon.book(salon.cut, salon.maria, wednesday("10:00")).orElseThrow();
    }

    private Appointment stored(Appointment a) {
        return salon.engine.appointments().find(salon.tenant, a.id()).orElseThrow();
    }

    private Branch branch(BranchId id) {
        return salon.engine.catalogue().branch(salon.tenant, id).orElseThrow();
    }

    private Result<Void> delete(Action action, Optional<StaffId> to) {
        return salon.engine.catalogue().deleteBranch(salon.tenant, salon.branch,
                new AffectedAppointments(action, to, "corr-branch"));
    }

    @Test
    void deactivatingABranch_keepsItAndItsAppointments_butOffersNoTimesThere() {
        // when
        Result<Void> r = delete(Action.DEACTIVATE, Optional.empty());

        // then
        assertThat(r.isSuccess()).isTrue();
        assertThat(branch(salon.branch).active()).isFalse();
        assertThat(salon.engine.availability().findSlots(salon.request(salon.cut), WEDNESDAY, WEDNESDAY,
                Optional.empty())).isInstanceOfSatisfying(Result.Failure.class,
                        f -> assertThat(f.code()).isEqualTo(ErrorCode.INVALID_DATA));
        assertThat(salon.book(salon.cut, salon.maria, wednesday("15:00")).isSuccess()).isFalse();
        // the existing appointment still works: it can be cancelled
        assertThat(salon.engine.appointments().cancel(new CancelCommand(salon.tenant, mariasCut.id(), "Umzug",
                true, "corr")).isSuccess()).isTrue();
    }

    @Test
    void withoutANamedBranch_theOnlyActiveBranchIsTheOne() {
        // given
        delete(Action.DEACTIVATE, Optional.empty());

        // when
        Result<Branch> resolved = salon.engine.catalogue().resolveBranch(salon.tenant, Optional.empty(),
                Optional.empty());

        // then
        assertThat(resolved.orElseThrow().id()).isEqualTo(nord);
    }

    @Test
    void deletingABranchWithFutureAppointments_isRefusedListingThem() {
        Result<Void> r = delete(Action.REFUSE, Optional.empty());

        assertThat(r).isInstanceOfSatisfying(Result.Failure.class, f -> {
            assertThat(f.code()).isEqualTo(ErrorCode.INVALID_STATE);
            assertThat(f.details()).containsEntry("appointments", mariasCut.id().value());
        });
        assertThat(branch(salon.branch).active()).isTrue();
    }

    @Test
    void deletingWithCancel_cancelsTheAppointments_andKeepsTheBranchDeactivatedForItsStaffAndHistory() {
        Result<Void> r = delete(Action.CANCEL, Optional.empty());

        assertThat(r).isInstanceOf(Result.Success.class);
        assertThat(((Result.Success<Void>) r).warnings()).extracting(Warning::code)
                .containsExactly("kept_for_history");
        assertThat(stored(mariasCut).status()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(branch(salon.branch).active()).isFalse();
    }

    @Test
    void reassigning_movesEachAppointmentToTheNamedStaffMemberOfAnotherBranch_atTheSameTime() {
        // when
        Result<Void> r = delete(Action.REASSIGN, Optional.of(lena));

        // then
        assertThat(r.isSuccess()).isTrue();
        Appointment moved = stored(mariasCut);
        assertThat(moved.branch()).isEqualTo(nord);
        assertThat(moved.staff()).isEqualTo(lena);
        assertThat(moved.interval()).isEqualTo(mariasCut.interval());
        assertThat(branch(salon.branch).active()).isFalse();
    }

    @Test
    void reassigning_refusesWhenTheNamedStaffMemberIsNotFree_andMovesNothing() {
        // given: Lena is busy at 10:00
        salon.engine.appointments().book(new BookCommand(
                SlotRequest.of(salon.tenant, nord, salon.cut).withStaff(lena), wednesday("10:00"),
                Salon.customer("Ben Kaiser"), "", Source.DESK,
                Optional.empty(), Optional.empty(), "corr-lena")).orElseThrow();

        // when
        Result<Void> r = delete(Action.REASSIGN, Optional.of(lena));

        // then
        assertThat(r).isInstanceOfSatisfying(Result.Failure.class,
                f -> assertThat(f.details()).containsEntry("appointments", mariasCut.id().value()));
        assertThat(stored(mariasCut).branch()).isEqualTo(salon.branch);
        assertThat(branch(salon.branch).active()).isTrue();
    }

    @Test
    void reassigningToAStaffMemberOfTheSameBranch_isInvalid() {
        Result<Void> r = delete(Action.REASSIGN, Optional.of(salon.emma));

        assertThat(r).isInstanceOfSatisfying(Result.Failure.class,
                f -> assertThat(f.code()).isEqualTo(ErrorCode.INVALID_DATA));
    }
}
