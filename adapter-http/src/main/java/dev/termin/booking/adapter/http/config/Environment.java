package dev.termin.booking.adapter.http.config;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Typed, checked access to environment variables: a blank variable counts as unset and keeps the default; a
 * malformed one throws {@link InvalidSettingException} naming it. Immutable and thread-safe (it copies the map).
 */
public final class Environment {

    /** The smallest positive duration, for {@link #duration}'s {@code min}. */
    public static final Duration POSITIVE = Duration.ofNanos(1);

    private final Map<String, String> variables;

    private Environment(Map<String, String> variables) {
        this.variables = Map.copyOf(variables);
    }

    /**
     * The variables of {@code env}, e.g. {@code System.getenv()}.
     *
     * @throws NullPointerException if {@code env} is null
     */
    public static Environment of(Map<String, String> env) {
        return new Environment(Objects.requireNonNull(env, "env"));
    }

    /** The stripped value of {@code name}, empty when unset or blank. */
    public Optional<String> text(String name) {
        String v = variables.get(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    /** The value of {@code name} exactly as set (blanks kept, e.g. in a password), empty text when unset. */
    public String rawOrEmpty(String name) {
        return variables.getOrDefault(name, "");
    }

    /** Whether {@code name} is set to something other than blanks. */
    public boolean isSet(String name) {
        return text(name).isPresent();
    }

    /** @throws InvalidSettingException if {@code name} is unset or blank */
    public String required(String name, String why) {
        return text(name).orElseThrow(() -> new InvalidSettingException(name, "is required " + why));
    }

    /** @throws InvalidSettingException if set to anything but a whole number from {@code min} to {@code max} */
    public long whole(String name, long fallback, long min, long max) {
        Optional<String> v = text(name);
        if (v.isEmpty()) {
            return fallback;
        }
        long n;
        try {
            n = Long.parseLong(v.get());
        } catch (NumberFormatException e) {
            throw new InvalidSettingException(name, "must be a whole number (got '" + v.get() + "')");
        }
        if (n < min || n > max) {
            throw new InvalidSettingException(name, "must be " + range(min, max) + " (got " + n + ")");
        }
        return n;
    }

    /** @throws InvalidSettingException if set to anything but a whole number from {@code min} to {@code max} */
    public int integer(String name, int fallback, int min, int max) {
        return (int) whole(name, fallback, min, max);
    }

    /** @throws InvalidSettingException if set to anything but a decimal number from {@code min} to {@code max} */
    public double decimal(String name, double fallback, double min, double max) {
        Optional<String> v = text(name);
        if (v.isEmpty()) {
            return fallback;
        }
        double d;
        try {
            d = Double.parseDouble(v.get());
        } catch (NumberFormatException e) {
            throw new InvalidSettingException(name, "must be a number (got '" + v.get() + "')");
        }
        if (!(d >= min && d <= max)) {
            throw new InvalidSettingException(name, "must be " + min + " to " + max + " (got " + v.get() + ")");
        }
        return d;
    }

    /**
     * A duration in {@link DurationSyntax}, at least {@code min}.
     *
     * @throws InvalidSettingException if malformed or below {@code min}
     */
    public Duration duration(String name, Duration fallback, Duration min) {
        Optional<String> v = text(name);
        if (v.isEmpty()) {
            return fallback;
        }
        Duration d = check(name, () -> DurationSyntax.parse(v.get()));
        return atLeast(name, d, min, v.get());
    }

    /**
     * Like {@link #duration(String, Duration, Duration)}, also accepting the deprecated {@code legacyMillis}
     * variable: a whole number of milliseconds. Setting both is refused, since one would silently win.
     *
     * @throws InvalidSettingException if malformed, below {@code min}, or both variables are set
     */
    public Duration duration(String name, String legacyMillis, Duration fallback, Duration min) {
        if (isSet(legacyMillis)) {
            if (isSet(name)) {
                throw new InvalidSettingException(legacyMillis, "set either " + name + " or its deprecated alias "
                        + legacyMillis + ", not both");
            }
            Duration d = Duration.ofMillis(whole(legacyMillis, 0, 0, Long.MAX_VALUE));
            return atLeast(legacyMillis, d, min, text(legacyMillis).orElseThrow());
        }
        return duration(name, fallback, min);
    }

    /**
     * Runs {@code read} and names {@code name} in the {@link InvalidSettingException} if it throws an
     * {@link IllegalArgumentException}, e.g. from a record's compact constructor.
     */
    public <T> T check(String name, Supplier<T> read) {
        try {
            return read.get();
        } catch (InvalidSettingException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(name, e.getMessage());
        }
    }

    private static Duration atLeast(String name, Duration d, Duration min, String text) {
        if (d.compareTo(min) < 0) {
            throw new InvalidSettingException(name, (min.equals(POSITIVE) ? "must be positive"
                    : "must be at least " + min.toMillis() + "ms") + " (got " + text + ")");
        }
        return d;
    }

    private static String range(long min, long max) {
        return max == Long.MAX_VALUE || max == Integer.MAX_VALUE ? "at least " + min : min + " to " + max;
    }
}
