package dev.termin.booking.adapter.inmemory;

import dev.termin.booking.application.port.out.BookingStorage;
import dev.termin.booking.application.port.out.contract.AbstractBookedTimeTest;

/** The {@code BookedTime} contract on the in-memory storage (its appointments, then its holds). */
class InMemoryBookedTimeTest extends AbstractBookedTimeTest {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected BookingStorage storage() {
        return STORAGE.storage();
    }
}
