package dev.termin.booking.adapter.mail;

import static dev.termin.booking.adapter.mail.MailFixtures.ERIKA;
import static dev.termin.booking.adapter.mail.MailFixtures.SALON;
import static dev.termin.booking.adapter.mail.MailFixtures.wednesday;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.termin.booking.application.demo.DemoSalon;
import dev.termin.booking.application.port.out.InfrastructureException;
import dev.termin.booking.application.port.out.Notification;
import dev.termin.booking.application.port.out.contract.NotificationFixtures;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** How {@link SmtpNotifier} uses its connection settings, and what it throws when the server is not there. */
class SmtpConnectionTest {

    @RegisterExtension
    // GreenMail gives a server 2 s to start by default; SMTPS (TLS set-up) can take longer on a loaded machine
    static final GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup[] {
            patient(ServerSetupTest.SMTP.dynamicPort()), patient(ServerSetupTest.SMTPS.dynamicPort())})
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("salon", "geheim"));

    private static ServerSetup patient(ServerSetup setup) {
        setup.setServerStartupTimeout(20_000);
        return setup;
    }

    private static Notification confirmation() {
        return NotificationFixtures.withInvite(DemoSalon.TENANT, Notification.Kind.BOOKING_CONFIRMATION, ERIKA,
                "corr-1");
    }

    private static SmtpSettings tls() {
        return SmtpSettings.of("127.0.0.1", SmtpSettings.Security.TLS).withPort(greenMail.getSmtps().getPort())
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(5))
                .withTrustedHosts("127.0.0.1");
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void tlsWithLogin_deliversTheMessage() {
        SmtpNotifier notifier = SmtpNotifier.create(tls().withLogin("salon", "geheim"), SenderDirectory.single(SALON));

        notifier.send(confirmation());

        assertThat(greenMail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aWrongPassword_isARetryableDeliveryFailure() {
        SmtpNotifier notifier = SmtpNotifier.create(tls().withLogin("salon", "falsch"), SenderDirectory.single(SALON));

        assertThatThrownBy(() -> notifier.send(confirmation())).isInstanceOf(MailDeliveryException.class)
                .isNotInstanceOf(RecipientRejectedException.class)
                .satisfies(e -> assertThat(((MailDeliveryException) e).permanent()).isFalse());
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void startTls_isRequired_soAServerWithoutItGetsNothingInPlainText() {
        SmtpSettings startTls = SmtpSettings.of("127.0.0.1", SmtpSettings.Security.STARTTLS)
                .withPort(greenMail.getSmtp().getPort()).withLogin("salon", "geheim")
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(5));
        SmtpNotifier notifier = SmtpNotifier.create(startTls, SenderDirectory.single(SALON));

        assertThatThrownBy(() -> notifier.send(confirmation())).isInstanceOf(MailDeliveryException.class);
        assertThat(greenMail.getReceivedMessages()).isEmpty();

        // the same server and login without STARTTLS take the message, so STARTTLS was the reason
        SmtpNotifier.create(startTls.withSecurity(SmtpSettings.Security.NONE), SenderDirectory.single(SALON))
                .send(confirmation());
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aServerThatIsDown_isAnInfrastructureFailure_thatTheOutboxRetriesUntilTheMessageIsSentOnce()
            throws IOException {
        // given a notifier pointing at a port where nothing listens yet
        int port = closedPort();
        SmtpSettings settings = SmtpSettings.of("127.0.0.1", SmtpSettings.Security.NONE).withPort(port)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(5));
        SmtpNotifier notifier = SmtpNotifier.create(settings, SenderDirectory.single(SALON));
        assertThatThrownBy(() -> notifier.send(confirmation())).isInstanceOf(InfrastructureException.class)
                .isInstanceOf(MailDeliveryException.class).hasMessageContaining("Connection refused")
                .satisfies(e -> assertThat(((MailDeliveryException) e).permanent()).isFalse());

        // when a booking's confirmation fails, the server comes up, and the outbox runs again later
        MailFixtures salon = new MailFixtures(notifier);
        salon.book(DemoSalon.HAIRCUT, DemoSalon.EMMA, wednesday("09:00"));
        salon.deliver();
        GreenMail late = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        late.start();
        try {
            salon.clock.advance(Duration.ofMinutes(10));
            salon.deliver();
            salon.clock.advance(Duration.ofHours(1));
            salon.deliver();

            // then exactly one confirmation arrived
            assertThat(late.getReceivedMessages()).hasSize(1);
        } finally {
            late.stop();
        }
    }
}
