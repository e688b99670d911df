package dev.termin.booking.adapter.calcom.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Cal.com slugs for segment event types, built as {@code COMPANY-BRANCH-SERVICE-SEGMENT} from the ids. Each part
 * follows Cal.com's slug rules: lower case, umlauts spelled out ({@code ä} → {@code ae}), other accents dropped,
 * every run of characters other than {@code a-z0-9} replaced by one {@code -}, no leading or trailing {@code -}.
 * A slug longer than {@value #MAX_LENGTH} characters is cut and ends in {@code -} plus 8 hex digits of the SHA-256 of
 * the unsanitised parts, so it stays unique and stable.
 */
public final class Slugs {

    public static final int MAX_LENGTH = 100;

    private Slugs() {
    }

    public static String segmentSlug(String company, String branch, String service, String segment) {
        String slug = Stream.of(company, branch, service, segment).map(Slugs::part).collect(Collectors.joining("-"));
        if (slug.length() <= MAX_LENGTH) {
            return slug;
        }
        String hash = sha256Hex(String.join("/", company, branch, service, segment)).substring(0, 8);
        String head = slug.substring(0, MAX_LENGTH - hash.length() - 1).replaceAll("-+$", "");
        return head + "-" + hash;
    }

    /** One part sanitised to Cal.com's slug rules; {@code x} when nothing is left. */
    public static String part(String text) {
        String t = text.toLowerCase(Locale.ROOT)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        t = Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        t = t.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return t.isEmpty() ? "x" : t;
    }

    private static String sha256Hex(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
