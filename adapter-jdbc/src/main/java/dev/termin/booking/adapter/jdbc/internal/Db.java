package dev.termin.booking.adapter.jdbc.internal;

import dev.termin.booking.application.port.out.DataTooLargeException;
import dev.termin.booking.application.port.out.StorageException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementException;
import org.jdbi.v3.core.statement.StatementExceptions;

/**
 * Access to the database for the adapters: the handle bound to the current thread while
 * {@link #inTransaction} runs (nested calls and every repository join it), or a short handle of their own
 * otherwise. All database errors leave as port exceptions ({@link SqlErrors}). Thread-safe.
 */
public final class Db {

    private final Jdbi jdbi;
    private final Dialect dialect;
    private final Clock clock;
    private final ThreadLocal<Handle> current = new ThreadLocal<>();

    private Db(Jdbi jdbi, Dialect dialect, Clock clock) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Database access on {@code dataSource}. Statement errors name the SQL but never the bound values, which may be
     * personal data (a customer's phone number).
     */
    public static Db create(DataSource dataSource, Dialect dialect, Clock clock) {
        Jdbi jdbi = Jdbi.create(dataSource);
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(Db::withoutValues);
        return new Db(jdbi, dialect, clock);
    }

    private static String withoutValues(StatementException e) {
        String cause = e.getCause() == null ? "" : String.valueOf(e.getCause().getMessage());
        StatementContext ctx = e.getStatementContext();
        String sql = ctx == null || ctx.getRenderedSql() == null ? "" : " [statement: \"" + ctx.getRenderedSql() + "\"]";
        return cause + sql;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The store's notion of now, for port methods that take no time. */
    public Instant now() {
        return clock.instant();
    }

    /** True while the current thread runs inside {@link #inTransaction}. */
    public boolean inTransaction() {
        return current.get() != null;
    }

    /**
     * Runs {@code work} in a transaction bound to the current thread, or joins the one already bound. Commits when
     * {@code work} returns, rolls back when it throws (and rethrows).
     */
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        Handle handle;
        try {
            handle = jdbi.open();
        } catch (RuntimeException e) {
            throw SqlErrors.translate(e);
        }
        try {
            try {
                handle.begin();
            } catch (RuntimeException e) {
                throw SqlErrors.translate(e);
            }
            current.set(handle);
            T result;
            try {
                result = work.get();
            } catch (RuntimeException | Error e) {
                current.remove();
                rollbackQuietly(handle, e);
                throw e;
            }
            current.remove();
            try {
                handle.commit();
            } catch (RuntimeException e) {
                rollbackQuietly(handle, e);
                throw SqlErrors.translate(e);
            }
            return result;
        } finally {
            current.remove();
            closeQuietly(handle);
        }
    }

    /**
     * Runs a read on the thread's transaction, or on a short handle of its own (auto-commit). Outside a transaction
     * a read that fails because its pooled connection was broken (the server restarted, the connection was killed)
     * is tried once more on a fresh connection; the pool discards the broken one. A read that got no connection at
     * all within the pool's connection timeout, or no reply within the socket timeout, is not tried again.
     */
    public <T> T read(Function<Handle, T> query) {
        Handle bound = current.get();
        if (bound != null) {
            return call(query, bound);
        }
        try {
            return readOnce(query);
        } catch (StorageException e) {
            if (!SqlErrors.isBrokenConnection(e) || SqlErrors.isPoolTimeout(e) || SqlErrors.isReplyTimeout(e)) {
                // a pool that found no connection in time, or a server that did not answer in time, would only make
                // the caller wait twice as long
                throw e;
            }
            return readOnce(query);
        }
    }

    private <T> T readOnce(Function<Handle, T> query) {
        Handle handle;
        try {
            handle = jdbi.open();
        } catch (RuntimeException e) {
            throw SqlErrors.translate(e);
        }
        try {
            return call(query, handle);
        } finally {
            closeQuietly(handle);
        }
    }

    /** Runs a write on the thread's transaction, or in a short transaction of its own so it lands whole. */
    public <T> T write(Function<Handle, T> update) {
        Handle bound = current.get();
        if (bound != null) {
            return call(update, bound);
        }
        return inTransaction(() -> call(update, current.get()));
    }

    /** {@link #write} without a result. */
    public void run(Consumer<Handle> update) {
        write(h -> {
            update.accept(h);
            return null;
        });
    }

    private static <T> T call(Function<Handle, T> fn, Handle handle) {
        try {
            return fn.apply(handle);
        } catch (RuntimeException e) {
            throw SqlErrors.translate(e);
        }
    }

    private static void rollbackQuietly(Handle handle, Throwable cause) {
        try {
            handle.rollback();
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    private static void closeQuietly(Handle handle) {
        try {
            handle.close();
        } catch (RuntimeException e) {
            // the connection is gone (killed or broken); the pool discards it
        }
    }

    /**
     * A timestamp argument for a {@code timestamptz} / {@code TIMESTAMP(6) WITH TIME ZONE} column (UTC). Both
     * databases keep microseconds; the instant is truncated to them here, so that both store the same value.
     */
    public static Argument ts(Instant instant) {
        if (instant == null) {
            return (pos, stmt, ctx) -> stmt.setNull(pos, Types.TIMESTAMP_WITH_TIMEZONE);
        }
        OffsetDateTime value = OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        return (pos, stmt, ctx) -> stmt.setObject(pos, value);
    }

    /** A UUID argument; null binds an untyped NULL that both databases accept for a {@code uuid} column. */
    public static Argument uuid(UUID uuid) {
        if (uuid == null) {
            return (pos, stmt, ctx) -> stmt.setNull(pos, Types.OTHER);
        }
        return (pos, stmt, ctx) -> stmt.setObject(pos, uuid);
    }

    /**
     * A text argument. Text with a NUL character is refused on every database (PostgreSQL cannot store it), so
     * that both behave alike.
     *
     * @throws DataTooLargeException if {@code text} contains a NUL character
     */
    public static Argument text(String text) {
        if (text == null) {
            return (pos, stmt, ctx) -> stmt.setNull(pos, Types.VARCHAR);
        }
        if (text.indexOf('\0') >= 0) {
            throw new DataTooLargeException("text must not contain NUL characters", null);
        }
        return (pos, stmt, ctx) -> stmt.setString(pos, text);
    }
}
