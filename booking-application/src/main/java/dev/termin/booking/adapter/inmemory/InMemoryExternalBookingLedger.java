package dev.termin.booking.adapter.inmemory;

import dev.termin.booking.application.port.out.ExternalBookingLedger;
import dev.termin.booking.application.port.out.ExternalBookingRecord;
import dev.termin.booking.domain.catalogue.TenantId;
import java.util.Objects;
import java.util.Optional;

/**
 * In-memory {@link ExternalBookingLedger}; writes join the given transactions (pass
 * {@link InMemoryStorage#transactions()} to share the storage's). This class is thread-safe.
 */
public final class InMemoryExternalBookingLedger implements ExternalBookingLedger {

    private final TenantTable<String, ExternalBookingRecord> records;

    /** A ledger with transactions of its own. */
    public InMemoryExternalBookingLedger() {
        this(new InMemoryTransactions());
    }

    /** @throws NullPointerException if {@code transactions} is null */
    public InMemoryExternalBookingLedger(InMemoryTransactions transactions) {
        this.records = new TenantTable<>(Objects.requireNonNull(transactions, "transactions"));
    }

    @Override
    public Optional<ExternalBookingRecord> find(TenantId tenant, String uid) {
        return records.find(Objects.requireNonNull(tenant, "tenant"), Objects.requireNonNull(uid, "uid"));
    }

    @Override
    public void save(ExternalBookingRecord record) {
        records.put(record.tenant(), record.uid(), record);
    }
}
