package dev.termin.booking.adapter.jdbc.contract;

import dev.termin.booking.adapter.jdbc.testing.SharedStorages;
import dev.termin.booking.application.port.out.BookingStorage;
import dev.termin.booking.application.port.out.contract.AbstractBookedTimeTest;

/** The {@code BookedTime} contract on PostgreSQL (one statement). */
class PostgresBookedTimeTest extends AbstractBookedTimeTest {

    @Override
    protected BookingStorage storage() {
        return SharedStorages.postgres();
    }
}
