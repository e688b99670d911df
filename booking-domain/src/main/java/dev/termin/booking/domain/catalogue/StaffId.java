package dev.termin.booking.domain.catalogue;

import java.util.Objects;
import java.util.regex.Pattern;

/** Identifies a staff member. Immutable; at most 64 characters of letters, digits, '-', '_' or '.'. */
public record StaffId(String value) implements Comparable<StaffId> {

    /** Compiled once: records of this type are made for every stored row and request. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public StaffId {
        Objects.requireNonNull(value, "value");
        if (!ID.matcher(value).matches()) {
            throw new IllegalArgumentException("'StaffId' must be 1 to 64 letters, digits, '-', '_' or '.': " + value);
        }
    }

    public static StaffId of(String value) {
        return new StaffId(value);
    }

    @Override
    public int compareTo(StaffId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
