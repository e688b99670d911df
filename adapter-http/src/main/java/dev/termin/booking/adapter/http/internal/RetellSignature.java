package dev.termin.booking.adapter.http.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Retell's request signature, {@code X-Retell-Signature: v=<unix milliseconds>,d=<hex digest>}: the digest is
 * HMAC-SHA256, keyed with the Retell API key, over the raw request body followed by the timestamp's digits, as
 * Retell's SDKs compute it. A signature verifies if its digest matches (compared in constant time) and its
 * timestamp lies within {@link #TOLERANCE} of now, so a captured request cannot be replayed later. Immutable and
 * thread-safe.
 */
public final class RetellSignature {

    /** How far a signature's timestamp may lie from the server's clock, either way (Retell's SDKs use 5 minutes). */
    public static final Duration TOLERANCE = Duration.ofMinutes(5);

    private static final Pattern HEADER = Pattern.compile("v=(\\d{1,15}),d=([0-9a-fA-F]{64})");

    private final byte[] key;

    /** @throws IllegalArgumentException if the key is blank */
    public RetellSignature(String apiKey) {
        if (Objects.requireNonNull(apiKey, "apiKey").isBlank()) {
            throw new IllegalArgumentException("the Retell API key must not be blank");
        }
        this.key = apiKey.getBytes(StandardCharsets.UTF_8);
    }

    /** The header value Retell would send for {@code body} at {@code at}. */
    public String sign(byte[] body, Instant at) {
        long millis = at.toEpochMilli();
        return "v=" + millis + ",d=" + HexFormat.of().formatHex(digest(body, millis));
    }

    /** Whether {@code header} is a valid signature of {@code body} made within the tolerance of {@code now}. */
    public boolean verifies(byte[] body, String header, Instant now) {
        if (header == null) {
            return false;
        }
        Matcher m = HEADER.matcher(header.strip());
        if (!m.matches()) {
            return false;
        }
        long millis = Long.parseLong(m.group(1));
        if (Duration.between(Instant.ofEpochMilli(millis), now).abs().compareTo(TOLERANCE) > 0) {
            return false;
        }
        return MessageDigest.isEqual(digest(body, millis), HexFormat.of().parseHex(m.group(2).toLowerCase()));
    }

    private byte[] digest(byte[] body, long millis) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(body);
            return mac.doFinal(Long.toString(millis).getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
