package dev.termin.booking.adapter.inmemory;

import dev.termin.booking.application.port.out.MirroredEventTypeRepository;
import dev.termin.booking.application.port.out.contract.AbstractMirroredEventTypeRepositoryTest;

class InMemoryMirroredEventTypeRepositoryTest extends AbstractMirroredEventTypeRepositoryTest {

    private static final InMemoryMirroredEventTypeRepository REPOSITORY = new InMemoryMirroredEventTypeRepository();

    @Override
    protected MirroredEventTypeRepository repository() {
        return REPOSITORY;
    }
}
