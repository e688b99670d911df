package dev.termin.booking.adapter.jdbc.internal;

import dev.termin.booking.application.port.out.DataTooLargeException;
import dev.termin.booking.application.port.out.StorageException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** The most rows {@link #insertAtCommit} sends in one statement. */
    private static final int MAX_ROWS_PER_INSERT = 200;

    private final Jdbi jdbi;
    private final Dialect dialect;
    private final Clock clock;
    private final ThreadLocal<Handle> current = new ThreadLocal<>();
    /** What runs when the thread's transaction has ended, committed or not ({@link #afterTransaction}). */
    private final ThreadLocal<List<Runnable>> afterEnd = new ThreadLocal<>();
    /** Rows to insert just before the thread's transaction commits, by table ({@link #insertAtCommit}). */
    private final ThreadLocal<Map<String, List<Map<String, Object>>>> atCommit = new ThreadLocal<>();

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
        afterEnd.set(new ArrayList<>());
        atCommit.set(new LinkedHashMap<>());
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
                insertPending(handle);
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
            atCommit.remove();
            List<Runnable> ended = afterEnd.get();
            afterEnd.remove();
            ended.forEach(Runnable::run);
        }
    }

    /**
     * Inserts {@code row} (column name to value: a plain value or an {@link Argument} such as {@link #ts}) into
     * {@code table} in the thread's transaction, sent just before it commits together with the other rows so
     * inserted, in one statement (on PostgreSQL one for all tables, through data-modifying common table
     * expressions; on H2 one per table); outside a transaction at once. For rows that nothing reads back in the
     * transaction that writes them, such as outbox messages and flow events: a booking writes three to six of them,
     * and each used to be a round trip of its own. An error inserting them fails the commit.
     */
    public void insertAtCommit(String table, Map<String, Object> row) {
        Map<String, List<Map<String, Object>>> pending = atCommit.get();
        Handle bound = current.get();
        if (pending == null || bound == null) {
            run(h -> insert(h, Map.of(table, List.of(row))));
            return;
        }
        List<Map<String, Object>> rows = pending.computeIfAbsent(table, k -> new ArrayList<>());
        rows.add(row);
        // a statement takes at most 32,767 parameters on PostgreSQL: a transaction that queues many rows (a whole
        // day cancelled) sends them in parts
        if (rows.size() >= MAX_ROWS_PER_INSERT) {
            call(h -> insert(h, Map.of(table, List.copyOf(rows))), bound);
            rows.clear();
        }
    }

    private void insertPending(Handle handle) {
        Map<String, List<Map<String, Object>>> pending = atCommit.get();
        if (pending.isEmpty()) {
            return;
        }
        pending.values().removeIf(List::isEmpty);
        if (dialect == Dialect.POSTGRESQL && !pending.isEmpty()) {
            call(h -> insert(h, pending), handle);
        } else {
            pending.forEach((table, rows) -> call(h -> insert(h, Map.of(table, rows)), handle));
        }
        pending.clear();
    }

    /**
     * One statement inserting {@code rows}, all rows of a table with the same columns; several tables (PostgreSQL
     * only) as {@code WITH w0 AS (INSERT …), w1 AS (INSERT …) INSERT …}.
     */
    private static int insert(Handle h, Map<String, List<Map<String, Object>>> rows) {
        List<String> inserts = new ArrayList<>();
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, List<Map<String, Object>>> table : rows.entrySet()) {
            int t = inserts.size();
            List<String> columns = List.copyOf(table.getValue().get(0).keySet());
            List<String> tuples = new ArrayList<>();
            for (int r = 0; r < table.getValue().size(); r++) {
                List<String> names = new ArrayList<>();
                for (String column : columns) {
                    String name = "v" + t + "_" + r + "_" + names.size();
                    names.add(":" + name);
                    values.put(name, table.getValue().get(r).get(column));
                }
                tuples.add("(" + String.join(", ", names) + ")");
            }
            inserts.add("INSERT INTO " + table.getKey() + " (" + String.join(", ", columns) + ") VALUES "
                    + String.join(", ", tuples));
        }
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < inserts.size() - 1; i++) {
            sql.append(i == 0 ? "WITH " : ", ").append('w').append(i).append(" AS (").append(inserts.get(i))
                    .append(')');
        }
        sql.append(inserts.size() > 1 ? " " : "").append(inserts.get(inserts.size() - 1));
        var update = h.createUpdate(sql.toString());
        values.forEach((name, value) -> {
            if (value instanceof Argument a) {
                update.bind(name, a);
            } else {
                update.bind(name, value);
            }
        });
        return update.execute();
    }

    /**
     * Runs {@code action} once the thread's transaction has ended (committed or rolled back), or now outside one:
     * for what must not happen before the others can see the outcome, such as dropping cached rows.
     */
    public void afterTransaction(Runnable action) {
        List<Runnable> pending = afterEnd.get();
        if (pending == null) {
            action.run();
        } else {
            pending.add(action);
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
