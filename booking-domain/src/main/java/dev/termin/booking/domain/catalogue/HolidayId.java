package dev.termin.booking.domain.catalogue;

import java.util.Objects;
import java.util.regex.Pattern;

/** Identifies a holiday or blackout entry. Immutable; at most 64 characters of letters, digits, '-', '_' or '.'. */
public record HolidayId(String value) implements Comparable<HolidayId> {

    /** Compiled once: records of this type are made for every stored row and request. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public HolidayId {
        Objects.requireNonNull(value, "value");
        if (!ID.matcher(value).matches()) {
            throw new IllegalArgumentException("'HolidayId' must be 1 to 64 letters, digits, '-', '_' or '.': " + value);
        }
    }

    public static HolidayId of(String value) {
        return new HolidayId(value);
    }

    @Override
    public int compareTo(HolidayId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
