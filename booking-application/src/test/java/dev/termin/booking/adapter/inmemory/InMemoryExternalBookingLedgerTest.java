package dev.termin.booking.adapter.inmemory;

import dev.termin.booking.application.port.out.ExternalBookingLedger;
import dev.termin.booking.application.port.out.Transactions;
import dev.termin.booking.application.port.out.contract.AbstractExternalBookingLedgerTest;

class InMemoryExternalBookingLedgerTest extends AbstractExternalBookingLedgerTest {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();
    private static final InMemoryExternalBookingLedger LEDGER =
            new InMemoryExternalBookingLedger(STORAGE.transactions());

    @Override
    protected ExternalBookingLedger ledger() {
        return LEDGER;
    }

    @Override
    protected Transactions transactions() {
        return STORAGE.transactions();
    }
}
