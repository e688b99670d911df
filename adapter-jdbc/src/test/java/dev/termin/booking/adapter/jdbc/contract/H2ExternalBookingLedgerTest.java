package dev.termin.booking.adapter.jdbc.contract;

import dev.termin.booking.adapter.jdbc.testing.SharedStorages;
import dev.termin.booking.application.port.out.ExternalBookingLedger;
import dev.termin.booking.application.port.out.Transactions;
import dev.termin.booking.application.port.out.contract.AbstractExternalBookingLedgerTest;

/** The {@code ExternalBookingLedger} contract on H2. */
class H2ExternalBookingLedgerTest extends AbstractExternalBookingLedgerTest {

    @Override
    protected ExternalBookingLedger ledger() {
        return SharedStorages.h2Ledger();
    }

    @Override
    protected Transactions transactions() {
        return SharedStorages.h2().transactions();
    }
}
