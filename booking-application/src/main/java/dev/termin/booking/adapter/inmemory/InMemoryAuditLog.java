package dev.termin.booking.adapter.inmemory;

import dev.termin.booking.application.port.out.AuditLog;
import dev.termin.booking.domain.access.AuditEntry;
import dev.termin.booking.domain.catalogue.TenantId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * In-memory {@link AuditLog}, kept for the life of the process; appends join the transactions of its
 * {@link InMemoryAccessStorage}. This class is thread-safe.
 */
public final class InMemoryAuditLog implements AuditLog {

    private final InMemoryTransactions transactions;
    private final List<AuditEntry> entries = new ArrayList<>();

    InMemoryAuditLog(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public synchronized void append(AuditEntry entry) {
        Objects.requireNonNull(entry, "entry");
        entries.add(entry);
        transactions.onRollback(() -> remove(entry));
    }

    @Override
    public synchronized List<AuditEntry> recent(TenantId tenant, int limit) {
        Objects.requireNonNull(tenant, "tenant");
        if (limit < 1) {
            throw new IllegalArgumentException("'limit' must be positive");
        }
        List<AuditEntry> mine = new ArrayList<>();
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (entries.get(i).tenant().equals(tenant)) {
                mine.add(entries.get(i));
            }
        }
        // stable: entries with the same time keep newest-appended first
        mine.sort(Comparator.comparing(AuditEntry::at).reversed());
        return List.copyOf(mine.subList(0, Math.min(limit, mine.size())));
    }

    private synchronized void remove(AuditEntry entry) {
        entries.remove(entries.lastIndexOf(entry));
    }
}
