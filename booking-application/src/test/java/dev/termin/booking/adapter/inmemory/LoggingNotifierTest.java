package dev.termin.booking.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.termin.booking.application.port.out.Notification;
import dev.termin.booking.application.port.out.Notifier;
import dev.termin.booking.application.port.out.contract.AbstractNotifierTest;
import dev.termin.booking.application.port.out.contract.NotificationFixtures;
import dev.termin.booking.domain.customer.Customer;
import dev.termin.booking.domain.customer.EmailAddress;
import dev.termin.booking.domain.customer.PhoneNumber;
import dev.termin.booking.domain.catalogue.TenantId;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LoggingNotifierTest extends AbstractNotifierTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger(LoggingNotifier.class);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private Level previousLevel;

    @Override
    protected Notifier notifier() {
        return new LoggingNotifier();
    }

    @BeforeEach
    void captureLogs() {
        previousLevel = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        appender.start();
        logger.addAppender(appender);
    }

    @AfterEach
    void stopCapturing() {
        logger.detachAppender(appender);
        logger.setLevel(previousLevel);
    }

    @Test
    void infoLogs_nameKindTenantAndCorrelation_butNoPersonalData() {
        Customer customer = new Customer("Erika Mustermann", Optional.of(new PhoneNumber("+491512345678")),
                Optional.of(new EmailAddress("erika@example.org")));
        Notification n = NotificationFixtures.plain(TenantId.of("salon-1"), Notification.Kind.BOOKING_CONFIRMATION,
                customer, "Terminbestätigung für Erika Mustermann", "Hallo Erika Mustermann, +491512345678",
                "corr-42");

        new LoggingNotifier().send(n);

        assertThat(appender.list).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.INFO)).singleElement()
                .satisfies(e -> assertThat(e.getFormattedMessage())
                        .contains("booking_confirmation", "salon-1", "corr-42")
                        .doesNotContain("+491512345678", "2345678", "erika@example.org", "Erika", "Mustermann"));
    }
}
