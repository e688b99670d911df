package dev.termin.booking.adapter.mail;

import static dev.termin.booking.adapter.mail.MailFixtures.ERIKA;
import static dev.termin.booking.adapter.mail.MailFixtures.NOW;
import static dev.termin.booking.adapter.mail.MailFixtures.SALON;
import static dev.termin.booking.adapter.mail.MailFixtures.wednesday;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.termin.booking.adapter.inmemory.InMemoryExternalCalendar;
import dev.termin.booking.adapter.inmemory.InMemoryStorage;
import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.application.demo.DemoSalon;
import dev.termin.booking.application.port.in.BookCommand;
import dev.termin.booking.application.port.in.SlotRequest;
import dev.termin.booking.application.port.out.WebhookSender;
import dev.termin.booking.application.settings.WebhookSettings;
import dev.termin.booking.domain.appointment.Source;
import dev.termin.booking.domain.catalogue.Company;
import dev.termin.booking.domain.catalogue.NotificationSettings;
import dev.termin.booking.domain.customer.EmailAddress;
import dev.termin.booking.domain.policy.BookingPolicy;
import dev.termin.booking.domain.sync.HealthStatus;
import dev.termin.booking.testing.MutableClock;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Messages to the owner over real SMTP: a sync alert written while the SMTP server is down is retried by the outbox
 * and arrives once; a webhook endpoint disabled after failures is reported in one e-mail naming it and its error.
 */
class OwnerMailTest {

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final String OWNER = "inhaberin@schnittpunkt.example";

    private final MutableClock clock = new MutableClock(NOW);

    private BookingEngine engine(SmtpSettings smtp, InMemoryExternalCalendar calendar, WebhookSender webhooks) {
        BookingEngine engine = BookingEngine.builder().clock(clock).storage(new InMemoryStorage(clock).storage())
                .externalCalendar(calendar).notifier(SmtpNotifier.create(smtp, SenderDirectory.single(SALON)))
                .webhookSender(webhooks).webhookSettings(new WebhookSettings(5, Duration.ofSeconds(30),
                        Duration.ofMinutes(5), 0, 2, Duration.ofSeconds(2))).build();
        DemoSalon.load(engine.catalogue());
        engine.catalogue().saveCompany(new Company(DemoSalon.TENANT, "Salon Schnittpunkt", BookingPolicy.DEFAULTS,
                new NotificationSettings(Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.of(new EmailAddress(OWNER))))).orElseThrow();
        return engine;
    }

    private static SmtpSettings plain(int port) {
        return SmtpSettings.of("127.0.0.1", SmtpSettings.Security.NONE).withPort(port)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(5));
    }

    private void book(BookingEngine engine, Instant start) {
        engine.appointments().book(new BookCommand(SlotRequest.of(DemoSalon.TENANT, DemoSalon.BRANCH,
                DemoSalon.HAIRCUT).withStaff(DemoSalon.EMMA), start, ERIKA, "", Source.WEB, Optional.empty(),
                Optional.empty(), "corr-" + start.getEpochSecond())).orElseThrow();
    }

    private static List<MimeMessage> toOwner(MimeMessage[] received) {
        return Arrays.stream(received).filter(m -> {
            try {
                return m.getRecipients(Message.RecipientType.TO)[0].toString().contains(OWNER);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void aSyncAlertWrittenWhileSmtpIsDown_isRetriedByTheOutbox_andReachesTheOwnerOnce() throws Exception {
        // given an SMTP server that is down, and a booking whose calendar sync keeps failing until it gives up
        int port = closedPort();
        InMemoryExternalCalendar calendar = new InMemoryExternalCalendar();
        BookingEngine engine = engine(plain(port), calendar, WebhookSender.none());
        calendar.failNextCreates(10, true);
        book(engine, wednesday("10:00"));
        for (int i = 0; i < 8; i++) {
            engine.operations().processOutbox(20);
            clock.advance(Duration.ofHours(1));
        }

        // when a day later sync is still failing, so the health turns critical while nothing can be sent
        clock.advance(Duration.ofHours(25));
        book(engine, wednesday("11:00").plus(Duration.ofDays(7)));
        engine.operations().processOutbox(20);
        engine.operations().processOutbox(20);
        assertThat(engine.operations().syncHealth(DemoSalon.TENANT).status()).isEqualTo(HealthStatus.CRITICAL);

        // and the SMTP server comes up, and the outbox runs on
        GreenMail late = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        late.start();
        try {
            for (int i = 0; i < 4; i++) {
                clock.advance(Duration.ofHours(1));
                engine.operations().processOutbox(20);
            }

            // then the owner received exactly one alert, in German
            assertThat(toOwner(late.getReceivedMessages())).singleElement().satisfies(m ->
                    assertThat(m.getSubject()).isEqualTo("Kalender-Synchronisation kritisch"));
            assertThat(engine.appointments().flow(DemoSalon.TENANT, "sync-health")).extracting(e -> e.step())
                    .containsSubsequence("sync.health_changed", "notification.retry", "notification.sent");
        } finally {
            late.stop();
        }
    }

    @Test
    void aWebhookEndpointDisabledAfterFailures_isReportedToTheOwnerInOneEmail_namingItAndTheLastError()
            throws Exception {
        // given an endpoint that always answers 500, disabled after 2 failed attempts in a row
        BookingEngine engine = engine(MailFixtures.smtp(greenMail), new InMemoryExternalCalendar(),
                (url, headers, body, timeout) -> 500);
        String id = engine.webhooks().register(DemoSalon.TENANT, "https://crm.example.org/termin",
                Set.of("appointment.created")).orElseThrow().id();

        // when two bookings are announced and the workers keep running
        book(engine, wednesday("10:00"));
        book(engine, wednesday("11:00"));
        for (int i = 0; i < 5; i++) {
            engine.operations().processOutbox(20);
            engine.webhooks().deliverDue(20);
            clock.advance(Duration.ofMinutes(5));
        }
        engine.operations().processOutbox(20);

        // then the owner got one e-mail naming the endpoint and its last error
        assertThat(engine.webhooks().list(DemoSalon.TENANT).get(0).enabled()).isFalse();
        assertThat(toOwner(greenMail.getReceivedMessages())).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).isEqualTo("Webhook abgeschaltet");
            assertThat(new ReceivedMail(m).text()).contains("https://crm.example.org/termin", id,
                    "Letzter Fehler: HTTP 500");
        });
    }
}
