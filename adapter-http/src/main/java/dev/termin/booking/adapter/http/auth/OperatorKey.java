package dev.termin.booking.adapter.http.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/**
 * The server operator's key (from the server's configuration), kept only as its SHA-256 and compared in constant
 * time. It must be at least 32 characters long: it opens tenant management. {@link #toString()} shows nothing of it.
 * Immutable, thread-safe.
 */
public final class OperatorKey {

    /** The shortest operator key accepted. */
    public static final int MIN_LENGTH = 32;

    private final byte[] hash;

    private OperatorKey(byte[] hash) {
        this.hash = hash;
    }

    /**
     * @throws IllegalArgumentException if {@code key} is shorter than {@value #MIN_LENGTH} characters
     */
    public static OperatorKey of(String key) {
        Objects.requireNonNull(key, "key");
        if (key.strip().length() < MIN_LENGTH) {
            throw new IllegalArgumentException("the operator key must be at least " + MIN_LENGTH + " characters long");
        }
        return new OperatorKey(sha256(key.strip()));
    }

    /** Whether {@code presented} is the operator key. */
    public boolean matches(String presented) {
        return presented != null && MessageDigest.isEqual(hash, sha256(presented.strip()));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return "OperatorKey[***]";
    }
}
