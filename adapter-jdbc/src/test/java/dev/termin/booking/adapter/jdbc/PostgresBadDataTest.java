package dev.termin.booking.adapter.jdbc;

import dev.termin.booking.adapter.jdbc.testing.SharedStorages;
import dev.termin.booking.application.port.out.BookingStorage;

/** Hostile and extreme text on PostgreSQL. */
class PostgresBadDataTest extends AbstractBadDataTest {

    @Override
    protected BookingStorage storage() {
        return SharedStorages.postgres();
    }
}
