package dev.termin.booking.adapter.jdbc.contract;

import dev.termin.booking.adapter.jdbc.testing.SharedStorages;
import dev.termin.booking.application.port.out.MirroredEventTypeRepository;
import dev.termin.booking.application.port.out.contract.AbstractMirroredEventTypeRepositoryTest;

/** The {@code MirroredEventTypeRepository} contract on H2. */
class H2MirroredEventTypeRepositoryTest extends AbstractMirroredEventTypeRepositoryTest {

    @Override
    protected MirroredEventTypeRepository repository() {
        return SharedStorages.h2MirroredEventTypes();
    }
}
