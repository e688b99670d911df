package dev.termin.booking.adapter.jdbc;

import dev.termin.booking.adapter.jdbc.testing.TestH2;

/**
 * The round-trip budgets on H2, in the process itself (a round trip costs no network). More than PostgreSQL's: H2 has
 * no data-modifying common table expressions, so locking a staff row and raising its fencing token are two
 * statements, and so are an appointment and its occupancies, the outbox and flow rows inserted at commit, and a
 * hold's status and the release of its occupancies and units; having no exclusion constraint, the store locks the
 * staff rows once more before it writes occupancies; and the booked time is read as appointments and then holds.
 */
class H2RoundTripBudgetTest extends AbstractRoundTripBudgetTest {

    @Override
    protected JdbcConfig newDatabase() {
        return TestH2.newDatabase();
    }

    @Override
    protected Budget budget() {
        return new Budget(15, 14, 20, 4);
    }
}
