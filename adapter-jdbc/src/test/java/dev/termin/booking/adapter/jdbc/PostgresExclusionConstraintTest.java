package dev.termin.booking.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termin.booking.adapter.jdbc.testing.TestPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL schema itself refuses overlaps, whoever writes: plain SQL that bypasses the adapter (no staff
 * lock, no re-check) gets SQLSTATE 23P01 for an overlapping active exclusive occupancy, also when many such
 * writers race; flexible pauses, inactive rows, other staff and other tenants are not refused.
 */
class PostgresExclusionConstraintTest {

    private static JdbcConfig config;
    private final String tenant = "t-" + UUID.randomUUID();
    private final String appointment = "a-" + UUID.randomUUID();
    private static final Instant T = Fixtures.T0;

    @BeforeAll
    static void database() {
        config = TestPostgres.newDatabase();
    }

    @Test
    void anOverlappingActiveExclusiveRow_isRefusedWith23P01() throws Exception {
        try (Connection c = TestPostgres.connect(config)) {
            parent(c, tenant, appointment);
            insert(c, tenant, "maria", T, 60, "work", true);

            assertThatThrownBy(() -> insert(c, tenant, "maria", T.plusSeconds(1800), 60, "blocked_pause", true))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23P01"));
            insert(c, tenant, "maria", T.plusSeconds(3600), 60, "work", true); // touching
            insert(c, tenant, "maria", T.plusSeconds(1800), 60, "flexible_pause", true);
            insert(c, tenant, "maria", T.plusSeconds(1800), 60, "work", false); // inactive
            insert(c, tenant, "emma", T, 60, "work", true);
            String other = "t-" + UUID.randomUUID();
            String theirs = "a-" + UUID.randomUUID();
            parent(c, other, theirs);
            insertFor(c, other, theirs, "maria", T, 60, "work", true);
        }
    }

    @Test
    void sixteenRacingRawWriters_leaveExactlyOneRow() throws Exception {
        try (Connection c = TestPostgres.connect(config)) {
            parent(c, tenant, appointment);
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            int n = i;
            results.add(pool.submit(() -> {
                try (Connection c = TestPostgres.connect(config)) {
                    c.setAutoCommit(false);
                    go.await();
                    try {
                        insert(c, tenant, "maria", T.plus(Duration.ofMinutes(n % 4)), 30, "work", true);
                        Thread.sleep(5);
                        c.commit();
                        return true;
                    } catch (SQLException e) {
                        c.rollback();
                        // raw writers take no staff lock first (the store does), so waiting on each other's
                        // uncommitted rows can form a cycle that PostgreSQL breaks by aborting one (40P01): a refusal
                        // too, nothing written
                        if (!"23P01".equals(e.getSQLState()) && !"40P01".equals(e.getSQLState())) {
                            throw e;
                        }
                        return false;
                    }
                }
            }));
        }
        go.countDown();
        int won = 0;
        for (Future<Boolean> f : results) {
            won += f.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();

        assertThat(won).isEqualTo(1);
    }

    private void insert(Connection c, String t, String staff, Instant start, int minutes, String kind,
            boolean active) throws SQLException {
        insertFor(c, t, appointment, staff, start, minutes, kind, active);
    }

    private static void insertFor(Connection c, String t, String a, String staff, Instant start, int minutes,
            String kind, boolean active) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO occupancy (tenant, staff_id, starts_at, ends_at, "
                + "kind, appointment_id, ordinal, active) VALUES (?, ?, ?, ?, ?, ?, 0, ?)")) {
            st.setString(1, t);
            st.setString(2, staff);
            st.setTimestamp(3, Timestamp.from(start));
            st.setTimestamp(4, Timestamp.from(start.plus(Duration.ofMinutes(minutes))));
            st.setString(5, kind);
            st.setString(6, a);
            st.setBoolean(7, active);
            st.executeUpdate();
        }
    }

    private static void parent(Connection c, String t, String a) throws SQLException {
        Fixtures.catalogueRows(c, t, "b", "s", "maria", "emma");
        try (PreparedStatement st = c.prepareStatement("INSERT INTO appointment (tenant, id, branch_id, service_id, "
                + "staff_id, starts_at, ends_at, segments_json, customer_name, notes, status, source, sync_status, "
                + "sync_attempts, sync_manual_review, external_refs_json, reschedule_count, correlation_id, "
                + "fencing_token, created_at, updated_at) VALUES (?, ?, 'b', 's', 'maria', ?, ?, '[]', 'x', '', "
                + "'booked', 'web', 'pending', 0, false, '[]', 0, 'c', 0, ?, ?)")) {
            st.setString(1, t);
            st.setString(2, a);
            st.setTimestamp(3, Timestamp.from(T));
            st.setTimestamp(4, Timestamp.from(T.plusSeconds(60)));
            st.setTimestamp(5, Timestamp.from(T));
            st.setTimestamp(6, Timestamp.from(T));
            st.executeUpdate();
        }
    }
}
