package dev.termin.booking.adapter.http;

import ch.qos.logback.classic.LoggerContext;
import java.util.Objects;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * Names this process in every log line: the logging context's {@value #PROPERTY} property, which the plain pattern
 * prints as {@code instance=…} and the JSON encoder writes as the field {@code instance}. Thread-safe.
 */
public final class InstanceLogging {

    /** The name of the logging context property. */
    public static final String PROPERTY = "instance";

    private InstanceLogging() {
    }

    /** Puts {@code instanceId} into every log line from now on (a no-op under another logging backend). */
    public static void tag(String instanceId) {
        Objects.requireNonNull(instanceId, "instanceId");
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (factory instanceof LoggerContext context) {
            context.putProperty(PROPERTY, instanceId);
        }
    }
}
