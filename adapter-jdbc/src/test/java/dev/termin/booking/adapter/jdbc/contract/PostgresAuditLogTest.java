package dev.termin.booking.adapter.jdbc.contract;

import dev.termin.booking.adapter.jdbc.testing.SharedStorages;
import dev.termin.booking.application.port.out.AccessStorage;
import dev.termin.booking.application.port.out.contract.AbstractAuditLogTest;

/** The {@code AuditLog} contract on PostgreSQL. */
class PostgresAuditLogTest extends AbstractAuditLogTest {

    @Override
    protected AccessStorage storage() {
        return SharedStorages.postgresAccess();
    }
}
