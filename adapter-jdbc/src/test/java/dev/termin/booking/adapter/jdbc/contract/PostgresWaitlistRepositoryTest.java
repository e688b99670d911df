package dev.termin.booking.adapter.jdbc.contract;

import dev.termin.booking.adapter.jdbc.testing.SharedStorages;
import dev.termin.booking.application.port.out.BookingStorage;
import dev.termin.booking.application.port.out.contract.AbstractWaitlistRepositoryTest;

/** The {@code WaitlistRepository} contract on PostgreSQL. */
class PostgresWaitlistRepositoryTest extends AbstractWaitlistRepositoryTest {

    @Override
    protected BookingStorage storage() {
        return SharedStorages.postgres();
    }
}
