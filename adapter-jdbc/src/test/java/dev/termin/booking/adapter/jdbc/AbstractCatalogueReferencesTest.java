package dev.termin.booking.adapter.jdbc;

import static dev.termin.booking.application.port.out.contract.ContractFixtures.at;
import static dev.termin.booking.application.port.out.contract.ContractFixtures.time;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.application.port.out.BookingStorage;
import dev.termin.booking.application.port.out.ReferencedRowException;
import dev.termin.booking.application.port.out.contract.ContractFixtures;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.slot.Occupancy;
import dev.termin.booking.domain.slot.OccupancyKind;
import dev.termin.booking.domain.result.Result;
import dev.termin.booking.domain.result.Warning;
import dev.termin.booking.testing.MutableClock;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The foreign keys of V7 beyond the port contract ({@code AbstractCatalogueReferencesContractTest}): plain SQL
 * cannot delete a branch, staff member or service that an appointment names, "together" staff count, and bookings
 * that name a missing one are refused; the engine's safe delete still answers first ({@code invalid_state} listing
 * the future appointments) and keeps an item that only history names, deactivated. Run against PostgreSQL and H2 by
 * the subclasses.
 */
abstract class AbstractCatalogueReferencesTest {

    private final MutableClock clock = new MutableClock(time("08:00").minus(Duration.ofDays(2)));
    private JdbcConfig config;
    private JdbcStorage store;
    private BookingStorage storage;
    private ContractFixtures fx;

    /** A configuration of a migrated database (may be shared: every test uses a fresh tenant). */
    protected abstract JdbcConfig newDatabase();

    @BeforeEach
    void open() {
        config = newDatabase();
        store = JdbcStorage.create(config, clock);
        storage = store.storage();
        fx = ContractFixtures.create(storage);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"staff", "service", "branch"})
    void aRawDeleteOfACatalogueRowThatAnAppointmentNames_isRefusedByTheDatabase(String table) throws SQLException {
        // given
        storage.appointments().insert(fx.appointment().build());
        String id = switch (table) {
            case "staff" -> fx.staff().value();
            case "service" -> fx.service().value();
            default -> fx.branch().value();
        };

        // when / then: plain SQL, no adapter and no engine in between
        try (Connection c = DriverManager.getConnection(config.url(), config.user(), config.password());
                PreparedStatement st = c.prepareStatement("DELETE FROM " + table + " WHERE tenant = ? AND id = ?")) {
            st.setString(1, fx.tenant().value());
            st.setString(2, id);
            assertThatThrownBy(st::executeUpdate).isInstanceOfSatisfying(SQLException.class,
                    e -> assertThat(e.getSQLState()).isEqualTo("23503"));
        }
        assertThat(storage.catalogue().findStaff(fx.tenant(), fx.staff())).isPresent();
        assertThat(storage.catalogue().findService(fx.tenant(), fx.service())).isPresent();
        assertThat(storage.catalogue().findBranch(fx.tenant(), fx.branch())).isPresent();
    }

    @Test
    void deletingAStaffMemberWhoOnlyWorksInAnotherStaffMembersAppointment_isRefusedWithReferencedRow() {
        // given: the second staff member appears only in the occupancies (as "together" staff would)
        StaffId second = fx.addStaff();
        storage.appointments().insert(fx.appointment().occupancies(
                new Occupancy(fx.staff(), at("10:00", 30), OccupancyKind.WORK),
                new Occupancy(second, at("10:00", 30), OccupancyKind.WORK)).build());

        // when / then
        assertThatThrownBy(() -> storage.catalogue().deleteStaff(fx.tenant(), second))
                .isInstanceOf(ReferencedRowException.class);
        assertThat(storage.catalogue().findStaff(fx.tenant(), second)).isPresent();
    }

    @Test
    void anAppointmentNamingAStaffMemberWhoDoesNotExist_isRefusedAndNothingIsStored() {
        // given
        Appointment orphan = fx.appointment(StaffId.of("nobody"), at("11:00", 30));

        // when / then
        assertThatThrownBy(() -> storage.appointments().insert(orphan)).isInstanceOf(ReferencedRowException.class);
        assertThat(storage.appointments().find(fx.tenant(), orphan.id())).isEmpty();
    }

    @Test
    void theEnginesSafeDelete_stillAnswersInvalidStateWithTheFutureAppointments() {
        // given
        BookingEngine engine = BookingEngine.builder().clock(clock).storage(storage).build();
        Appointment future = fx.appointment().build();
        storage.appointments().insert(future);

        // when
        Result<Void> staff = engine.catalogue().deleteStaff(fx.tenant(), fx.staff());
        Result<Void> service = engine.catalogue().deleteService(fx.tenant(), fx.service());

        // then
        for (Result<Void> r : List.of(staff, service)) {
            assertThat(r).isInstanceOfSatisfying(Result.Failure.class, f -> {
                assertThat(f.code()).isEqualTo(ErrorCode.INVALID_STATE);
                assertThat(f.details()).containsEntry("appointments", future.id().value());
            });
        }
    }

    @Test
    void deletingAStaffMemberWithOnlyPastAppointments_keepsThemDeactivatedForHistory() {
        // given: the appointment is over
        BookingEngine engine = BookingEngine.builder().clock(clock).storage(storage).build();
        storage.appointments().insert(fx.appointment().build());
        clock.set(time("12:00"));

        // when
        Result<Void> result = engine.catalogue().deleteStaff(fx.tenant(), fx.staff());

        // then
        assertThat(result).isInstanceOf(Result.Success.class);
        assertThat(((Result.Success<Void>) result).warnings()).extracting(Warning::code)
                .containsExactly("kept_for_history");
        assertThat(storage.catalogue().findStaff(fx.tenant(), fx.staff())).hasValueSatisfying(
                s -> assertThat(s.active()).isFalse());
    }
}
