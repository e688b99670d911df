package dev.termin.booking.adapter.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;

/**
 * Counts what the store sends to the database, by wrapping the connections it takes from its pool: every statement
 * execution (a batch counts once: the PostgreSQL driver sends it in one exchange), every commit and rollback. With
 * PostgreSQL's driver each of these is one round trip; {@code BEGIN} travels with the first statement of a
 * transaction and costs none. Thread-safe; counts from all threads.
 */
final class RoundTripCounter implements UnaryOperator<DataSource> {

    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "executeBatch", "executeLargeBatch");

    private final List<String> sent = new CopyOnWriteArrayList<>();

    @Override
    public DataSource apply(DataSource pool) {
        return proxy(DataSource.class, pool, (target, method, args) -> {
            Object result = invoke(target, method, args);
            return result instanceof Connection c ? connection(c) : result;
        });
    }

    /** Forgets everything counted so far. */
    void reset() {
        sent.clear();
    }

    /** Round trips since the last {@link #reset}. */
    int roundTrips() {
        return sent.size();
    }

    /** What was sent since the last {@link #reset}, one line a round trip, for assertion messages. */
    String sent() {
        return String.join("\n", sent);
    }

    private Connection connection(Connection c) {
        return proxy(Connection.class, c, (target, method, args) -> {
            if (method.getName().equals("commit") || method.getName().equals("rollback")) {
                sent.add(method.getName().toUpperCase(Locale.ROOT));
            }
            Object result = invoke(target, method, args);
            if (result instanceof Statement s) {
                String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : "";
                return statement(s, sql);
            }
            return result;
        });
    }

    private Statement statement(Statement s, String preparedSql) {
        return (Statement) Proxy.newProxyInstance(getClass().getClassLoader(), interfacesOf(s), (proxy, method, args) -> {
            if (EXECUTIONS.contains(method.getName())) {
                String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : preparedSql;
                sent.add(sql.replaceAll("\\s+", " "));
            }
            return invoke(s, method, args);
        });
    }

    private static Class<?>[] interfacesOf(Statement s) {
        if (s instanceof java.sql.CallableStatement) {
            return new Class<?>[] {java.sql.CallableStatement.class};
        }
        if (s instanceof java.sql.PreparedStatement) {
            return new Class<?>[] {java.sql.PreparedStatement.class};
        }
        return new Class<?>[] {Statement.class};
    }

    @FunctionalInterface
    private interface Handler<T> {
        Object handle(T target, Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
        InvocationHandler h = (proxy, method, args) -> handler.handle(target, method, args);
        return type.cast(Proxy.newProxyInstance(RoundTripCounter.class.getClassLoader(), new Class<?>[] {type}, h));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
