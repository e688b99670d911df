package dev.termin.booking.adapter.jdbc.internal;

import dev.termin.booking.application.port.out.DataTooLargeException;
import dev.termin.booking.application.port.out.InfrastructureException;
import dev.termin.booking.application.port.out.ReferencedRowException;
import dev.termin.booking.application.port.out.SlotConflictException;
import dev.termin.booking.application.port.out.StorageException;
import dev.termin.booking.application.port.out.StorageUnavailableException;
import java.net.SocketTimeoutException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns database errors into the ports' exceptions, by SQLSTATE, so no raw SQL error reaches a caller. */
public final class SqlErrors {

    /** PostgreSQL: a row violates an exclusion constraint (our no-overlap guarantee). */
    public static final String EXCLUSION_VIOLATION = "23P01";
    public static final String UNIQUE_VIOLATION = "23505";
    /** Both databases: a foreign key refused the write (a row still referenced; PostgreSQL also a missing parent). */
    public static final String FOREIGN_KEY_VIOLATION = "23503";
    /** H2: a foreign key refused a row that names a missing parent. */
    public static final String H2_MISSING_PARENT = "23506";

    private static final Logger LOG = LoggerFactory.getLogger(SqlErrors.class);
    private static final Pattern CONSTRAINT = Pattern.compile("(?i)\\b([a-z_]+_fk)\\b");
    private static final Pattern H2_COLUMN = Pattern.compile("column \"?([A-Za-z_]+)");

    private SqlErrors() {
    }

    /** The port exception for {@code e}; {@code e} itself when it is one already. */
    public static InfrastructureException translate(Throwable e) {
        if (e instanceof InfrastructureException ie) {
            return ie;
        }
        Optional<SQLException> sql = sqlException(e);
        String state = sql.map(SQLException::getSQLState).orElse("");
        if (state.equals(EXCLUSION_VIOLATION)) {
            return new SlotConflictException("the time overlaps another active booking of the same staff member", e);
        }
        if (state.equals(FOREIGN_KEY_VIOLATION) || state.equals(H2_MISSING_PARENT)) {
            return new ReferencedRowException("a catalogue row is still referenced, or a reference names nothing"
                    + sql.map(s -> constraint(s.getMessage())).orElse(""), e);
        }
        if (isDataTooLarge(state)) {
            // the driver's message may quote the offending value (personal data): keep it out of the exception
            LOG.debug("value does not fit its column", e);
            String column = sql.map(s -> column(s.getMessage())).orElse("");
            return new DataTooLargeException("a value does not fit its column" + column + " (SQLSTATE " + state + ")",
                    null);
        }
        if (isPoolTimeout(e)) {
            return new StorageUnavailableException("no database connection within the connection timeout", e);
        }
        if (isReplyTimeout(e)) {
            return new StorageUnavailableException("no reply from the database within the socket timeout", e);
        }
        if (state.startsWith("57P0")) {
            // the server shuts down (or crashed, or does not take connections yet): it ended this session and will
            // not take another one at once
            return new StorageUnavailableException("the database server is shutting down or starting (SQLSTATE "
                    + state + ")", e);
        }
        return new StorageException("database operation failed" + (state.isEmpty() ? "" : " (SQLSTATE " + state + ")"),
                e);
    }

    /** The SQLSTATE of the first SQL exception in {@code e}'s causes, or empty. */
    public static String state(Throwable e) {
        return sqlException(e).map(SQLException::getSQLState).orElse("");
    }

    /**
     * True when {@code e} says the connection itself broke (SQLSTATE class 08, or PostgreSQL's 57P01–57P03: the
     * server shut down or terminated the session), as opposed to a statement that failed.
     */
    public static boolean isBrokenConnection(Throwable e) {
        String state = state(e);
        return state.startsWith("08") || state.startsWith("57P0");
    }

    /**
     * True when no pooled connection could be had in time (the pool gave up waiting): trying again would only wait
     * as long once more, so a read is not retried then.
     */
    public static boolean isPoolTimeout(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    /** True when the driver gave up waiting for a reply on an open connection (its socket timeout). */
    static boolean isReplyTimeout(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDataTooLarge(String state) {
        return state.equals("22001") // string data, right truncation
                || state.equals("22003") // numeric value out of range
                || state.equals("22021") // character not in repertoire (PostgreSQL: NUL)
                || state.equals("22P05") // untranslatable character
                || state.equals("54000"); // program limit exceeded (PostgreSQL: index row too big)
    }

    private static Optional<SQLException> sqlException(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                SQLException next = s.getNextException();
                return Optional.of(s instanceof BatchUpdateException && next != null ? next : s);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Optional.empty();
    }

    private static String column(String message) {
        if (message == null) {
            return "";
        }
        Matcher m = H2_COLUMN.matcher(message);
        return m.find() ? " " + m.group(1).toLowerCase(Locale.ROOT) : "";
    }

    /** " (constraint x_fk)" for the first constraint name of ours in {@code message}, else nothing. */
    private static String constraint(String message) {
        Matcher m = message == null ? null : CONSTRAINT.matcher(message);
        return m != null && m.find() ? " (constraint " + m.group(1).toLowerCase(Locale.ROOT) + ")" : "";
    }
}
