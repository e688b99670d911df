package dev.termin.booking.adapter.jdbc.contract;

import dev.termin.booking.adapter.jdbc.testing.SharedStorages;
import dev.termin.booking.application.port.out.BookingStorage;
import dev.termin.booking.application.port.out.contract.AbstractSchedulingStorageTest;

/** The scheduling model's storage contract on H2. */
class H2SchedulingStorageTest extends AbstractSchedulingStorageTest {

    @Override
    protected BookingStorage storage() {
        return SharedStorages.h2();
    }
}
