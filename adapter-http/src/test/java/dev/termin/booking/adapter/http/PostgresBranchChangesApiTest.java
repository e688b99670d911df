package dev.termin.booking.adapter.http;

import dev.termin.booking.adapter.jdbc.JdbcConfig;
import dev.termin.booking.adapter.jdbc.testing.TestPostgres;

/** Branch and staff changes over HTTP on PostgreSQL. */
class PostgresBranchChangesApiTest extends AbstractBranchChangesApiTest {

    @Override
    protected JdbcConfig database() {
        return TestPostgres.newDatabase();
    }
}
