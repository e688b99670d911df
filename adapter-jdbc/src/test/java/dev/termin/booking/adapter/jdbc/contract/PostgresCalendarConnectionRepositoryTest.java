package dev.termin.booking.adapter.jdbc.contract;

import dev.termin.booking.adapter.jdbc.testing.SharedStorages;
import dev.termin.booking.application.port.out.CalendarConnectionRepository;
import dev.termin.booking.application.port.out.contract.AbstractCalendarConnectionRepositoryTest;

/** The {@code CalendarConnectionRepository} contract on PostgreSQL. */
class PostgresCalendarConnectionRepositoryTest extends AbstractCalendarConnectionRepositoryTest {

    @Override
    protected CalendarConnectionRepository repository() {
        return SharedStorages.postgresConnections();
    }
}
