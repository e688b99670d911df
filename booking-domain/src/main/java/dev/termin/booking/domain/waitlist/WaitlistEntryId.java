package dev.termin.booking.domain.waitlist;

import java.util.Objects;

/** Identifies a waitlist entry. Immutable; at most 64 characters of letters, digits, '-', '_' or '.'. */
public record WaitlistEntryId(String value) implements Comparable<WaitlistEntryId> {

    public WaitlistEntryId {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("'WaitlistEntryId' must be 1 to 64 letters, digits, '-', '_' or '.': " + value);
        }
    }

    public static WaitlistEntryId of(String value) {
        return new WaitlistEntryId(value);
    }

    @Override
    public int compareTo(WaitlistEntryId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
