package dev.termin.booking.adapter.inmemory;

import dev.termin.booking.application.port.out.Transactions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * In-memory {@link Transactions} with an undo log: the repositories of the same {@link InMemoryStorage} write
 * straight into their tables and register how to undo each write, so that a transaction whose work throws (any
 * {@link RuntimeException} or {@link Error}) is rolled back completely.
 *
 * <p>Each instance keeps its own transaction per thread; a nested {@link #inTransaction} call joins the outer one
 * (an exception it throws rolls back only if it reaches the outermost call, as in a database without savepoints).
 * Writes outside a transaction apply at once. Isolation is "read uncommitted": other threads may see a
 * transaction's writes before it ends, except outbox messages, which become claimable on commit. Writers of the
 * same staff member are serialised by {@link InMemoryStaffLocks}, as in the database adapters.
 *
 * <p>When a transaction ends, the registered after-completion hooks run on the same thread, in registration order,
 * after the undo log on rollback; a hook that throws is logged and does not stop the others.
 *
 * <p>This class is thread-safe.
 */
public final class InMemoryTransactions implements Transactions {

    private static final Logger LOG = LoggerFactory.getLogger(InMemoryTransactions.class);

    private final ThreadLocal<Tx> current = new ThreadLocal<>();

    InMemoryTransactions() {
    }

    /**
     * Runs {@code work} in the current thread's transaction, starting one if there is none.
     *
     * @throws NullPointerException if {@code work} is null
     */
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        if (current.get() != null) {
            return work.get();
        }
        Tx tx = new Tx();
        current.set(tx);
        boolean committed = false;
        try {
            T result = work.get();
            committed = true;
            return result;
        } catch (Throwable t) {
            tx.rollback(t);
            throw t;
        } finally {
            current.remove();
            tx.complete(committed);
        }
    }

    /** True while the calling thread runs inside a transaction of this instance. */
    public boolean isActive() {
        return current.get() != null;
    }

    /**
     * Registers {@code hook} to run when the calling thread's transaction ends, with {@code true} if it committed.
     *
     * @throws IllegalStateException outside a transaction
     * @throws NullPointerException if {@code hook} is null
     */
    public void afterCompletion(Consumer<Boolean> hook) {
        Objects.requireNonNull(hook, "hook");
        Tx tx = current.get();
        if (tx == null) {
            throw new IllegalStateException("no transaction is active on this thread");
        }
        tx.hooks.add(hook);
    }

    /** Registers how to undo a write just made; a no-op outside a transaction, where writes apply at once. */
    void onRollback(Runnable undo) {
        Tx tx = current.get();
        if (tx != null && !tx.ending) {
            tx.undo.add(undo);
        }
    }

    /** The undo log and hooks of one transaction; used by its thread only. */
    private static final class Tx {
        private final List<Runnable> undo = new ArrayList<>();
        private final List<Consumer<Boolean>> hooks = new ArrayList<>();
        private boolean ending;

        void rollback(Throwable cause) {
            ending = true;
            for (int i = undo.size() - 1; i >= 0; i--) {
                try {
                    undo.get(i).run();
                } catch (RuntimeException | Error e) {
                    cause.addSuppressed(e);
                }
            }
            undo.clear();
        }

        void complete(boolean committed) {
            ending = true;
            for (Consumer<Boolean> hook : hooks) {
                try {
                    hook.accept(committed);
                } catch (RuntimeException | Error e) {
                    LOG.error("after-completion hook failed", e);
                }
            }
        }
    }
}
