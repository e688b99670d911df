package dev.termin.booking.adapter.jdbc;

import static dev.termin.booking.adapter.jdbc.Fixtures.appointment;
import static dev.termin.booking.adapter.jdbc.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termin.booking.adapter.jdbc.testing.TestPostgres;
import dev.termin.booking.application.port.out.BookingStorage;
import dev.termin.booking.application.port.out.OutboxMessage;
import dev.termin.booking.application.port.out.StorageException;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A booking transaction whose database connection is killed midway ({@code pg_terminate_backend} from another
 * connection, as when a server process or the network dies) leaves nothing behind: no partial appointment, no
 * orphan occupancy, no outbox message without its appointment. The store recovers with a fresh connection.
 */
class PostgresCrashSafetyTest {

    private final String victim = "termin-victim-" + UUID.randomUUID();
    private JdbcConfig config;
    private JdbcStorage store;
    private BookingStorage storage;
    private final TenantId tenant = Fixtures.tenant();
    private final StaffId staff = Fixtures.staff();

    @BeforeEach
    void open() {
        config = TestPostgres.newDatabase();
        String url = config.url() + (config.url().contains("?") ? "&" : "?") + "ApplicationName=" + victim;
        store = JdbcStorage.create(new JdbcConfig(url, config.user(), config.password(), 2));
        storage = CataloguedStorage.of(store.storage());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aConnectionKilledBetweenTheAppointmentAndItsOutboxMessage_leavesNothing() throws Exception {
        // given
        Appointment a = appointment(tenant, staff, at(0, 60));

        // when
        assertThatThrownBy(() -> storage.transactions().inTransaction(() -> {
            storage.staffLocks().lock(tenant, List.of(staff), OptionalLong.empty());
            storage.appointments().insert(a);
            killVictimBackends();
            storage.outbox().enqueue(message(a));
            return null;
        })).isInstanceOf(StorageException.class);

        // then
        assertNothingOf(a);
        assertNoOrphans();
        storage.appointments().insert(a); // a fresh connection, and the time is free
        assertThat(storage.appointments().find(tenant, a.id())).contains(a);
    }

    @Test
    void aConnectionKilledJustBeforeCommit_leavesNothing() throws Exception {
        // given
        Appointment a = appointment(tenant, staff, at(120, 60));

        // when
        assertThatThrownBy(() -> storage.transactions().inTransaction(() -> {
            storage.staffLocks().lock(tenant, List.of(staff), OptionalLong.empty());
            storage.appointments().insert(a);
            storage.outbox().enqueue(message(a));
            killVictimBackends();
            return null;
        })).isInstanceOf(StorageException.class);

        // then
        assertNothingOf(a);
        assertNoOrphans();
        storage.transactions().inTransaction(() -> {
            storage.staffLocks().lock(tenant, List.of(staff), OptionalLong.empty());
            storage.appointments().insert(a);
            storage.outbox().enqueue(message(a));
            return null;
        });
        assertThat(count("SELECT COUNT(*) FROM outbox WHERE appointment_id = ?", a.id().value())).isEqualTo(1);
    }

    private OutboxMessage message(Appointment a) {
        return OutboxMessage.of(UUID.randomUUID(), tenant, OutboxMessage.Kind.CALENDAR_SYNC, a.id(), "", Fixtures.T0);
    }

    private void killVictimBackends() {
        try (Connection c = TestPostgres.connect(config);
                PreparedStatement st = c.prepareStatement("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        + "WHERE application_name = ? AND pid <> pg_backend_pid()")) {
            st.setString(1, victim);
            try (ResultSet rs = st.executeQuery()) {
                int killed = 0;
                while (rs.next()) {
                    killed += rs.getBoolean(1) ? 1 : 0;
                }
                assertThat(killed).as("killed backends").isPositive();
            }
            // wait until the backends are really gone
            for (int i = 0; i < 100 && count("SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = ?",
                    victim) > 0; i++) {
                Thread.sleep(20);
            }
        } catch (SQLException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private void assertNothingOf(Appointment a) throws SQLException {
        assertThat(count("SELECT COUNT(*) FROM appointment WHERE id = ?", a.id().value())).isZero();
        assertThat(count("SELECT COUNT(*) FROM occupancy WHERE appointment_id = ?", a.id().value())).isZero();
        assertThat(count("SELECT COUNT(*) FROM outbox WHERE appointment_id = ?", a.id().value())).isZero();
        assertThat(storage.appointments().find(tenant, a.id())).isEmpty();
    }

    private void assertNoOrphans() throws SQLException {
        try (Connection c = TestPostgres.connect(config); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM occupancy o WHERE o.appointment_id IS NOT NULL "
                    + "AND NOT EXISTS (SELECT 1 FROM appointment a WHERE a.tenant = o.tenant AND a.id = o.appointment_id)")) {
                rs.next();
                assertThat(rs.getLong(1)).as("orphan occupancies").isZero();
            }
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM outbox x WHERE NOT EXISTS "
                    + "(SELECT 1 FROM appointment a WHERE a.tenant = x.tenant AND a.id = x.appointment_id)")) {
                rs.next();
                assertThat(rs.getLong(1)).as("outbox messages without their appointment").isZero();
            }
        }
    }

    private long count(String sql, String arg) throws SQLException {
        try (Connection c = TestPostgres.connect(config); PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, arg);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
