package dev.termin.booking.adapter.jdbc;

import dev.termin.booking.adapter.jdbc.testing.TestPostgres;

/** Revocation and suspension seen across two instances on one PostgreSQL database. */
class PostgresRevocationAcrossInstancesTest extends AbstractRevocationAcrossInstancesTest {

    @Override
    protected JdbcConfig database() {
        return TestPostgres.sharedDatabase();
    }
}
