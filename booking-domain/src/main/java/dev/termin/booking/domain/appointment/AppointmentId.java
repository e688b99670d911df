package dev.termin.booking.domain.appointment;

import java.util.Objects;
import java.util.regex.Pattern;

/** Identifies an appointment. Immutable; at most 64 characters of letters, digits, '-', '_' or '.'. */
public record AppointmentId(String value) implements Comparable<AppointmentId> {

    /** Compiled once: records of this type are made for every stored row and request. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public AppointmentId {
        Objects.requireNonNull(value, "value");
        if (!ID.matcher(value).matches()) {
            throw new IllegalArgumentException("'AppointmentId' must be 1 to 64 letters, digits, '-', '_' or '.': " + value);
        }
    }

    public static AppointmentId of(String value) {
        return new AppointmentId(value);
    }

    @Override
    public int compareTo(AppointmentId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
