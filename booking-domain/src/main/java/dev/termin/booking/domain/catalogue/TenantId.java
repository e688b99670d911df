package dev.termin.booking.domain.catalogue;

import java.util.Objects;

/** Identifies a company (tenant); every read and write is scoped by it. Immutable; at most 64 characters of letters, digits, '-', '_' or '.'. */
public record TenantId(String value) implements Comparable<TenantId> {

    public TenantId {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[A-Za-z0-9._-]{1,64}")) {
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
