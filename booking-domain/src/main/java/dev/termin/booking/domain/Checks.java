package dev.termin.booking.domain;

import java.time.Duration;
import java.util.Objects;

/** Argument checks shared by the compact constructors of the domain's records. */
public final class Checks {

    private Checks() {
    }

    /**
     * Returns {@code text} stripped of surrounding blanks.
     *
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if the stripped text is shorter than {@code min} or longer than {@code max},
     *     or contains control characters
     */
    public static String text(String text, String name, int min, int max) {
        Objects.requireNonNull(text, name);
        String t = text.strip();
        if (t.length() < min || t.length() > max) {
            throw new IllegalArgumentException("'" + name + "' must be " + min + " to " + max + " characters long");
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\t') {
                throw new IllegalArgumentException("'" + name + "' must not contain control characters");
            }
        }
        return t;
    }

    /** @throws IllegalArgumentException if {@code d} is negative */
    public static Duration notNegative(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative()) {
            throw new IllegalArgumentException("'" + name + "' must not be negative");
        }
        return d;
    }

    /** @throws IllegalArgumentException if {@code d} is zero or negative */
    public static Duration positive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("'" + name + "' must be positive");
        }
        return d;
    }

    /** @throws IllegalArgumentException if {@code d} is not a whole number of minutes */
    public static Duration wholeMinutes(Duration d, String name) {
        if (d.toSeconds() % 60 != 0 || d.toNanosPart() != 0) {
            throw new IllegalArgumentException("'" + name + "' must be a whole number of minutes");
        }
        return d;
    }
}
