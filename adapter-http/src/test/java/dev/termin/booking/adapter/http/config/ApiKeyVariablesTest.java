package dev.termin.booking.adapter.http.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termin.booking.adapter.http.config.ApiKeySettings.TenantKey;
import dev.termin.booking.domain.catalogue.TenantId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The API key variables: checked at start, and never shown in a message or {@code toString()}. */
class ApiKeyVariablesTest {

    private static final String KEY_A = "key-for-acme-0123456789";
    private static final String KEY_B = "key-for-bobs-0123456789";

    private static ApiKeySettings read(Map<String, String> env) {
        return ApiKeyVariables.read(Environment.of(env));
    }

    @Test
    void byDefault_theDemoIsOnWithoutAKey() {
        assertThat(read(Map.of())).isEqualTo(new ApiKeySettings(true, java.util.Optional.empty(),
                java.util.List.of()));
        assertThat(read(Map.of("TERMIN_DEMO", "FALSE")).demoEnabled()).isFalse();
    }

    @Test
    void tenantKeyPairs_areRead() {
        ApiKeySettings s = read(Map.of("TERMIN_API_KEYS", " acme:" + KEY_A + " , bobs:" + KEY_B + ",",
                "TERMIN_DEMO_API_KEY", KEY_B + "x"));

        assertThat(s.tenantKeys()).containsExactly(new TenantKey(TenantId.of("acme"), KEY_A),
                new TenantKey(TenantId.of("bobs"), KEY_B));
        assertThat(s.demoKey()).contains(KEY_B + "x");
        assertThat(s.toString()).doesNotContain(KEY_A).doesNotContain(KEY_B).contains("acme");
    }

    @Test
    void aShortKey_isRefusedWithItsLengthOnly() {
        assertThatThrownBy(() -> read(Map.of("TERMIN_DEMO_API_KEY", "short-key-12")))
                .isInstanceOf(InvalidSettingException.class).hasMessage(
                        "TERMIN_DEMO_API_KEY: a key must be 16 to 200 printable ASCII characters (got 12 characters)");
        assertThatThrownBy(() -> read(Map.of("TERMIN_API_KEYS", "acme:short-key-12")))
                .hasMessage("TERMIN_API_KEYS: a key must be 16 to 200 printable ASCII characters (got 12 characters)");
    }

    @Test
    void malformedPairs_andOneKeyForTwoTenants_areRefused() {
        assertThatThrownBy(() -> read(Map.of("TERMIN_API_KEYS", KEY_A)))
                .hasMessage("TERMIN_API_KEYS: must be tenant:key pairs separated by commas");
        assertThatThrownBy(() -> read(Map.of("TERMIN_API_KEYS", "acme:" + KEY_A + ",bobs:" + KEY_A)))
                .hasMessage("TERMIN_API_KEYS: one key is given for tenants acme and bobs");
        assertThatThrownBy(() -> read(Map.of("TERMIN_API_KEYS", "acme:" + KEY_A, "TERMIN_DEMO_API_KEY", KEY_A)))
                .hasMessage("TERMIN_DEMO_API_KEY: one key is given for tenants acme and demo");
    }

    @Test
    void withTheDemoOff_itsKeyIsIgnoredAsBefore() {
        assertThat(read(Map.of("TERMIN_DEMO", "false", "TERMIN_DEMO_API_KEY", "short")).demoEnabled()).isFalse();
    }
}
