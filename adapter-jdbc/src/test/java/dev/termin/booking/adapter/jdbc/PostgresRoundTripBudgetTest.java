package dev.termin.booking.adapter.jdbc;

import dev.termin.booking.adapter.jdbc.testing.TestPostgres;

/** The round-trip budgets on PostgreSQL. */
class PostgresRoundTripBudgetTest extends AbstractRoundTripBudgetTest {

    @Override
    protected JdbcConfig newDatabase() {
        return TestPostgres.newDatabase();
    }

    @Override
    protected Budget budget() {
        return new Budget(7, 7, 11, 1);
    }
}
