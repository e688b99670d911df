package dev.termin.booking.adapter.jdbc;

import dev.termin.booking.adapter.jdbc.testing.TestH2;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The resource concurrency proof on H2: one store instance (the embedded default serves one process). */
class H2ResourceConcurrencyProofTest extends AbstractResourceConcurrencyProofTest {

    @Override
    protected JdbcConfig newDatabase() {
        return TestH2.newDatabase();
    }

    @Override
    protected int instances() {
        return 1;
    }

    @Override
    protected Connection connect(JdbcConfig config) throws SQLException {
        return DriverManager.getConnection(config.url(), config.user(), config.password());
    }
}
