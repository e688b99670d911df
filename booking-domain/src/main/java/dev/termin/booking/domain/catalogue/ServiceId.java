package dev.termin.booking.domain.catalogue;

import java.util.Objects;
import java.util.regex.Pattern;

/** Identifies a bookable service. Immutable; at most 64 characters of letters, digits, '-', '_' or '.'. */
public record ServiceId(String value) implements Comparable<ServiceId> {

    /** Compiled once: records of this type are made for every stored row and request. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public ServiceId {
        Objects.requireNonNull(value, "value");
        if (!ID.matcher(value).matches()) {
            throw new IllegalArgumentException("'ServiceId' must be 1 to 64 letters, digits, '-', '_' or '.': " + value);
        }
    }

    public static ServiceId of(String value) {
        return new ServiceId(value);
    }

    @Override
    public int compareTo(ServiceId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
