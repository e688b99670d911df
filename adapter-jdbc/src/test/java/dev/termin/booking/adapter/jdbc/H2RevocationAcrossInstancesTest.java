package dev.termin.booking.adapter.jdbc;

import dev.termin.booking.adapter.jdbc.testing.TestH2;

/** Revocation and suspension seen across two stores on one H2 file database. */
class H2RevocationAcrossInstancesTest extends AbstractRevocationAcrossInstancesTest {

    private static final JdbcConfig DATABASE = TestH2.newDatabase();

    @Override
    protected JdbcConfig database() {
        return DATABASE;
    }
}
