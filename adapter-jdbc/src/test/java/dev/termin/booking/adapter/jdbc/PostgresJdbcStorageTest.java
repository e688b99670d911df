package dev.termin.booking.adapter.jdbc;

import dev.termin.booking.adapter.jdbc.testing.TestPostgres;

/** The adapter's own tests on PostgreSQL. */
class PostgresJdbcStorageTest extends AbstractJdbcStorageTest {

    @Override
    protected JdbcConfig newDatabase() {
        return TestPostgres.sharedDatabase();
    }
}
