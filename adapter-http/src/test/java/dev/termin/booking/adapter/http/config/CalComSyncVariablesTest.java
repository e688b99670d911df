package dev.termin.booking.adapter.http.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The webhook, reconciliation and drift variables, and the master keys that seal stored secrets. */
class CalComSyncVariablesTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @Test
    void unset_meansTheDefaults_andNoMasterKey() {
        Environment env = Environment.of(Map.of());

        assertThat(CalComSyncVariables.read(env)).isEqualTo(CalComSyncSettings.defaults());
        assertThat(MasterKeyVariables.read(env)).isEmpty();
    }

    @Test
    void everyValue_isRead_andTheSecretIsNotShown() {
        CalComSyncSettings s = CalComSyncVariables.read(Environment.of(Map.of(
                "TERMIN_CALCOM_WEBHOOK_SECRET", "whsec-9", "TERMIN_CALCOM_WEBHOOK_TOLERANCE", "2m",
                "TERMIN_CALCOM_RECONCILE_EVERY", "0s", "TERMIN_CALCOM_DRIFT_CHECK_EVERY", "1h",
                "TERMIN_CALCOM_RECONCILE_BACK", "48h", "TERMIN_CALCOM_RECONCILE_AHEAD", "720h")));

        assertThat(s).isEqualTo(new CalComSyncSettings(java.util.Optional.of("whsec-9"), Duration.ofMinutes(2),
                Duration.ZERO, Duration.ofHours(1), Duration.ofHours(48), Duration.ofHours(720)));
        assertThat(s.toString()).doesNotContain("whsec-9");
    }

    @Test
    void badValues_nameTheirVariable() {
        assertThatThrownBy(() -> CalComSyncVariables.read(Environment.of(Map.of(
                "TERMIN_CALCOM_WEBHOOK_TOLERANCE", "0s")))).isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("TERMIN_CALCOM_WEBHOOK_TOLERANCE");
        assertThatThrownBy(() -> MasterKeyVariables.read(Environment.of(Map.of("TERMIN_MASTER_KEY", KEY))))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("TERMIN_MASTER_KEY");
        assertThatThrownBy(() -> MasterKeyVariables.read(Environment.of(Map.of("TERMIN_MASTER_KEY", "k1:c2hvcnQ="))))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> MasterKeyVariables.read(Environment.of(Map.of("TERMIN_MASTER_KEY_PREVIOUS",
                "k1:" + KEY)))).isInstanceOf(InvalidSettingException.class);
    }

    @Test
    void aCurrentAndPreviousKeys_areReadWithTheirIds_andTheKeysAreNotShown() {
        MasterKeys keys = MasterKeyVariables.read(Environment.of(Map.of("TERMIN_MASTER_KEY", "k2026:" + KEY,
                "TERMIN_MASTER_KEY_PREVIOUS", "k2025:" + KEY + ", k2024:" + KEY))).orElseThrow();

        assertThat(keys.current().id()).isEqualTo("k2026");
        assertThat(keys.byId("k2024")).isPresent();
        assertThat(keys.byId("k2023")).isEmpty();
        assertThat(keys.toString()).doesNotContain(KEY);
    }
}
