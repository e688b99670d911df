package dev.termin.booking.domain.catalogue;

import java.util.Objects;
import java.util.regex.Pattern;

/** Identifies a branch of a company. Immutable; at most 64 characters of letters, digits, '-', '_' or '.'. */
public record BranchId(String value) implements Comparable<BranchId> {

    /** Compiled once: records of this type are made for every stored row and request. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public BranchId {
        Objects.requireNonNull(value, "value");
        if (!ID.matcher(value).matches()) {
            throw new IllegalArgumentException("'BranchId' must be 1 to 64 letters, digits, '-', '_' or '.': " + value);
        }
    }

    public static BranchId of(String value) {
        return new BranchId(value);
    }

    @Override
    public int compareTo(BranchId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
