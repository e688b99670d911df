package dev.termin.booking.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.adapter.jdbc.testing.TestH2;
import dev.termin.booking.adapter.jdbc.testing.TestPostgres;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V7 on a database with data: appointments left behind by deletions before V7 (naming a branch, service and staff
 * members that no longer exist) keep their history; the missing rows come back as deactivated placeholders, so the
 * foreign keys can be added and the appointments stay as they were.
 */
class CatalogueReferencesMigrationTest {

    private static final Instant T = Instant.parse("2030-06-17T08:00:00Z");

    @Test
    void onH2_orphanedAppointmentsGetDeactivatedPlaceholders_andStillRead() throws SQLException {
        orphanedAppointmentsGetDeactivatedPlaceholders(TestH2.newDatabase(), "h2");
    }

    @Test
    void onPostgres_orphanedAppointmentsGetDeactivatedPlaceholders_andStillRead() throws SQLException {
        orphanedAppointmentsGetDeactivatedPlaceholders(TestPostgres.emptyDatabase(), "postgresql");
    }

    private static void orphanedAppointmentsGetDeactivatedPlaceholders(JdbcConfig config, String dialect)
            throws SQLException {
        // given: a V6 database with an appointment whose branch, service, staff member and second staff are gone
        Flyway.configure().dataSource(config.url(), config.user(), config.password())
                .locations("classpath:db/migration/" + dialect).target("6").load().migrate();
        try (Connection c = DriverManager.getConnection(config.url(), config.user(), config.password())) {
            orphan(c);
        }

        // when: the store opens and migrates to the newest version
        try (JdbcStorage store = JdbcStorage.create(config)) {
            var catalogue = store.storage().catalogue();
            TenantId tenant = TenantId.of("t-old");

            // then
            assertThat(catalogue.findBranch(tenant, BranchId.of("gone"))).hasValueSatisfying(
                    b -> assertThat(b.active()).isFalse());
            assertThat(catalogue.findService(tenant, ServiceId.of("perm"))).hasValueSatisfying(
                    s -> assertThat(s.active()).isFalse());
            for (String staff : new String[] {"anna", "ben"}) {
                assertThat(catalogue.findStaff(tenant, StaffId.of(staff))).hasValueSatisfying(s -> {
                    assertThat(s.active()).isFalse();
                    assertThat(s.branch()).isEqualTo(BranchId.of("gone"));
                });
            }
        }
        try (Connection c = DriverManager.getConnection(config.url(), config.user(), config.password());
                ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM appointment a JOIN staff s "
                        + "ON s.tenant = a.tenant AND s.id = a.staff_id WHERE a.id = 'a-1'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    private static void orphan(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO appointment (tenant, id, branch_id, service_id, "
                + "staff_id, starts_at, ends_at, segments_json, customer_name, customer_phone, notes, status, source, "
                + "sync_status, sync_attempts, sync_manual_review, external_refs_json, reschedule_count, "
                + "correlation_id, fencing_token, created_at, updated_at) VALUES ('t-old', 'a-1', 'gone', 'perm', "
                + "'anna', ?, ?, '[]', 'x', '+491512345678', '', 'booked', 'web', 'pending', 0, false, '[]', 0, 'c', "
                + "0, ?, ?)")) {
            st.setTimestamp(1, Timestamp.from(T));
            st.setTimestamp(2, Timestamp.from(T.plusSeconds(1800)));
            st.setTimestamp(3, Timestamp.from(T));
            st.setTimestamp(4, Timestamp.from(T));
            st.executeUpdate();
        }
        for (String staff : new String[] {"anna", "ben"}) {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO occupancy (tenant, staff_id, starts_at, "
                    + "ends_at, kind, appointment_id, ordinal, active) VALUES ('t-old', ?, ?, ?, 'work', 'a-1', ?, "
                    + "true)")) {
                st.setString(1, staff);
                st.setTimestamp(2, Timestamp.from(T));
                st.setTimestamp(3, Timestamp.from(T.plusSeconds(1800)));
                st.setInt(4, staff.equals("anna") ? 0 : 1);
                st.executeUpdate();
            }
        }
    }
}
