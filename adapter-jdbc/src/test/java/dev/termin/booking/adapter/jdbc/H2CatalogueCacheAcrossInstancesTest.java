package dev.termin.booking.adapter.jdbc;

import dev.termin.booking.adapter.jdbc.testing.TestH2;

/** The cached catalogue seen across two stores on one H2 database. */
class H2CatalogueCacheAcrossInstancesTest extends AbstractCatalogueCacheAcrossInstancesTest {

    private static final JdbcConfig DATABASE = TestH2.newDatabase();

    @Override
    protected JdbcConfig database() {
        return DATABASE;
    }
}
