package dev.termin.booking.adapter.jdbc.internal;

import dev.termin.booking.application.port.out.Transactions;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * {@link Transactions} as a database transaction on a handle bound to the calling thread: every repository of the
 * same store called by {@code work} uses it, and nested calls join it (there are no savepoints: an exception
 * caught inside {@code work} does not undo what was written before it). Thread-safe.
 */
public final class JdbiTransactions implements Transactions {

    private final Db db;

    public JdbiTransactions(Db db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        return db.inTransaction(work);
    }
}
