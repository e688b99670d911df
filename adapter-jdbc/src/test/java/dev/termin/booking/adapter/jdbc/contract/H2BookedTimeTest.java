package dev.termin.booking.adapter.jdbc.contract;

import dev.termin.booking.adapter.jdbc.testing.SharedStorages;
import dev.termin.booking.application.port.out.BookingStorage;
import dev.termin.booking.application.port.out.contract.AbstractBookedTimeTest;

/** The {@code BookedTime} contract on H2 (one statement). */
class H2BookedTimeTest extends AbstractBookedTimeTest {

    @Override
    protected BookingStorage storage() {
        return SharedStorages.h2();
    }
}
