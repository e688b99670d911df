package dev.termin.booking.adapter.mail;

import dev.termin.booking.adapter.mail.internal.MimeComposer;
import dev.termin.booking.adapter.mail.internal.SendFailures;
import dev.termin.booking.application.port.out.Notification;
import dev.termin.booking.application.port.out.Notifier;
import dev.termin.booking.domain.customer.EmailAddress;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link Notifier} that e-mails the customer over SMTP: text and HTML in the tenant's language, and for
 * appointments the calendar invite as an iCalendar file. Each send opens its own connection, so one notifier is
 * shared by all outbox workers. A customer without an e-mail address is skipped (logged at info, without personal
 * data). Logs name the kind, tenant and correlation id, never an address or a name.
 *
 * <p>Failures: {@link MailDeliveryException} when the server cannot take the message now (unreachable, timeout,
 * refused login, 4xx), which the outbox retries; its subtype {@link RecipientRejectedException} when the server
 * refuses the customer's address for good (5xx), where retrying cannot help.
 *
 * <p>This class is thread-safe.
 */
public final class SmtpNotifier implements Notifier {

    private static final Logger LOG = LoggerFactory.getLogger(SmtpNotifier.class);

    private final SmtpSettings smtp;
    private final SenderDirectory senders;
    private final Clock clock;
    private final Session session;
    private final String protocol;
    private final MimeComposer composer = new MimeComposer();

    private SmtpNotifier(SmtpSettings smtp, SenderDirectory senders, Clock clock) {
        this.smtp = smtp;
        this.senders = senders;
        this.clock = clock;
        this.protocol = smtp.security() == SmtpSettings.Security.TLS ? "smtps" : "smtp";
        this.session = Session.getInstance(properties(smtp, protocol));
    }

    /** A notifier sending through {@code smtp} with each tenant's sender from {@code senders}; dates by the UTC clock. */
    public static SmtpNotifier create(SmtpSettings smtp, SenderDirectory senders) {
        return create(smtp, senders, Clock.systemUTC());
    }

    /** As {@link #create(SmtpSettings, SenderDirectory)}, with {@code clock} for the messages' Date header. */
    public static SmtpNotifier create(SmtpSettings smtp, SenderDirectory senders, Clock clock) {
        return new SmtpNotifier(Objects.requireNonNull(smtp, "smtp"), Objects.requireNonNull(senders, "senders"),
                Objects.requireNonNull(clock, "clock"));
    }

    /**
     * Sends the notification, returning once the SMTP server has accepted it.
     *
     * @throws MailDeliveryException if the server did not accept it (retryable unless
     *     {@link MailDeliveryException#permanent()})
     */
    @Override
    public void send(Notification notification) {
        Objects.requireNonNull(notification, "notification");
        Optional<EmailAddress> to = notification.recipient().email();
        if (to.isEmpty()) {
            LOG.info("mail {} for tenant {} (correlation id {}) skipped: the customer has no e-mail address",
                    notification.kind().code(), notification.tenant(), notification.correlationId());
            return;
        }
        String what = "mail " + notification.kind().code() + " for tenant " + notification.tenant().value();
        SenderSettings sender = senders.senderFor(notification.tenant());
        MimeMessage message;
        try {
            message = composer.compose(session, notification, to.get(), sender, clock.instant());
            message.saveChanges();
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw SendFailures.classify(what, e);
        }
        try (Transport transport = session.getTransport(protocol)) {
            transport.connect(smtp.host(), smtp.port(), smtp.user().orElse(null), smtp.password().orElse(null));
            transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException e) {
            throw SendFailures.classify(what, e);
        }
        LOG.info("mail {} for tenant {} (correlation id {}) accepted by the SMTP server", notification.kind().code(),
                notification.tenant(), notification.correlationId());
    }

    private static Properties properties(SmtpSettings smtp, String protocol) {
        String p = "mail." + protocol + ".";
        Properties props = new Properties();
        props.setProperty("mail.transport.protocol", protocol);
        props.setProperty(p + "host", smtp.host());
        props.setProperty(p + "port", Integer.toString(smtp.port()));
        props.setProperty(p + "connectiontimeout", Long.toString(smtp.connectTimeout().toMillis()));
        props.setProperty(p + "timeout", Long.toString(smtp.readTimeout().toMillis()));
        props.setProperty(p + "writetimeout", Long.toString(smtp.writeTimeout().toMillis()));
        props.setProperty(p + "auth", Boolean.toString(smtp.user().isPresent()));
        boolean startTls = smtp.security() == SmtpSettings.Security.STARTTLS;
        props.setProperty(p + "starttls.enable", Boolean.toString(startTls));
        // Never fall back to plain text when the server does not offer STARTTLS.
        props.setProperty(p + "starttls.required", Boolean.toString(startTls));
        // A host trusted without checking its certificate is not checked for its name either; all others are.
        props.setProperty(p + "ssl.checkserveridentity", Boolean.toString(smtp.trustedHosts().isEmpty()));
        smtp.trustedHosts().ifPresent(hosts -> props.setProperty(p + "ssl.trust", hosts));
        return props;
    }
}
