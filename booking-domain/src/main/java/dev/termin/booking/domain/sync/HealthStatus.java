package dev.termin.booking.domain.sync;

import java.util.Locale;

/** Overall calendar-sync health of a tenant, ordered from best to worst; immutable. */
public enum HealthStatus {
    HEALTHY, DEGRADED, CRITICAL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static HealthStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    /** The worse of this status and {@code other}. */
    public HealthStatus worst(HealthStatus other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
