package dev.termin.booking.adapter.inmemory;

import dev.termin.booking.application.port.out.BookingStorage;
import dev.termin.booking.application.port.out.contract.AbstractSchedulingStorageTest;

class InMemorySchedulingStorageTest extends AbstractSchedulingStorageTest {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected BookingStorage storage() {
        return STORAGE.storage();
    }
}
