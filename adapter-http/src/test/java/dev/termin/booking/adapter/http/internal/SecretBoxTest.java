package dev.termin.booking.adapter.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termin.booking.adapter.http.config.MasterKeys;
import dev.termin.booking.application.port.out.SealedSecret;
import dev.termin.booking.domain.catalogue.TenantId;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** AES-GCM sealing of stored secrets: opens only for its tenant, detects tampering, survives a key rotation. */
class SecretBoxTest {

    private static final TenantId ACME = TenantId.of("acme");
    private static final MasterKeys.Key OLD = key("k2025", 1);
    private static final MasterKeys.Key NEW = key("k2026", 2);

    private static MasterKeys.Key key(String id, int fill) {
        byte[] b = new byte[32];
        Arrays.fill(b, (byte) fill);
        return new MasterKeys.Key(id, b);
    }

    @Test
    void aSealedSecret_opensForItsTenant_andHidesThePlainText() {
        SecretBox box = new SecretBox(new MasterKeys(NEW, List.of()));

        SealedSecret sealed = box.seal(ACME, "cal_live_abc123");

        assertThat(sealed.keyId()).isEqualTo("k2026");
        assertThat(new String(Base64.getDecoder().decode(sealed.ciphertext()))).doesNotContain("cal_live");
        assertThat(box.open(ACME, sealed)).isEqualTo("cal_live_abc123");
        assertThat(box.seal(ACME, "cal_live_abc123")).isNotEqualTo(sealed);
    }

    @Test
    void aSecretCopiedToAnotherTenant_orTamperedWith_doesNotOpen() {
        SecretBox box = new SecretBox(new MasterKeys(NEW, List.of()));
        SealedSecret sealed = box.seal(ACME, "cal_live_abc123");
        byte[] raw = Base64.getDecoder().decode(sealed.ciphertext());
        raw[raw.length - 1] ^= 1;

        assertThatThrownBy(() -> box.open(TenantId.of("other"), sealed)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> box.open(ACME, new SealedSecret("k2026", Base64.getEncoder().encodeToString(raw))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void afterARotation_theOldKeyStillOpens_andItsSecretsAreStale_untilTheOldKeyIsGone() {
        SealedSecret sealedBefore = new SecretBox(new MasterKeys(OLD, List.of())).seal(ACME, "whsec-1");
        SecretBox rotating = new SecretBox(new MasterKeys(NEW, List.of(OLD)));

        assertThat(rotating.open(ACME, sealedBefore)).isEqualTo("whsec-1");
        assertThat(rotating.isStale(sealedBefore)).isTrue();
        assertThat(rotating.isStale(rotating.seal(ACME, "whsec-1"))).isFalse();
        assertThatThrownBy(() -> new SecretBox(new MasterKeys(NEW, List.of())).open(ACME, sealedBefore))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("k2025");
    }
}
