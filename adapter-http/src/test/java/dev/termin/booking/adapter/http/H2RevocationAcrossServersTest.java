package dev.termin.booking.adapter.http;

import dev.termin.booking.adapter.jdbc.JdbcConfig;
import dev.termin.booking.adapter.jdbc.testing.TestH2;

/** Revocation across two servers on one H2 file database. */
class H2RevocationAcrossServersTest extends AbstractRevocationAcrossServersTest {

    @Override
    protected JdbcConfig database() {
        return TestH2.newDatabase();
    }
}
