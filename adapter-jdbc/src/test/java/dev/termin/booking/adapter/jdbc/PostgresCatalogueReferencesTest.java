package dev.termin.booking.adapter.jdbc;

import dev.termin.booking.adapter.jdbc.testing.TestPostgres;

/** The foreign keys of V7 on PostgreSQL. */
class PostgresCatalogueReferencesTest extends AbstractCatalogueReferencesTest {

    @Override
    protected JdbcConfig newDatabase() {
        return TestPostgres.sharedDatabase();
    }
}
