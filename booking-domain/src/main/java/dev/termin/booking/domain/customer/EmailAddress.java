package dev.termin.booking.domain.customer;

import java.util.Objects;

/** An e-mail address, checked for a plausible shape only. Personal data: never log it at info level. */
public record EmailAddress(String value) {

    public EmailAddress {
        Objects.requireNonNull(value, "value");
        value = value.strip();
        if (value.length() > 254 || !value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new IllegalArgumentException("not a valid e-mail address");
        }
    }

    @Override
    public String toString() {
        int at = value.indexOf('@');
        return value.charAt(0) + "***" + value.substring(at);
    }
}
