package dev.termin.booking.adapter.jdbc.internal;

import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.jdbi.v3.core.statement.Update;

/**
 * An insert that reports a duplicate unique key as {@code false} instead of an error, without spoiling the
 * surrounding transaction: {@code ON CONFLICT DO NOTHING} on PostgreSQL (where a failed statement would abort the
 * transaction), a caught duplicate-key error on H2 (which fails only the statement).
 */
final class UniqueInserts {

    private UniqueInserts() {
    }

    /** Runs {@code insertSql} with {@code bind}; false when a unique key is taken. */
    static boolean insert(Dialect dialect, Handle h, String insertSql, Consumer<Update> bind) {
        Update update = h.createUpdate(dialect == Dialect.POSTGRESQL ? insertSql + " ON CONFLICT DO NOTHING" : insertSql);
        bind.accept(update);
        if (dialect == Dialect.POSTGRESQL) {
            return update.execute() == 1;
        }
        try {
            return update.execute() == 1;
        } catch (UnableToExecuteStatementException e) {
            if (SqlErrors.UNIQUE_VIOLATION.equals(SqlErrors.state(e))) {
                return false;
            }
            throw e;
        }
    }
}
