package dev.termin.booking.adapter.jdbc.contract;

import dev.termin.booking.adapter.jdbc.testing.SharedStorages;
import dev.termin.booking.application.port.out.BookingStorage;
import dev.termin.booking.application.port.out.contract.AbstractOutboxTest;

/** The {@code Outbox} contract on PostgreSQL. */
class PostgresOutboxTest extends AbstractOutboxTest {

    @Override
    protected BookingStorage storage() {
        return SharedStorages.postgres();
    }
}
