package dev.termin.booking.adapter.inmemory;

import dev.termin.booking.application.port.out.AccessStorage;
import dev.termin.booking.application.port.out.contract.AbstractTenantAccountRepositoryTest;

class InMemoryTenantAccountRepositoryTest extends AbstractTenantAccountRepositoryTest {

    private static final InMemoryAccessStorage STORAGE = new InMemoryAccessStorage();

    @Override
    protected AccessStorage storage() {
        return STORAGE.storage();
    }
}
