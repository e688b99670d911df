package dev.termin.booking.adapter.http.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The public URL customer e-mails link to: localhost on the server's port unless set, checked when set. */
class PublicUrlVariablesTest {

    @Test
    void withoutTheVariable_itIsLocalhostOnTheServersPort() {
        assertThat(TerminSettings.fromEnv(Map.of()).publicUrl()).isEqualTo(URI.create("http://localhost:8080"));
        assertThat(TerminSettings.fromEnv(Map.of("TERMIN_PORT", "9090")).publicUrl())
                .isEqualTo(URI.create("http://localhost:9090"));
    }

    @Test
    void aSetUrl_isTakenWithoutItsTrailingSlash() {
        assertThat(TerminSettings.fromEnv(Map.of("TERMIN_PUBLIC_URL", "https://termine.example.org/")).publicUrl())
                .isEqualTo(URI.create("https://termine.example.org"));
    }

    @Test
    void aUrlThatIsNotAbsoluteHttp_isRefusedNamingTheVariable() {
        for (String bad : new String[] {"termine.example.org", "ftp://termine.example.org", "https://x.org/?a=b",
                "http://bad host"}) {
            assertThatThrownBy(() -> TerminSettings.fromEnv(Map.of("TERMIN_PUBLIC_URL", bad)))
                    .as(bad).isInstanceOf(InvalidSettingException.class).hasMessageContaining("TERMIN_PUBLIC_URL");
        }
    }
}
