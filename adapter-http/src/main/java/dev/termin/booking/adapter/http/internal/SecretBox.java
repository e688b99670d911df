package dev.termin.booking.adapter.http.internal;

import dev.termin.booking.adapter.http.config.MasterKeys;
import dev.termin.booking.application.port.out.SealedSecret;
import dev.termin.booking.domain.catalogue.TenantId;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals and opens secrets stored in the database with AES-256-GCM: a fresh random 96-bit nonce per seal, a 128-bit
 * tag, and the tenant id as associated data, so a sealed value copied to another tenant's row does not open. The
 * sealed form is {@code Base64(nonce ‖ ciphertext ‖ tag)} with the id of the key used. Thread-safe.
 */
public final class SecretBox {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final MasterKeys keys;
    private final SecureRandom random = new SecureRandom();

    public SecretBox(MasterKeys keys) {
        this.keys = keys;
    }

    /** Seals {@code plain} for {@code tenant} with the current master key. */
    public SealedSecret seal(TenantId tenant, String plain) {
        MasterKeys.Key key = keys.current();
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher c = cipher(Cipher.ENCRYPT_MODE, key, nonce, tenant);
            byte[] sealed = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return new SealedSecret(key.id(), Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealing failed", e);
        }
    }

    /**
     * Opens a secret sealed for {@code tenant}.
     *
     * @throws IllegalStateException if its key is not configured (any more) or the value was tampered with
     */
    public String open(TenantId tenant, SealedSecret sealed) {
        MasterKeys.Key key = keys.byId(sealed.keyId()).orElseThrow(() -> new IllegalStateException(
                "master key '" + sealed.keyId() + "' is not configured (TERMIN_MASTER_KEY / _PREVIOUS)"));
        try {
            byte[] all = Base64.getDecoder().decode(sealed.ciphertext());
            if (all.length <= NONCE_BYTES) {
                throw new IllegalStateException("sealed secret of tenant " + tenant + " is too short");
            }
            byte[] nonce = java.util.Arrays.copyOf(all, NONCE_BYTES);
            Cipher c = cipher(Cipher.DECRYPT_MODE, key, nonce, tenant);
            return new String(c.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the sealed secret of tenant " + tenant + " does not open with key '"
                    + key.id() + "'", e);
        }
    }

    /** Whether {@code sealed} was sealed with another key than the current one (it needs re-sealing). */
    public boolean isStale(SealedSecret sealed) {
        return !sealed.keyId().equals(keys.current().id());
    }

    private static Cipher cipher(int mode, MasterKeys.Key key, byte[] nonce, TenantId tenant)
            throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(mode, new SecretKeySpec(key.bytes(), "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        c.updateAAD(tenant.value().getBytes(StandardCharsets.UTF_8));
        return c;
    }
}
