package dev.termin.booking.adapter.inmemory;

import dev.termin.booking.application.port.out.Notification;
import dev.termin.booking.application.port.out.Notifier;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link Notifier} that only logs (SLF4J, logger {@code dev.termin.booking.adapter.inmemory.LoggingNotifier}):
 * at info the kind, tenant and correlation id, never the recipient's name, phone number or e-mail address, nor the
 * text (which may contain them); the subject at debug. Never fails.
 *
 * <p>This class is thread-safe.
 */
public final class LoggingNotifier implements Notifier {

    private static final Logger LOG = LoggerFactory.getLogger(LoggingNotifier.class);

    public LoggingNotifier() {
    }

    @Override
    public void send(Notification notification) {
        Objects.requireNonNull(notification, "notification");
        Notification.Message german = notification.message(Notification.Language.GERMAN);
        LOG.info("notification {} for tenant {} (correlation id {}): {} characters, calendar events: {}",
                notification.kind().code(), notification.tenant(), notification.correlationId(),
                notification.text(Notification.Language.GERMAN).length(),
                german.invite().map(i -> i.events().size()).orElse(0));
        LOG.debug("notification {} (correlation id {}) subject: {}", notification.kind().code(),
                notification.correlationId(), german.subject());
    }
}
