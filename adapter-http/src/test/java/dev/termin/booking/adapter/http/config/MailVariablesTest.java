package dev.termin.booking.adapter.http.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termin.booking.adapter.mail.SenderSettings;
import dev.termin.booking.adapter.mail.SmtpSettings;
import dev.termin.booking.application.port.out.Notification.Language;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** E-mail's variables: the SMTP server with timeouts in the duration syntax, and the server-level sender. */
class MailVariablesTest {

    private static final Map<String, String> HOST = Map.of(MailVariables.HOST, "h", MailVariables.FROM,
            "t@s.example");

    private static MailSettings read(Map<String, String> env) {
        return MailVariables.read(Environment.of(env)).orElseThrow();
    }

    @Test
    void withoutAHost_thereIsNoMail() {
        assertThat(MailVariables.read(Environment.of(Map.of(MailVariables.FROM, "a@b.example")))).isEmpty();
    }

    @Test
    void aHostAndASender_areEnough_andTheDefaultsAreFilledIn() {
        MailSettings m = read(Map.of(MailVariables.HOST, "smtp.example.org",
                MailVariables.FROM, "termine@schnittpunkt.example"));

        assertThat(m.smtp()).isEqualTo(SmtpSettings.of("smtp.example.org", SmtpSettings.Security.STARTTLS));
        assertThat(m.smtp().port()).isEqualTo(587);
        assertThat(m.sender()).isEqualTo(SenderSettings.of("termine@schnittpunkt.example", "Termin"));
    }

    @Test
    void everyVariable_isRead() {
        MailSettings m = read(Map.ofEntries(Map.entry(MailVariables.HOST, "mail.local"),
                Map.entry(MailVariables.SECURITY, "tls"), Map.entry(MailVariables.PORT, "2465"),
                Map.entry(MailVariables.USER, "salon"), Map.entry(MailVariables.PASSWORD, "geheim"),
                Map.entry(MailVariables.FROM, "t@s.example"), Map.entry(MailVariables.FROM_NAME, "Salon S"),
                Map.entry(MailVariables.REPLY_TO, "hallo@s.example"), Map.entry(MailVariables.LANGUAGE, "en"),
                Map.entry(MailVariables.CONNECT_TIMEOUT, "1500ms"), Map.entry(MailVariables.TIMEOUT, "3s"),
                Map.entry(MailVariables.TRUSTED_HOSTS, "mail.local")));

        assertThat(m.smtp()).isEqualTo(SmtpSettings.of("mail.local", SmtpSettings.Security.TLS).withPort(2465)
                .withLogin("salon", "geheim").withTimeouts(Duration.ofMillis(1500), Duration.ofSeconds(3),
                        Duration.ofSeconds(3)).withTrustedHosts("mail.local"));
        assertThat(m.sender()).isEqualTo(SenderSettings.of("t@s.example", "Salon S").withReplyTo("hallo@s.example")
                .withLanguage(Language.ENGLISH));
    }

    @Test
    void badValues_nameTheirVariable_andNeverThePassword() {
        assertBad(with(MailVariables.SECURITY, "ssl"), MailVariables.SECURITY);
        assertBad(with(MailVariables.PORT, "x"), MailVariables.PORT);
        assertBad(with(MailVariables.PASSWORD, "pw-secret"), MailVariables.PASSWORD);
        assertBad(with(MailVariables.TIMEOUT, "20"), MailVariables.TIMEOUT);
        assertBad(with(MailVariables.LANGUAGE, "fr"), MailVariables.LANGUAGE);
        assertBad(with(MailVariables.REPLY_TO, "not an address"), MailVariables.REPLY_TO);
        assertBad(Map.of(MailVariables.HOST, "h"), MailVariables.FROM);
        assertThatThrownBy(() -> read(with(MailVariables.PASSWORD, "pw-secret")))
                .hasMessageNotContaining("pw-secret");
    }

    private static void assertBad(Map<String, String> env, String variable) {
        assertThatThrownBy(() -> read(env)).isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining(variable);
    }

    private static Map<String, String> with(String name, String value) {
        Map<String, String> env = new HashMap<>(HOST);
        env.put(name, value);
        return env;
    }
}
