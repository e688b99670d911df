package dev.termin.booking.adapter.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/** A message GreenMail received, taken apart the way a mail client would: text, HTML, calendar parts. */
final class ReceivedMail {

    /** One leaf part: its content type, whether it is an attachment, and its decoded text. */
    record Leaf(String contentType, boolean attachment, String fileName, String text) {

        boolean is(String mimeType) {
            return contentType.toLowerCase(Locale.ROOT).startsWith(mimeType);
        }
    }

    final MimeMessage message;
    final List<Leaf> leaves = new ArrayList<>();

    ReceivedMail(MimeMessage message) throws MessagingException, IOException {
        this.message = message;
        collect(message);
    }

    /** The text part with LF line ends (SMTP carries CRLF). */
    String text() {
        return only("text/plain").text().replace("\r\n", "\n");
    }

    String html() {
        return only("text/html").text();
    }

    List<Leaf> attachments() {
        return leaves.stream().filter(Leaf::attachment).toList();
    }

    /** The calendar attachment, parsed back with ical4j. */
    Calendar attachedCalendar() throws IOException, ParserException {
        List<Leaf> calendars = attachments().stream().filter(l -> l.is("text/calendar")).toList();
        if (calendars.size() != 1) {
            throw new AssertionError("expected one calendar attachment, found " + calendars.size());
        }
        return new CalendarBuilder().build(new StringReader(calendars.get(0).text()));
    }

    String attachedIcs() {
        return attachments().stream().filter(l -> l.is("text/calendar")).findFirst().orElseThrow().text();
    }

    static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents(Component.VEVENT);
    }

    static String property(Component component, String name) {
        return component.getProperty(name).map(Property::getValue).orElseThrow();
    }

    static String method(Calendar calendar) {
        return calendar.getProperty(Property.METHOD).map(Property::getValue).orElseThrow();
    }

    private Leaf only(String mimeType) {
        List<Leaf> matching = leaves.stream().filter(l -> !l.attachment() && l.is(mimeType)).toList();
        if (matching.size() != 1) {
            throw new AssertionError("expected one " + mimeType + " part, found " + matching.size());
        }
        return matching.get(0);
    }

    private void collect(Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child);
            }
            return;
        }
        String text;
        if (content instanceof String s) {
            text = s;
        } else {
            try (InputStream in = part.getInputStream()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                in.transferTo(out);
                text = out.toString(StandardCharsets.UTF_8);
            }
        }
        leaves.add(new Leaf(part.getContentType(), Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()),
                part.getFileName(), text));
    }
}
