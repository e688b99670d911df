package dev.termin.booking.adapter.jdbc.contract;

import dev.termin.booking.adapter.jdbc.testing.SharedStorages;
import dev.termin.booking.application.port.out.ExternalBookingLedger;
import dev.termin.booking.application.port.out.Transactions;
import dev.termin.booking.application.port.out.contract.AbstractExternalBookingLedgerTest;

/** The {@code ExternalBookingLedger} contract on PostgreSQL. */
class PostgresExternalBookingLedgerTest extends AbstractExternalBookingLedgerTest {

    @Override
    protected ExternalBookingLedger ledger() {
        return SharedStorages.postgresLedger();
    }

    @Override
    protected Transactions transactions() {
        return SharedStorages.postgres().transactions();
    }
}
