package dev.termin.booking.adapter.inmemory;

import dev.termin.booking.domain.catalogue.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rows partitioned by tenant, whose writes join the current {@link InMemoryTransactions} transaction: each write
 * registers its undo, which restores the previous row unless somebody else has written the row since.
 * Thread-safe; compound check-then-write sequences need the caller's own lock.
 */
final class TenantTable<I, V> {

    private final InMemoryTransactions transactions;
    private final Object undoLock;
    private final RowConsumer<I, V> afterChange;
    private final ConcurrentHashMap<TenantId, ConcurrentHashMap<I, V>> rows = new ConcurrentHashMap<>();

    /**
     * @param undoLock the lock the owner holds while writing, taken again while undoing
     * @param afterChange told the row's current value (null when gone) after every write and undo, under the
     *     owner's lock
     */
    TenantTable(InMemoryTransactions transactions, Object undoLock, RowConsumer<I, V> afterChange) {
        this.transactions = transactions;
        this.undoLock = undoLock;
        this.afterChange = afterChange;
    }

    TenantTable(InMemoryTransactions transactions) {
        this(transactions, new Object(), (tenant, id, value) -> {
        });
    }

    Optional<V> find(TenantId tenant, I id) {
        Map<I, V> m = rows.get(tenant);
        return m == null ? Optional.empty() : Optional.ofNullable(m.get(id));
    }

    /** A snapshot of one tenant's rows. */
    List<V> all(TenantId tenant) {
        Map<I, V> m = rows.get(tenant);
        return m == null ? List.of() : new ArrayList<>(m.values());
    }

    /** Visits every row of every tenant (weakly consistent). */
    void forEachRow(RowConsumer<I, V> visitor) {
        rows.forEach((tenant, m) -> m.forEach((id, value) -> visitor.accept(tenant, id, value)));
    }

    /** Inserts or replaces; returns the previous row or null. */
    V put(TenantId tenant, I id, V value) {
        V previous = partition(tenant).put(id, value);
        changed(tenant, id, value, previous);
        return previous;
    }

    /** Inserts unless the row exists; true if inserted. */
    boolean insert(TenantId tenant, I id, V value) {
        V previous = partition(tenant).putIfAbsent(id, value);
        if (previous != null) {
            return false;
        }
        changed(tenant, id, value, null);
        return true;
    }

    /** Replaces an existing row; false if there is none. */
    boolean replace(TenantId tenant, I id, V value) {
        Map<I, V> m = rows.get(tenant);
        V previous = m == null ? null : m.replace(id, value);
        if (previous == null) {
            return false;
        }
        changed(tenant, id, value, previous);
        return true;
    }

    /** Deletes a row; false if there was none. */
    boolean remove(TenantId tenant, I id) {
        Map<I, V> m = rows.get(tenant);
        V previous = m == null ? null : m.remove(id);
        if (previous == null) {
            return false;
        }
        changed(tenant, id, null, previous);
        return true;
    }

    private ConcurrentHashMap<I, V> partition(TenantId tenant) {
        return rows.computeIfAbsent(tenant, t -> new ConcurrentHashMap<>());
    }

    private void changed(TenantId tenant, I id, V written, V previous) {
        afterChange.accept(tenant, id, written);
        transactions.onRollback(() -> {
            synchronized (undoLock) {
                V now = partition(tenant).compute(id, (k, cur) -> cur == written ? previous : cur);
                afterChange.accept(tenant, id, now);
            }
        });
    }

    /** Told about the current value of a row (null when gone) after each write and undo. */
    @FunctionalInterface
    interface RowConsumer<I, V> {
        void accept(TenantId tenant, I id, V value);
    }
}
