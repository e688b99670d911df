package dev.termin.booking.adapter.jdbc;

import dev.termin.booking.adapter.jdbc.testing.TestH2;

/** The round-trip budgets on H2. */
class H2RoundTripBudgetTest extends AbstractRoundTripBudgetTest {

    @Override
    protected JdbcConfig newDatabase() {
        return TestH2.newDatabase();
    }

    @Override
    protected int extraForWrites() {
        return 4;
    }

    @Override
    protected int extraForClosingAHold() {
        return 2;
    }
}
