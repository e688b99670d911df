package dev.termin.booking.adapter.jdbc.contract;

import dev.termin.booking.adapter.jdbc.testing.SharedStorages;
import dev.termin.booking.application.port.out.BookingStorage;
import dev.termin.booking.application.port.out.contract.AbstractAppointmentRepositoryTest;

/** The {@code AppointmentRepository} contract on H2. */
class H2AppointmentRepositoryTest extends AbstractAppointmentRepositoryTest {

    @Override
    protected BookingStorage storage() {
        return SharedStorages.h2();
    }
}
