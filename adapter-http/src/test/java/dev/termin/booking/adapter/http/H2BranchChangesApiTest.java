package dev.termin.booking.adapter.http;

import dev.termin.booking.adapter.jdbc.JdbcConfig;
import dev.termin.booking.adapter.jdbc.testing.TestH2;

/** Branch and staff changes over HTTP on H2. */
class H2BranchChangesApiTest extends AbstractBranchChangesApiTest {

    @Override
    protected JdbcConfig database() {
        return TestH2.newDatabase();
    }
}
