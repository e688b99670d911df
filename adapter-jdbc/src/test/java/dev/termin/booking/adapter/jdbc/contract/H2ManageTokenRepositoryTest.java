package dev.termin.booking.adapter.jdbc.contract;

import dev.termin.booking.adapter.jdbc.testing.SharedStorages;
import dev.termin.booking.application.port.out.AccessStorage;
import dev.termin.booking.application.port.out.contract.AbstractManageTokenRepositoryTest;

/** The {@code ManageTokenRepository} contract on H2. */
class H2ManageTokenRepositoryTest extends AbstractManageTokenRepositoryTest {

    @Override
    protected AccessStorage storage() {
        return SharedStorages.h2Access();
    }
}
