package dev.termin.booking.adapter.jdbc;

import dev.termin.booking.adapter.jdbc.testing.TestPostgres;
import java.sql.Connection;
import java.sql.SQLException;

/** The concurrency proof on PostgreSQL: two store instances (two engine processes) on one database. */
class PostgresConcurrencyProofTest extends AbstractConcurrencyProofTest {

    @Override
    protected JdbcConfig newDatabase() {
        return TestPostgres.newDatabase();
    }

    @Override
    protected int instances() {
        return 2;
    }

    @Override
    protected int poolSize() {
        return 8;
    }

    @Override
    protected int attempts() {
        return 4000;
    }

    @Override
    protected Connection connect(JdbcConfig config) throws SQLException {
        return TestPostgres.connect(config);
    }
}
