package dev.termin.booking.adapter.calcom.internal;

/**
 * The {@code cal-api-version} header of each Cal.com API v2 endpoint family. Without it an endpoint falls back to an
 * older version with other shapes, so every request carries the one of its family.
 */
public enum ApiVersion {
    BOOKINGS("2024-08-13"),
    SLOTS("2024-09-04"),
    EVENT_TYPES("2024-06-14");

    /** The header name. */
    public static final String HEADER = "cal-api-version";

    private final String value;

    ApiVersion(String value) {
        this.value = value;
    }

    /** The header value, e.g. {@code 2024-08-13}. */
    public String value() {
        return value;
    }
}
