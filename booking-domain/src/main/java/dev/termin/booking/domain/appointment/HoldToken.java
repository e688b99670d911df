package dev.termin.booking.domain.appointment;

import java.util.Objects;
import java.util.UUID;

/** The token of a hold, handed to its owner and needed to confirm or release it. Immutable. */
public record HoldToken(UUID value) {

    public HoldToken {
        Objects.requireNonNull(value, "value");
    }

    /** @throws IllegalArgumentException if {@code text} is not a UUID */
    public static HoldToken parse(String text) {
        return new HoldToken(UUID.fromString(Objects.requireNonNull(text, "text")));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
