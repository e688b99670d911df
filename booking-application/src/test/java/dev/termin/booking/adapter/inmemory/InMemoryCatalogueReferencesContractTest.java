package dev.termin.booking.adapter.inmemory;

import dev.termin.booking.application.port.out.BookingStorage;
import dev.termin.booking.application.port.out.contract.AbstractCatalogueReferencesContractTest;

/** Catalogue deletions against stored bookings, in memory. */
class InMemoryCatalogueReferencesContractTest extends AbstractCatalogueReferencesContractTest {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected BookingStorage storage() {
        return STORAGE.storage();
    }
}
