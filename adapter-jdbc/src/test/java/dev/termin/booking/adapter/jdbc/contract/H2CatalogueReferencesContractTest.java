package dev.termin.booking.adapter.jdbc.contract;

import dev.termin.booking.adapter.jdbc.testing.SharedStorages;
import dev.termin.booking.application.port.out.BookingStorage;
import dev.termin.booking.application.port.out.contract.AbstractCatalogueReferencesContractTest;

/** Catalogue deletions against stored bookings on H2: the foreign keys of V7. */
class H2CatalogueReferencesContractTest extends AbstractCatalogueReferencesContractTest {

    @Override
    protected BookingStorage storage() {
        return SharedStorages.h2();
    }
}
