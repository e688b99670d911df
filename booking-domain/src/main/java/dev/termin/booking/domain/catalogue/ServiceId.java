package dev.termin.booking.domain.catalogue;

import java.util.Objects;

/** Identifies a bookable service. Immutable; at most 64 characters of letters, digits, '-', '_' or '.'. */
public record ServiceId(String value) implements Comparable<ServiceId> {

    public ServiceId {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[A-Za-z0-9._-]{1,64}")) {
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
