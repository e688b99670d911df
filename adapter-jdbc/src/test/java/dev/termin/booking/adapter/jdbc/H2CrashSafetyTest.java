package dev.termin.booking.adapter.jdbc;

import static dev.termin.booking.adapter.jdbc.Fixtures.appointment;
import static dev.termin.booking.adapter.jdbc.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termin.booking.adapter.jdbc.testing.TestH2;
import dev.termin.booking.application.port.out.BookingStorage;
import dev.termin.booking.application.port.out.OutboxMessage;
import dev.termin.booking.application.port.out.StorageException;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The embedded H2 file database dies in the middle of a booking transaction ({@code SHUTDOWN IMMEDIATELY}, as
 * when the process is killed): after reopening, the committed appointment is there and nothing of the interrupted
 * one is, neither appointment nor occupancy nor outbox message.
 */
class H2CrashSafetyTest {

    private final TenantId tenant = Fixtures.tenant();
    private final StaffId staff = Fixtures.staff();

    @Test
    void aDatabaseKilledMidTransaction_keepsTheCommittedAndNothingOfTheInterrupted() throws Exception {
        // given
        JdbcConfig config = TestH2.newDatabase();
        Appointment committed = appointment(tenant, staff, at(0, 60));
        Appointment interrupted = appointment(tenant, staff, at(60, 60));
        try (JdbcStorage store = JdbcStorage.create(config)) {
            BookingStorage storage = CataloguedStorage.of(store.storage());
            storage.transactions().inTransaction(() -> {
                storage.staffLocks().lock(tenant, List.of(staff), OptionalLong.empty());
                storage.appointments().insert(committed);
                storage.outbox().enqueue(message(committed));
                return null;
            });

            // when
            assertThatThrownBy(() -> storage.transactions().inTransaction(() -> {
                storage.staffLocks().lock(tenant, List.of(staff), OptionalLong.empty());
                storage.appointments().insert(interrupted);
                kill(config);
                storage.outbox().enqueue(message(interrupted));
                return null;
            })).isInstanceOf(StorageException.class);
        }

        // then
        try (JdbcStorage reopened = JdbcStorage.create(config)) {
            BookingStorage storage = CataloguedStorage.of(reopened.storage());
            assertThat(storage.appointments().find(tenant, committed.id())).contains(committed);
            assertThat(storage.appointments().find(tenant, interrupted.id())).isEmpty();
            assertThat(count(config, "SELECT COUNT(*) FROM occupancy WHERE appointment_id = '"
                    + interrupted.id().value() + "'")).isZero();
            assertThat(count(config, "SELECT COUNT(*) FROM outbox")).isEqualTo(1);
            assertThat(count(config, "SELECT COUNT(*) FROM outbox x WHERE NOT EXISTS "
                    + "(SELECT 1 FROM appointment a WHERE a.tenant = x.tenant AND a.id = x.appointment_id)")).isZero();
            storage.appointments().insert(interrupted); // its time is free
        }
    }

    private OutboxMessage message(Appointment a) {
        return OutboxMessage.of(UUID.randomUUID(), tenant, OutboxMessage.Kind.CALENDAR_SYNC, a.id(), "", Fixtures.T0);
    }

    private static void kill(JdbcConfig config) {
        try (Connection c = DriverManager.getConnection(config.url(), config.user(), config.password());
                Statement st = c.createStatement()) {
            st.execute("SHUTDOWN IMMEDIATELY");
        } catch (SQLException e) {
            // the connection dies with the database
        }
    }

    private static long count(JdbcConfig config, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(config.url(), config.user(), config.password());
                Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
