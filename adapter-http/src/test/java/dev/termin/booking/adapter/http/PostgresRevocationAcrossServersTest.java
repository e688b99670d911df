package dev.termin.booking.adapter.http;

import dev.termin.booking.adapter.jdbc.JdbcConfig;
import dev.termin.booking.adapter.jdbc.testing.TestPostgres;

/** Revocation across two servers on one PostgreSQL database (embedded, from Maven artifacts). */
class PostgresRevocationAcrossServersTest extends AbstractRevocationAcrossServersTest {

    @Override
    protected JdbcConfig database() {
        return TestPostgres.newDatabase();
    }
}
