package dev.termin.booking.domain.customer;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** A phone number in E.164 form ({@code +491512345678}). Personal data: never log it at info level. Immutable. */
public record PhoneNumber(String e164) {

    /** Compiled once: records of this type are made for every stored row and request. */
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-/().]");

    public PhoneNumber {
        Objects.requireNonNull(e164, "e164");
        if (!E164.matcher(e164).matches()) {
            throw new IllegalArgumentException("phone number must be in E.164 form, e.g. +491512345678");
        }
    }

    /**
     * Normalises what people type or say: spaces, dashes, slashes, dots and brackets are dropped; {@code 00} becomes
     * {@code +}; a national number starting with {@code 0} gets {@code defaultCountryCode} (e.g. {@code "49"}).
     * Returns empty when the result is not a plausible E.164 number.
     */
    public static Optional<PhoneNumber> parse(String raw, String defaultCountryCode) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = SEPARATORS.matcher(raw.strip()).replaceAll("");
        if (s.startsWith("00")) {
            s = "+" + s.substring(2);
        } else if (s.startsWith("0")) {
            s = "+" + defaultCountryCode + s.substring(1);
        } else if (!s.startsWith("+")) {
            s = "+" + s;
        }
        String candidate = s;
        return E164.matcher(candidate).matches() ? Optional.of(new PhoneNumber(candidate)) : Optional.empty();
    }

    /** The number with all but the last three digits hidden, safe for logs. */
    public String masked() {
        return "+" + "*".repeat(Math.max(0, e164.length() - 4)) + e164.substring(e164.length() - 3);
    }

    @Override
    public String toString() {
        return masked();
    }
}
