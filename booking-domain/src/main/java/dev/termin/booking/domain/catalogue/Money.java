package dev.termin.booking.domain.catalogue;

import java.util.Objects;
import java.util.regex.Pattern;

/** An amount in minor units (cents) of an ISO 4217 currency. Immutable. */
public record Money(long minorUnits, String currency) {

    /** Compiled once: records of this type are made for every stored row and request. */
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    public Money {
        Objects.requireNonNull(currency, "currency");
        if (minorUnits < 0) {
            throw new IllegalArgumentException("price must not be negative");
        }
        if (!CURRENCY.matcher(currency).matches()) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code such as EUR");
        }
    }

    public static Money euros(long euros) {
        return new Money(euros * 100, "EUR");
    }
}
