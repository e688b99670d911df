package dev.termin.booking.adapter.jdbc.contract;

import dev.termin.booking.adapter.jdbc.testing.SharedStorages;
import dev.termin.booking.application.port.out.AccessStorage;
import dev.termin.booking.application.port.out.contract.AbstractTenantAccountRepositoryTest;

/** The {@code TenantAccountRepository} contract on H2. */
class H2TenantAccountRepositoryTest extends AbstractTenantAccountRepositoryTest {

    @Override
    protected AccessStorage storage() {
        return SharedStorages.h2Access();
    }
}
