package dev.termin.booking.domain.customer;

import java.util.Objects;
import java.util.regex.Pattern;

/** An e-mail address, checked for a plausible shape only. Personal data: never log it at info level. */
public record EmailAddress(String value) {

    /** Compiled once: records of this type are made for every stored row and request. */
    private static final Pattern FORM = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public EmailAddress {
        Objects.requireNonNull(value, "value");
        value = value.strip();
        if (value.length() > 254 || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not a valid e-mail address");
        }
    }

    @Override
    public String toString() {
        int at = value.indexOf('@');
        return value.charAt(0) + "***" + value.substring(at);
    }
}
