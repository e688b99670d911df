package dev.termin.booking.application.service;

import dev.termin.booking.domain.access.Role;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * New secrets and their hashes. An API key is {@code termin_<role tag>_} and 43 characters of base64url (256 random
 * bits), so people and secret scanners can recognise it and its role; a manage token is {@code mt_} and 256 random
 * bits; a key id is {@code key_} and 96 random bits. Only the lowercase-hex SHA-256 of a secret is ever stored: the
 * secrets are random enough that a slow password hash would add nothing. Thread-safe.
 */
final class Secrets {

    /** The readable start every generated API key shares. */
    static final String KEY_PREFIX = "termin_";
    /** How many random characters after the role tag the displayed prefix shows. */
    private static final int SHOWN_RANDOM_CHARS = 4;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private Secrets() {
    }

    static String newApiKey(Role role) {
        return KEY_PREFIX + role.tag() + "_" + random(32);
    }

    /** The start of a generated key shown in listings: prefix, role tag and four random characters. */
    static String displayPrefix(String generatedKey, Role role) {
        return generatedKey.substring(0, KEY_PREFIX.length() + role.tag().length() + 1 + SHOWN_RANDOM_CHARS);
    }

    static String newKeyId() {
        return "key_" + random(12);
    }

    /** The secret half of a waitlist offer code: 256 random bits. */
    static String newOfferSecret() {
        return random(32);
    }

    static String newManageToken() {
        return "mt_" + random(32);
    }

    /** The lowercase-hex SHA-256 of {@code secret}'s UTF-8 bytes. */
    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return BASE64URL.encodeToString(b);
    }
}
