package dev.termin.booking.adapter.http.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The voice-agent integrations' variable: the Retell signing key, off unless set. */
class PhoneVariablesTest {

    @Test
    void withoutTheVariable_retellRequestsAreNotSignatureChecked() {
        assertThat(PhoneVariables.read(Environment.of(Map.of())).retellApiKey()).isEmpty();
        assertThat(PhoneVariables.read(Environment.of(Map.of("TERMIN_RETELL_API_KEY", "  "))).retellApiKey())
                .isEmpty();
    }

    @Test
    void theRetellKey_isReadWithoutSurroundingBlanks() {
        assertThat(PhoneVariables.read(Environment.of(Map.of("TERMIN_RETELL_API_KEY", " key_abc ")))
                .retellApiKey()).contains("key_abc");
    }

    @Test
    void theServerSettingsCarryIt() {
        assertThat(TerminSettings.fromEnv(Map.of("TERMIN_RETELL_API_KEY", "key_abc")).phone().retellApiKey())
                .contains("key_abc");
    }
}
