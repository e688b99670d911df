package dev.termin.booking.adapter.jdbc;

import dev.termin.booking.adapter.jdbc.testing.SharedStorages;
import dev.termin.booking.application.port.out.BookingStorage;

/** Hostile and extreme text on H2. */
class H2BadDataTest extends AbstractBadDataTest {

    @Override
    protected BookingStorage storage() {
        return SharedStorages.h2();
    }
}
