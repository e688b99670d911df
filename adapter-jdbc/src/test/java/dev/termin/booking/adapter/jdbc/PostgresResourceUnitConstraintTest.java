package dev.termin.booking.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termin.booking.adapter.jdbc.testing.TestPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL schema itself refuses a resource unit taken twice at once, whoever writes: plain SQL that bypasses
 * the adapter gets SQLSTATE 23P01 for an overlapping active row of the same unit; another unit, touching intervals
 * and inactive rows are not refused, and a unit that does not exist cannot be named at all (23503).
 */
class PostgresResourceUnitConstraintTest {

    private static final Instant T = Fixtures.T0;
    private static JdbcConfig config;
    private final String tenant = "t-" + UUID.randomUUID();
    private final String appointment = "a-" + UUID.randomUUID();

    @BeforeAll
    static void database() {
        config = TestPostgres.newDatabase();
    }

    @Test
    void anOverlappingActiveRowOfTheSameUnit_isRefusedWith23P01() throws Exception {
        try (Connection c = TestPostgres.connect(config)) {
            parents(c);
            insert(c, 1, T, 30, true);

            assertThatThrownBy(() -> insert(c, 1, T.plusSeconds(600), 30, true))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23P01"));
            insert(c, 2, T.plusSeconds(600), 30, true); // the other basin
            insert(c, 1, T.plusSeconds(1800), 30, true); // touching
            insert(c, 1, T.plusSeconds(600), 30, false); // inactive
            assertThatThrownBy(() -> insert(c, 3, T, 30, true))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23503"));
        }
    }

    private void parents(Connection c) throws SQLException {
        Fixtures.catalogueRows(c, tenant, "b", "s", "maria");
        try (Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO resource_type (tenant, branch_id, id, name, unit_count) VALUES ('" + tenant
                    + "', 'b', 'wash-basin', 'Waschbecken', 2)");
            st.executeUpdate("INSERT INTO resource_unit (tenant, branch_id, type_id, unit) VALUES ('" + tenant
                    + "', 'b', 'wash-basin', 1), ('" + tenant + "', 'b', 'wash-basin', 2)");
        }
        try (PreparedStatement st = c.prepareStatement("INSERT INTO appointment (tenant, id, branch_id, service_id, "
                + "staff_id, starts_at, ends_at, segments_json, customer_name, notes, status, source, sync_status, "
                + "sync_attempts, sync_manual_review, external_refs_json, reschedule_count, correlation_id, "
                + "fencing_token, created_at, updated_at) VALUES (?, ?, 'b', 's', 'maria', ?, ?, '[]', 'x', '', "
                + "'booked', 'web', 'pending', 0, false, '[]', 0, 'c', 0, ?, ?)")) {
            st.setString(1, tenant);
            st.setString(2, appointment);
            st.setTimestamp(3, Timestamp.from(T));
            st.setTimestamp(4, Timestamp.from(T.plusSeconds(60)));
            st.setTimestamp(5, Timestamp.from(T));
            st.setTimestamp(6, Timestamp.from(T));
            st.executeUpdate();
        }
    }

    private void insert(Connection c, int unit, Instant start, int minutes, boolean active) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO resource_occupancy (tenant, branch_id, type_id, "
                + "unit, starts_at, ends_at, appointment_id, ordinal, active) VALUES (?, 'b', 'wash-basin', ?, ?, ?, "
                + "?, 0, ?)")) {
            st.setString(1, tenant);
            st.setInt(2, unit);
            st.setTimestamp(3, Timestamp.from(start));
            st.setTimestamp(4, Timestamp.from(start.plusSeconds(60L * minutes)));
            st.setString(5, appointment);
            st.setBoolean(6, active);
            st.executeUpdate();
        }
    }
}
