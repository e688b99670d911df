package dev.termin.booking.adapter.jdbc.contract;

import dev.termin.booking.adapter.jdbc.testing.SharedStorages;
import dev.termin.booking.application.port.out.AccessStorage;
import dev.termin.booking.application.port.out.contract.AbstractApiKeyRepositoryTest;

/** The {@code ApiKeyRepository} contract on PostgreSQL. */
class PostgresApiKeyRepositoryTest extends AbstractApiKeyRepositoryTest {

    @Override
    protected AccessStorage storage() {
        return SharedStorages.postgresAccess();
    }
}
