package dev.termin.booking.adapter.jdbc.contract;

import dev.termin.booking.adapter.jdbc.testing.SharedStorages;
import dev.termin.booking.application.port.out.BookingStorage;
import dev.termin.booking.application.port.out.contract.AbstractIdempotencyStoreTest;

/** The {@code IdempotencyStore} contract on H2. */
class H2IdempotencyStoreTest extends AbstractIdempotencyStoreTest {

    @Override
    protected BookingStorage storage() {
        return SharedStorages.h2();
    }
}
