package dev.termin.booking.domain.catalogue;

import java.util.Objects;
import java.util.regex.Pattern;

/** Identifies a company (tenant); every read and write is scoped by it. Immutable; at most 64 characters of letters, digits, '-', '_' or '.'. */
public record TenantId(String value) implements Comparable<TenantId> {

    /** Compiled once: records of this type are made for every stored row and request. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public TenantId {
        Objects.requireNonNull(value, "value");
        if (!ID.matcher(value).matches()) {
            throw new IllegalArgumentException("'TenantId' must be 1 to 64 letters, digits, '-', '_' or '.': " + value);
        }
    }

    public static TenantId of(String value) {
        return new TenantId(value);
    }

    @Override
    public int compareTo(TenantId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
