package dev.termin.booking.domain.catalogue;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Identifies a type of resource in a branch ({@code wash-basin}). Immutable; at most 64 characters of letters,
 * digits, '-', '_' or '.'.
 */
public record ResourceTypeId(String value) implements Comparable<ResourceTypeId> {

    /** Compiled once: records of this type are made for every stored row and request. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public ResourceTypeId {
        Objects.requireNonNull(value, "value");
        if (!ID.matcher(value).matches()) {
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
