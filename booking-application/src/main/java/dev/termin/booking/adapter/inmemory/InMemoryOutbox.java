package dev.termin.booking.adapter.inmemory;

import dev.termin.booking.application.port.out.Outbox;
import dev.termin.booking.application.port.out.OutboxMessage;
import dev.termin.booking.application.port.out.OutboxStats;
import dev.termin.booking.application.port.out.StorageException;
import dev.termin.booking.domain.catalogue.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * In-memory {@link Outbox}. A message enqueued inside a transaction becomes claimable only when that transaction
 * commits (and disappears if it rolls back). {@link #claimDue} hands out due messages, oldest ({@code createdAt},
 * then id) first, and leases them; a leased message is due again once its lease has passed. {@link #complete},
 * {@link #retryLater} and {@link #park} end the lease; for an unknown (already completed) id they do nothing.
 * Every write joins the storage's transaction.
 *
 * <p>This class is thread-safe: all operations are serialised on the instance, so a message is never handed to
 * two claimers at once.
 */
public final class InMemoryOutbox implements Outbox {

    private final InMemoryTransactions transactions;
    private final Map<UUID, Entry> entries = new HashMap<>();

    InMemoryOutbox(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    /** @throws StorageException if a message with the same id exists */
    @Override
    public void enqueue(OutboxMessage message) {
        Objects.requireNonNull(message, "message");
        boolean inTransaction = transactions.isActive();
        synchronized (this) {
            if (entries.containsKey(message.id())) {
                throw new StorageException("outbox message " + message.id() + " already exists");
            }
            write(message.id(), new Entry(message, false, null, !inTransaction));
        }
        if (inTransaction) {
            transactions.afterCompletion(committed -> {
                if (committed) {
                    synchronized (this) {
                        entries.computeIfPresent(message.id(), (id, e) -> e.withCommitted());
                    }
                }
            });
        }
    }

    /** @throws IllegalArgumentException if {@code lease} is not positive */
    @Override
    public synchronized List<OutboxMessage> claimDue(Instant now, int limit, Duration lease) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(lease, "lease");
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("'lease' must be positive");
        }
        if (limit <= 0) {
            return List.of();
        }
        List<Entry> due = entries.values().stream()
                .filter(e -> e.isDue(now))
                .sorted(Comparator.comparing((Entry e) -> e.message().createdAt())
                        .thenComparing(e -> e.message().id()))
                .limit(limit)
                .toList();
        Instant until = now.plus(lease);
        List<OutboxMessage> claimed = new ArrayList<>(due.size());
        for (Entry e : due) {
            write(e.message().id(), new Entry(e.message(), false, until, true));
            claimed.add(e.message());
        }
        return claimed;
    }

    @Override
    public synchronized void complete(UUID id) {
        Objects.requireNonNull(id, "id");
        if (entries.containsKey(id)) {
            write(id, null);
        }
    }

    @Override
    public synchronized void retryLater(UUID id, int attempts, Instant nextAttemptAt, String error) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        Entry e = entries.get(id);
        if (e != null) {
            write(id, new Entry(e.failed(attempts, nextAttemptAt, error), false, null, e.committed()));
        }
    }

    @Override
    public synchronized void park(UUID id, int attempts, String error) {
        Objects.requireNonNull(id, "id");
        Entry e = entries.get(id);
        if (e != null) {
            write(id, new Entry(e.failed(attempts, e.message().nextAttemptAt(), error), true, null, e.committed()));
        }
    }

    /** Counts messages neither completed nor parked, including those of transactions still running. */
    @Override
    public synchronized long pendingCount() {
        return entries.values().stream().filter(e -> !e.parked()).count();
    }

    @Override
    public synchronized OutboxStats stats(TenantId tenant, Set<OutboxMessage.Kind> kinds) {
        Objects.requireNonNull(tenant, "tenant");
        List<Entry> mine = entries.values().stream().filter(e -> e.message().tenant().equals(tenant)
                && kinds.contains(e.message().kind())).toList();
        return new OutboxStats(mine.stream().filter(e -> !e.parked()).count(),
                mine.stream().filter(e -> !e.parked() && e.message().attempts() > 0).count(),
                mine.stream().filter(Entry::parked).count());
    }

    /** Parked messages, oldest first, for inspection. */
    public synchronized List<OutboxMessage> parked() {
        return entries.values().stream().filter(Entry::parked).map(Entry::message)
                .sorted(Comparator.comparing(OutboxMessage::createdAt)).toList();
    }

    /** Writes (or with null removes) an entry, registering the undo; called holding the monitor. */
    private void write(UUID id, Entry entry) {
        Entry previous = entry == null ? entries.remove(id) : entries.put(id, entry);
        transactions.onRollback(() -> {
            synchronized (this) {
                Entry current = entries.get(id);
                if (current == entry) {
                    if (previous == null) {
                        entries.remove(id);
                    } else {
                        entries.put(id, previous);
                    }
                }
            }
        });
    }

    /** One stored message: parked, leased until, committed (claimable). */
    private record Entry(OutboxMessage message, boolean parked, Instant leasedUntil, boolean committed) {

        boolean isDue(Instant now) {
            return committed && !parked && !message.nextAttemptAt().isAfter(now)
                    && (leasedUntil == null || !leasedUntil.isAfter(now));
        }

        Entry withCommitted() {
            return new Entry(message, parked, leasedUntil, true);
        }

        OutboxMessage failed(int attempts, Instant nextAttemptAt, String error) {
            return new OutboxMessage(message.id(), message.tenant(), message.kind(), message.appointment(),
                    message.payload(), attempts, nextAttemptAt, Optional.ofNullable(error), message.createdAt());
        }
    }
}
