package dev.termin.booking.application.port.in;

import dev.termin.booking.domain.access.ApiKey;
import java.util.Objects;

/**
 * A key just created: its metadata and its secret, which exists only here (the server keeps its hash) and must be
 * shown to its owner once. {@link #toString()} leaves the secret out. Immutable.
 */
public record IssuedKey(ApiKey key, String secret) {

    public IssuedKey {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(secret, "secret");
    }

    @Override
    public String toString() {
        return "IssuedKey[key=" + key + ", secret=" + key.displayPrefix() + "…]";
    }
}
