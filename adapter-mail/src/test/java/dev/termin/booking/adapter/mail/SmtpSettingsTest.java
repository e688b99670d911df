package dev.termin.booking.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SmtpSettingsTest {

    @Test
    void eachSecurityHasItsUsualPort_andTheDefaultTimeouts() {
        assertThat(SmtpSettings.of("mail.example", SmtpSettings.Security.NONE).port()).isEqualTo(25);
        assertThat(SmtpSettings.of("mail.example", SmtpSettings.Security.STARTTLS).port()).isEqualTo(587);
        SmtpSettings tls = SmtpSettings.of("mail.example", SmtpSettings.Security.TLS);
        assertThat(tls.port()).isEqualTo(465);
        assertThat(tls.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(tls.readTimeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(tls.user()).isEmpty();
        assertThat(tls.trustedHosts()).isEmpty();
    }

    @Test
    void theTextForm_neverShowsThePassword() {
        SmtpSettings s = SmtpSettings.of("mail.example", SmtpSettings.Security.STARTTLS).withLogin("salon", "geheim");

        assertThat(s.toString()).contains("mail.example:587", "STARTTLS", "salon").doesNotContain("geheim");
    }

    @Test
    void badSettings_areRejectedWithTheirName() {
        SmtpSettings ok = SmtpSettings.of("mail.example", SmtpSettings.Security.NONE);

        assertThatThrownBy(() -> SmtpSettings.of(" ", SmtpSettings.Security.NONE)).hasMessageContaining("host");
        assertThatThrownBy(() -> ok.withPort(0)).hasMessageContaining("port");
        assertThatThrownBy(() -> ok.withTimeouts(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .hasMessageContaining("connectTimeout");
        assertThatThrownBy(() -> new SmtpSettings("h", 25, SmtpSettings.Security.NONE, Optional.empty(),
                Optional.of("pw"), Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1),
                Optional.empty())).hasMessageContaining("password needs a user");
    }

    @Test
    void aSenderNeedsAPlausibleAddress() {
        assertThatThrownBy(() -> SenderSettings.of("not-an-address", "Salon"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SenderSettings.of("a@b.example", "Salon").withReplyTo("x<y@z.example"))
                .hasMessageContaining("reply-to address is not an Internet address");
        assertThat(SenderSettings.of("a@b.example", "Salon").replyTo()).isEmpty();
    }
}
