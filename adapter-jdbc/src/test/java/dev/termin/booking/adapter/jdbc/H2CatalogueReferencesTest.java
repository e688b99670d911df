package dev.termin.booking.adapter.jdbc;

import dev.termin.booking.adapter.jdbc.testing.TestH2;

/** The foreign keys of V7 on H2. */
class H2CatalogueReferencesTest extends AbstractCatalogueReferencesTest {

    @Override
    protected JdbcConfig newDatabase() {
        return TestH2.newDatabase();
    }
}
