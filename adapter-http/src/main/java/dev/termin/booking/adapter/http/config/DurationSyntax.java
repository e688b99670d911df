package dev.termin.booking.adapter.http.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one syntax of every duration variable: a whole number with the unit {@code ms}, {@code s}, {@code m} or
 * {@code h} ({@code 500ms}, {@code 10s}, {@code 2m}, {@code 1h}), or ISO-8601 ({@code PT10S}, {@code pt1m30s}).
 * Case and surrounding blanks do not matter. Stateless.
 */
public final class DurationSyntax {

    /** The accepted forms, for error messages. */
    public static final String EXAMPLES = "500ms, 10s, 2m, 1h or ISO-8601 such as PT10S";

    private static final Pattern SHORT = Pattern.compile("(\\d{1,12})\\s*(ms|s|m|h)");

    private DurationSyntax() {
    }

    /**
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if the text is in neither form, or is negative
     */
    public static Duration parse(String text) {
        String t = Objects.requireNonNull(text, "text").strip().toLowerCase(Locale.ROOT);
        Matcher m = SHORT.matcher(t);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofHours(n);
            };
        }
        Duration d;
        try {
            d = Duration.parse(t.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be a duration such as " + EXAMPLES + " (got '" + text.strip()
                    + "')", e);
        }
        if (d.isNegative()) {
            throw new IllegalArgumentException("must not be negative (got '" + text.strip() + "')");
        }
        return d;
    }
}
