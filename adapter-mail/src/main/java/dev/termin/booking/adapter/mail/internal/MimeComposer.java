package dev.termin.booking.adapter.mail.internal;

import dev.termin.booking.adapter.mail.SenderSettings;
import dev.termin.booking.application.port.out.Notification;
import dev.termin.booking.application.port.out.Notification.Message;
import dev.termin.booking.domain.customer.EmailAddress;
import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

/**
 * Builds the MIME message of a notification, laid out as calendar-aware mail clients expect an invitation:
 * <pre>
 * multipart/mixed
 *   multipart/alternative
 *     text/plain; charset=UTF-8
 *     text/html; charset=UTF-8
 *     text/calendar; charset=UTF-8; method=REQUEST|CANCEL   (shown as an invitation in place)
 *   text/calendar; method=REQUEST|CANCEL; name=termin.ics  (attachment, for clients that only import files)
 * </pre>
 * Without an invite the message is just the multipart/alternative of text and HTML. Stateless and thread-safe.
 */
public final class MimeComposer {

    /** The file name of the calendar attachment. */
    public static final String ICS_FILE = "termin.ics";

    private final HtmlRenderer html = new HtmlRenderer();
    private final IcsRenderer ics = new IcsRenderer();

    /**
     * @throws MessagingException if Jakarta Mail refuses a part
     * @throws UnsupportedEncodingException if a display name cannot be encoded (never for UTF-8)
     */
    public MimeMessage compose(Session session, Notification n, EmailAddress to, SenderSettings sender,
            Instant now) throws MessagingException, UnsupportedEncodingException {
        Message m = n.message(sender.language());
        MimeMessage mime = new MimeMessage(session);
        mime.setFrom(new InternetAddress(sender.address().value(), sender.name(), "UTF-8"));
        if (sender.replyTo().isPresent()) {
            mime.setReplyTo(new InternetAddress[] {new InternetAddress(sender.replyTo().get().value(), true)});
        }
        mime.setRecipient(jakarta.mail.Message.RecipientType.TO,
                new InternetAddress(to.value(), n.recipient().name(), "UTF-8"));
        mime.setSubject(m.subject(), "UTF-8");
        mime.setSentDate(Date.from(now));
        mime.setHeader("Content-Language", m.language().tag());
        // Lets a support desk find the booking's trail in the flow log; carries no personal data.
        mime.setHeader("X-Termin-Correlation-Id", n.correlationId());

        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text(n.text(sender.language()) + "\n" + sender.name() + "\n", "plain"));
        alternative.addBodyPart(text(html.render(m, n.manageLink(), sender.name()), "html"));
        if (m.invite().isEmpty()) {
            mime.setContent(alternative);
            return mime;
        }
        String method = m.invite().get().method().name();
        String calendar = ics.render(m.invite().get(), sender.address(), sender.name(), n.recipient(), to);
        String type = "text/calendar; charset=UTF-8; method=" + method;
        alternative.addBodyPart(calendar(calendar, type));
        MimeBodyPart wrapped = new MimeBodyPart();
        wrapped.setContent(alternative);
        MimeBodyPart attachment = calendar(calendar, type + "; name=" + ICS_FILE);
        attachment.setFileName(ICS_FILE);
        attachment.setDisposition(MimeBodyPart.ATTACHMENT);
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(wrapped);
        mixed.addBodyPart(attachment);
        mime.setContent(mixed);
        return mime;
    }

    private static MimeBodyPart text(String text, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(text, "UTF-8", subtype);
        return part;
    }

    private static MimeBodyPart calendar(String ics, String type) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(ics.getBytes(StandardCharsets.UTF_8), type)));
        part.setHeader("Content-Type", type);
        return part;
    }
}
