package dev.termin.booking.application.port.out.contract;

import static dev.termin.booking.application.port.out.contract.ContractFixtures.now;
import static dev.termin.booking.application.port.out.contract.ContractFixtures.randomTenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termin.booking.application.port.out.AccessStorage;
import dev.termin.booking.application.port.out.AuditLog;
import dev.termin.booking.domain.access.AuditEntry;
import dev.termin.booking.domain.access.Role;
import dev.termin.booking.domain.catalogue.TenantId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract of {@link AuditLog}: entries kept exactly, newest first, limited, per tenant, rolled back with the rest. */
public abstract class AbstractAuditLogTest {

    /** The storage under test; called once per test, may return the same shared instance every time. */
    protected abstract AccessStorage storage();

    private AccessStorage storage;
    private AuditLog audit;
    private TenantId tenant;
    private Instant t0;

    @BeforeEach
    void setUpLog() {
        storage = storage();
        audit = storage.audit();
        tenant = randomTenant();
        t0 = now();
    }

    private AuditEntry entry(Instant at, String action) {
        return new AuditEntry(tenant, at, "key:key_1", Optional.of(Role.OWNER), action, "key_2 ✓", "corr-1");
    }

    @Test
    void entries_comeBackExactly_newestFirst_withinTheLimit() {
        AuditEntry first = entry(t0, "key.create");
        AuditEntry second = entry(t0.plusSeconds(1), "key.revoke");
        AuditEntry third = new AuditEntry(tenant, t0.plusSeconds(2), "operator", Optional.empty(), "tenant.suspend",
                "", "");
        audit.append(first);
        audit.append(second);
        audit.append(third);

        assertThat(audit.recent(tenant, 10)).containsExactly(third, second, first);
        assertThat(audit.recent(tenant, 2)).containsExactly(third, second);
    }

    @Test
    void entriesAtTheSameTime_comeBackInReverseOrderOfAppending() {
        AuditEntry a = entry(t0, "appointment.cancel");
        AuditEntry b = entry(t0, "appointment.move");
        audit.append(a);
        audit.append(b);

        assertThat(audit.recent(tenant, 10)).containsExactly(b, a);
    }

    @Test
    void aTenant_seesOnlyItsOwnEntries() {
        audit.append(entry(t0, "key.create"));

        assertThat(audit.recent(randomTenant(), 10)).isEmpty();
    }

    @Test
    void anAppendInATransactionThatFails_isRolledBack() {
        try {
            storage.transactions().inTransaction(() -> {
                audit.append(entry(t0, "key.create"));
                throw new IllegalStateException("boom");
            });
        } catch (IllegalStateException expected) {
            // the rollback is what is checked
        }

        assertThat(audit.recent(tenant, 10)).isEmpty();
    }

    @Test
    void aLimitBelowOne_isRefused() {
        assertThatThrownBy(() -> audit.recent(tenant, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
