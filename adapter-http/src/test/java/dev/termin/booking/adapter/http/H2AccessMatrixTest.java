package dev.termin.booking.adapter.http;

import dev.termin.booking.adapter.jdbc.JdbcConfig;
import dev.termin.booking.adapter.jdbc.testing.TestH2;

/** The access matrix over an H2 file database. */
class H2AccessMatrixTest extends AbstractAccessMatrixTest {

    @Override
    protected JdbcConfig database() {
        return TestH2.newDatabase();
    }
}
