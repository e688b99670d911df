package dev.termin.booking.adapter.inmemory;

import dev.termin.booking.application.port.out.StaffLocks;
import dev.termin.booking.application.port.out.StaleFencingTokenException;
import dev.termin.booking.application.port.out.StorageException;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import java.time.Duration;
import java.util.Collection;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * In-memory {@link StaffLocks}: one {@link ReentrantLock} per tenant and staff member, taken in ascending id order
 * and held until the calling thread's {@link InMemoryTransactions} transaction ends (commit or rollback).
 *
 * <p>Locking again a staff member the transaction already holds returns at once. A lock not granted within the
 * lock timeout (default {@link #DEFAULT_LOCK_TIMEOUT}, like a database's lock timeout) fails with a
 * {@link StorageException}, and so does an interrupted wait. Fencing tokens: the highest token per tenant and staff
 * member is recorded while its lock is held (and restored if the transaction rolls back); an older one is refused
 * with {@link StaleFencingTokenException}, an equal one accepted.
 *
 * <p>This class is thread-safe.
 */
public final class InMemoryStaffLocks implements StaffLocks {

    /** How long {@link #lock} waits for one staff member's lock by default. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(30);

    private final InMemoryTransactions transactions;
    private final long timeoutNanos;
    private final ConcurrentHashMap<TenantKey<StaffId>, ReentrantLock> locks = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<TenantKey<StaffId>, Long> fencingTokens = new ConcurrentHashMap<>();

    InMemoryStaffLocks(InMemoryTransactions transactions, Duration lockTimeout) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        if (lockTimeout.isNegative() || lockTimeout.isZero()) {
            throw new IllegalArgumentException("'lockTimeout' must be positive");
        }
        this.timeoutNanos = lockTimeout.toNanos();
    }

    /**
     * @throws IllegalStateException outside a transaction of this storage
     * @throws StaleFencingTokenException if {@code fencingToken} is older than one already recorded
     * @throws StorageException if a lock is not granted within the lock timeout or the wait is interrupted
     */
    @Override
    public void lock(TenantId tenant, Collection<StaffId> staff, OptionalLong fencingToken) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(fencingToken, "fencingToken");
        if (!transactions.isActive()) {
            throw new IllegalStateException("staff locks must be taken inside a transaction");
        }
        for (StaffId id : new TreeSet<>(staff)) {
            TenantKey<StaffId> key = new TenantKey<>(tenant, id);
            acquire(key);
            if (fencingToken.isPresent()) {
                fence(key, fencingToken.getAsLong());
            }
        }
    }

    private void acquire(TenantKey<StaffId> key) {
        ReentrantLock lock = locks.computeIfAbsent(key, k -> new ReentrantLock());
        if (lock.isHeldByCurrentThread()) {
            return;
        }
        boolean granted;
        try {
            granted = lock.tryLock(timeoutNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException("interrupted while waiting for the lock of staff " + key.id(), e);
        }
        if (!granted) {
            throw new StorageException("timed out waiting for the lock of staff " + key.id());
        }
        transactions.afterCompletion(committed -> lock.unlock());
    }

    /** Called with the staff member's lock held, so that nobody else changes the token meanwhile. */
    private void fence(TenantKey<StaffId> key, long token) {
        Long recorded = fencingTokens.get(key);
        if (recorded != null && token < recorded) {
            throw new StaleFencingTokenException("fencing token " + token + " of staff " + key.id()
                    + " is older than " + recorded);
        }
        if (recorded == null || token > recorded) {
            fencingTokens.put(key, token);
            transactions.onRollback(() -> {
                if (recorded == null) {
                    fencingTokens.remove(key, token);
                } else {
                    fencingTokens.replace(key, token, recorded);
                }
            });
        }
    }
}
