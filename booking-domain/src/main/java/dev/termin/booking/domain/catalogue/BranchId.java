package dev.termin.booking.domain.catalogue;

import java.util.Objects;

/** Identifies a branch of a company. Immutable; at most 64 characters of letters, digits, '-', '_' or '.'. */
public record BranchId(String value) implements Comparable<BranchId> {

    public BranchId {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[A-Za-z0-9._-]{1,64}")) {
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
