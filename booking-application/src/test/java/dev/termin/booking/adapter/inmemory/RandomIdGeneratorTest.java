package dev.termin.booking.adapter.inmemory;

import dev.termin.booking.application.port.out.IdGenerator;
import dev.termin.booking.application.port.out.contract.AbstractIdGeneratorTest;

/** {@link IdGenerator#random()}, the default generator, against the contract. */
class RandomIdGeneratorTest extends AbstractIdGeneratorTest {

    @Override
    protected IdGenerator idGenerator() {
        return IdGenerator.random();
    }
}
