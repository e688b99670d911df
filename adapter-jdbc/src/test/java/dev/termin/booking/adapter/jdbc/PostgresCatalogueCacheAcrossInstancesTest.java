package dev.termin.booking.adapter.jdbc;

import dev.termin.booking.adapter.jdbc.testing.TestPostgres;

/** The cached catalogue seen across two stores on one PostgreSQL database. */
class PostgresCatalogueCacheAcrossInstancesTest extends AbstractCatalogueCacheAcrossInstancesTest {

    @Override
    protected JdbcConfig database() {
        return TestPostgres.sharedDatabase();
    }
}
