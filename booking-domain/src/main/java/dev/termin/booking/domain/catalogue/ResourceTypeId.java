package dev.termin.booking.domain.catalogue;

import java.util.Objects;

/**
 * Identifies a type of resource in a branch ({@code wash-basin}). Immutable; at most 64 characters of letters,
 * digits, '-', '_' or '.'.
 */
public record ResourceTypeId(String value) implements Comparable<ResourceTypeId> {

    public ResourceTypeId {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("'ResourceTypeId' must be 1 to 64 letters, digits, '-', '_' or '.': "
                    + value);
        }
    }

    public static ResourceTypeId of(String value) {
        return new ResourceTypeId(value);
    }

    @Override
    public int compareTo(ResourceTypeId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
