package dev.termin.booking.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class InstanceLoggingTest {

    @Test
    void aTaggedInstance_appearsInLogLinesOfThePlainPattern() {
        // given
        InstanceLogging.tag("web-7");
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        PatternLayout layout = new PatternLayout();
        layout.setContext(context);
        layout.setPattern("instance=%property{instance} %msg");
        layout.start();
        Logger logger = context.getLogger("dev.termin.test");

        // when
        String line = layout.doLayout(new LoggingEvent("x", logger, Level.INFO, "booked", null, null));

        // then
        assertThat(line).isEqualTo("instance=web-7 booked");
    }
}
