package dev.termin.booking.adapter.http;

import dev.termin.booking.adapter.jdbc.JdbcConfig;
import dev.termin.booking.adapter.jdbc.testing.TestPostgres;

/** The access matrix over PostgreSQL (embedded, from Maven artifacts). */
class PostgresAccessMatrixTest extends AbstractAccessMatrixTest {

    @Override
    protected JdbcConfig database() {
        return TestPostgres.newDatabase();
    }
}
