package dev.termin.booking.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termin.booking.application.port.out.Notification.Language;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MailEnvironmentTest {

    @Test
    void withoutAHost_thereIsNoMail() {
        assertThat(MailEnvironment.notifier(Map.of(MailEnvironment.FROM, "a@b.example"))).isEmpty();
    }

    @Test
    void aHostAndASender_makeANotifier_withTheDefaultsFilledIn() {
        Map<String, String> env = Map.of(MailEnvironment.HOST, "smtp.example.org",
                MailEnvironment.FROM, "termine@schnittpunkt.example");

        SmtpSettings smtp = MailEnvironment.smtp(env).orElseThrow();
        SenderSettings sender = MailEnvironment.sender(env);

        assertThat(smtp.security()).isEqualTo(SmtpSettings.Security.STARTTLS);
        assertThat(smtp.port()).isEqualTo(587);
        assertThat(smtp.user()).isEmpty();
        assertThat(sender.name()).isEqualTo("Termin");
        assertThat(sender.language()).isEqualTo(Language.GERMAN);
        assertThat(MailEnvironment.notifier(env)).isPresent();
    }

    @Test
    void everyVariable_isRead() {
        Map<String, String> env = Map.ofEntries(Map.entry(MailEnvironment.HOST, "mail.local"),
                Map.entry(MailEnvironment.SECURITY, "tls"), Map.entry(MailEnvironment.PORT, "2465"),
                Map.entry(MailEnvironment.USER, "salon"), Map.entry(MailEnvironment.PASSWORD, "geheim"),
                Map.entry(MailEnvironment.FROM, "t@s.example"), Map.entry(MailEnvironment.FROM_NAME, "Salon S"),
                Map.entry(MailEnvironment.REPLY_TO, "hallo@s.example"), Map.entry(MailEnvironment.LANGUAGE, "en"),
                Map.entry(MailEnvironment.CONNECT_TIMEOUT_MS, "1500"), Map.entry(MailEnvironment.TIMEOUT_MS, "3000"),
                Map.entry(MailEnvironment.TRUSTED_HOSTS, "mail.local"));

        SmtpSettings smtp = MailEnvironment.smtp(env).orElseThrow();
        SenderSettings sender = MailEnvironment.sender(env);

        assertThat(smtp).isEqualTo(SmtpSettings.of("mail.local", SmtpSettings.Security.TLS).withPort(2465)
                .withLogin("salon", "geheim").withTimeouts(Duration.ofMillis(1500), Duration.ofMillis(3000),
                        Duration.ofMillis(3000)).withTrustedHosts("mail.local"));
        assertThat(sender).isEqualTo(SenderSettings.of("t@s.example", "Salon S").withReplyTo("hallo@s.example")
                .withLanguage(Language.ENGLISH));
    }

    @Test
    void badValues_nameTheirVariable() {
        Map<String, String> host = Map.of(MailEnvironment.HOST, "h", MailEnvironment.FROM, "t@s.example");

        assertThatThrownBy(() -> MailEnvironment.smtp(with(host, MailEnvironment.SECURITY, "ssl")))
                .hasMessageContaining(MailEnvironment.SECURITY);
        assertThatThrownBy(() -> MailEnvironment.smtp(with(host, MailEnvironment.PORT, "x")))
                .hasMessageContaining(MailEnvironment.PORT);
        assertThatThrownBy(() -> MailEnvironment.smtp(with(host, MailEnvironment.PASSWORD, "pw")))
                .hasMessageContaining(MailEnvironment.USER);
        assertThatThrownBy(() -> MailEnvironment.notifier(Map.of(MailEnvironment.HOST, "h")))
                .hasMessageContaining(MailEnvironment.FROM);
        assertThatThrownBy(() -> MailEnvironment.sender(with(host, MailEnvironment.LANGUAGE, "fr")))
                .hasMessageContaining(MailEnvironment.LANGUAGE);
    }

    private static Map<String, String> with(Map<String, String> env, String name, String value) {
        Map<String, String> copy = new HashMap<>(env);
        copy.put(name, value);
        return copy;
    }
}
