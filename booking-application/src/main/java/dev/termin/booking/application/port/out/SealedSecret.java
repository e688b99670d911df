package dev.termin.booking.application.port.out;

import java.util.Objects;

/**
 * A secret encrypted by the server before it is stored: the id of the key that sealed it and the ciphertext
 * (Base64). The engine never sees the plain secret. Immutable; {@link #toString()} shows only the key id.
 */
public record SealedSecret(String keyId, String ciphertext) {

    public SealedSecret {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(ciphertext, "ciphertext");
        if (!keyId.matches("[A-Za-z0-9._-]{1,32}")) {
            throw new IllegalArgumentException("keyId must be 1 to 32 letters, digits, '.', '_' or '-'");
        }
        if (ciphertext.isBlank() || ciphertext.length() > 4000) {
            throw new IllegalArgumentException("ciphertext must be 1 to 4000 characters");
        }
    }

    @Override
    public String toString() {
        return "SealedSecret[" + keyId + "]";
    }
}
