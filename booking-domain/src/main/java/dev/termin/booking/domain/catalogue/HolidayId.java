package dev.termin.booking.domain.catalogue;

import java.util.Objects;

/** Identifies a holiday or blackout entry. Immutable; at most 64 characters of letters, digits, '-', '_' or '.'. */
public record HolidayId(String value) implements Comparable<HolidayId> {

    public HolidayId {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[A-Za-z0-9._-]{1,64}")) {
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
