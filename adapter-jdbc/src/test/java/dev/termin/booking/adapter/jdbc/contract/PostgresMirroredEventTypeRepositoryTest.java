package dev.termin.booking.adapter.jdbc.contract;

import dev.termin.booking.adapter.jdbc.testing.SharedStorages;
import dev.termin.booking.application.port.out.MirroredEventTypeRepository;
import dev.termin.booking.application.port.out.contract.AbstractMirroredEventTypeRepositoryTest;

/** The {@code MirroredEventTypeRepository} contract on PostgreSQL. */
class PostgresMirroredEventTypeRepositoryTest extends AbstractMirroredEventTypeRepositoryTest {

    @Override
    protected MirroredEventTypeRepository repository() {
        return SharedStorages.postgresMirroredEventTypes();
    }
}
