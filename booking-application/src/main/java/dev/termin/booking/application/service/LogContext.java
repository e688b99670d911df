package dev.termin.booking.application.service;

import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.MDC;

/**
 * Puts values into the logging context (MDC) for the length of a use case or a piece of background work and, on
 * {@link #close()}, puts back what was there before. Restoring rather than removing matters: the HTTP server puts
 * the request's correlation id into the MDC before the use case runs and writes its access log line after, so a
 * use case that removed the key would leave that line without it. Not thread-safe: one thread opens and closes it.
 */
final class LogContext implements AutoCloseable {

    /** The MDC key of the correlation id. */
    static final String CORRELATION_ID = "correlationId";
    /** The MDC key of the tenant. */
    static final String TENANT = "tenant";

    private final Map<String, String> previous = new LinkedHashMap<>();

    private LogContext() {
    }

    /** A scope with {@code correlationId} as the correlation id. */
    static LogContext correlation(String correlationId) {
        return new LogContext().with(CORRELATION_ID, correlationId);
    }

    /** A scope for background work on one tenant's item. */
    static LogContext work(String tenant, String correlationId) {
        return new LogContext().with(TENANT, tenant).with(CORRELATION_ID, correlationId);
    }

    private LogContext with(String key, String value) {
        if (!previous.containsKey(key)) {
            previous.put(key, MDC.get(key));
        }
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
        return this;
    }

    @Override
    public void close() {
        previous.forEach((key, value) -> {
            if (value == null) {
                MDC.remove(key);
            } else {
                MDC.put(key, value);
            }
        });
    }
}
