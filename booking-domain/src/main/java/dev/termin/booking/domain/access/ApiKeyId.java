package dev.termin.booking.domain.access;

import java.util.Objects;

/**
 * Identifies an API key (not the secret itself): safe to show, log and audit. Immutable; 3 to 64 letters, digits,
 * '-' or '_'.
 */
public record ApiKeyId(String value) {

    public ApiKeyId {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[A-Za-z0-9_-]{3,64}")) {
            throw new IllegalArgumentException("'ApiKeyId' must be 3 to 64 letters, digits, '-' or '_': " + value);
        }
    }

    public static ApiKeyId of(String value) {
        return new ApiKeyId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
