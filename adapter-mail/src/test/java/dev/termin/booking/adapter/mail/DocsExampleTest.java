package dev.termin.booking.adapter.mail;

import static dev.termin.booking.adapter.mail.MailFixtures.SALON;
import static dev.termin.booking.adapter.mail.MailFixtures.wednesday;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.application.demo.DemoSalon;
import dev.termin.booking.application.port.out.Notification.Language;
import dev.termin.booking.domain.catalogue.TenantId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * docs/notifications.md shows the set-up region below verbatim, and its example message is what the demo salon
 * really sends for a root-colour booking (written to target/notification-example/ on every run).
 */
class DocsExampleTest {

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final Path DOCS = Path.of("../docs/notifications.md");

    @Test
    void theDocumentedSetUp_buildsAnEngineThatMails() {
        // tag::setup[]
        SmtpSettings smtp = SmtpSettings.of("smtp.example.org", SmtpSettings.Security.STARTTLS)
                .withLogin("termine@schnittpunkt.example", "app-password");
        SenderDirectory senders = SenderDirectory.of(
                SenderSettings.of("termine@schnittpunkt.example", "Salon Schnittpunkt")
                        .withReplyTo("hallo@schnittpunkt.example"),
                Map.of(TenantId.of("city-cuts"), SenderSettings.of("bookings@citycuts.example", "City Cuts")
                        .withLanguage(Language.ENGLISH)));
        BookingEngine engine = BookingEngine.builder()
                .notifier(SmtpNotifier.create(smtp, senders))
                .build();
        // end::setup[]

        assertThat(senders.senderFor(TenantId.of("city-cuts")).language()).isEqualTo(Language.ENGLISH);
        assertThat(senders.senderFor(DemoSalon.TENANT).language()).isEqualTo(Language.GERMAN);
    }

    @Test
    void theDocsShowTheSetUpRegion() throws IOException {
        String source = Files.readString(Path.of("src/test/java/dev/termin/booking/adapter/mail/DocsExampleTest.java"));
        Matcher m = Pattern.compile("// tag::setup\\[]\\n(.*?)\\n\\s*// end::setup\\[]", Pattern.DOTALL).matcher(source);
        assertThat(m.find()).isTrue();
        String snippet = m.group(1).lines().map(l -> l.length() >= 8 ? l.substring(8) : l.strip())
                .collect(Collectors.joining("\n"));
        assertThat(Files.readString(DOCS)).as("docs/notifications.md shows the set-up region verbatim")
                .contains(snippet);
    }

    @Test
    void theDocsShowARealMessage() throws Exception {
        // given the demo salon mailing through GreenMail
        MailFixtures salon = new MailFixtures(SmtpNotifier.create(MailFixtures.smtp(greenMail),
                SenderDirectory.single(SALON), Clock.fixed(MailFixtures.NOW, ZoneOffset.UTC)));

        // when Erika books root colour with Emma and the outbox runs
        salon.book(DemoSalon.ROOT_COLOUR, DemoSalon.EMMA, wednesday("10:00"));
        salon.deliver();

        // then the docs show its text part and its calendar file as received
        ReceivedMail mail = new ReceivedMail(greenMail.getReceivedMessages()[0]);
        String text = mail.text();
        String ics = mail.attachedIcs().replace("\r\n", "\n");
        Path out = Path.of("target/notification-example");
        Files.createDirectories(out);
        Files.writeString(out.resolve("text.txt"), text);
        Files.writeString(out.resolve("termin.ics"), ics);
        Files.writeString(out.resolve("message.html"), mail.html());
        String docs = Files.readString(DOCS);
        assertThat(docs).as("docs/notifications.md shows the text part").contains(text);
        assertThat(docs).as("docs/notifications.md shows the calendar file").contains(ics);
    }
}
