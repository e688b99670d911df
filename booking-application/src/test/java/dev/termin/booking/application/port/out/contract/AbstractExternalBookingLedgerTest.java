package dev.termin.booking.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.application.port.out.ExternalBookingLedger;
import dev.termin.booking.application.port.out.ExternalBookingRecord;
import dev.termin.booking.application.port.out.Transactions;
import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.catalogue.TenantId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract of {@link ExternalBookingLedger}: per tenant and uid, the newest save wins, and it joins transactions. */
public abstract class AbstractExternalBookingLedgerTest {

    private static final Instant T0 = Instant.parse("2031-04-16T08:00:00Z");

    /** The ledger under test; may return the same shared instance every time. */
    protected abstract ExternalBookingLedger ledger();

    /** The transactions the ledger's writes join. */
    protected abstract Transactions transactions();

    private ExternalBookingLedger ledger;
    private TenantId tenant;

    @BeforeEach
    void setUp() {
        ledger = ledger();
        tenant = ContractFixtures.randomTenant();
    }

    @Test
    void aSavedRecord_isFoundByTenantAndUid_withEveryField() {
        // given
        var record = new ExternalBookingRecord(tenant, "uid-ÄÖ-1", Optional.of(AppointmentId.of("a-1")), T0);

        // when
        ledger.save(record);

        // then
        assertThat(ledger.find(tenant, "uid-ÄÖ-1")).contains(record);
        assertThat(ledger.find(tenant, "uid-2")).isEmpty();
        assertThat(ledger.find(ContractFixtures.randomTenant(), "uid-ÄÖ-1")).isEmpty();
    }

    @Test
    void savingAgain_replacesTheRecord_evenWithoutAnAppointment() {
        // given
        ledger.save(new ExternalBookingRecord(tenant, "uid-1", Optional.of(AppointmentId.of("a-1")), T0));

        // when
        var newer = new ExternalBookingRecord(tenant, "uid-1", Optional.empty(), T0.plusSeconds(90));
        ledger.save(newer);

        // then
        assertThat(ledger.find(tenant, "uid-1")).contains(newer);
    }

    @Test
    void aSaveInARolledBackTransaction_isForgotten() {
        // when
        try {
            transactions().inTransaction(() -> {
                ledger.save(new ExternalBookingRecord(tenant, "uid-rb", Optional.empty(), T0));
                throw new IllegalStateException("roll back");
            });
        } catch (IllegalStateException expected) {
            // the rollback is what this test is about
        }

        // then
        assertThat(ledger.find(tenant, "uid-rb")).isEmpty();
    }
}
