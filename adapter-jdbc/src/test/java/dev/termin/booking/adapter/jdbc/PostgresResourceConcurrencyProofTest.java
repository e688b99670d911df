package dev.termin.booking.adapter.jdbc;

import dev.termin.booking.adapter.jdbc.testing.TestPostgres;
import java.sql.Connection;
import java.sql.SQLException;

/** The resource concurrency proof on PostgreSQL: three engines with their own store instances on one database. */
class PostgresResourceConcurrencyProofTest extends AbstractResourceConcurrencyProofTest {

    @Override
    protected JdbcConfig newDatabase() {
        return TestPostgres.newDatabase();
    }

    @Override
    protected int instances() {
        return 3;
    }

    @Override
    protected Connection connect(JdbcConfig config) throws SQLException {
        return TestPostgres.connect(config);
    }
}
