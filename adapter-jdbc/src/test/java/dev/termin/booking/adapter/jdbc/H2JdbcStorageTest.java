package dev.termin.booking.adapter.jdbc;

import dev.termin.booking.adapter.jdbc.testing.TestH2;

/** The adapter's own tests on H2. */
class H2JdbcStorageTest extends AbstractJdbcStorageTest {

    @Override
    protected JdbcConfig newDatabase() {
        return TestH2.newDatabase();
    }
}
