package dev.termin.booking.domain.catalogue;

import java.util.Locale;

/** Why a date is blocked; reported in explanations and stored with a stable lowercase code. */
public enum HolidayType {
    PUBLIC_HOLIDAY, COMPANY_HOLIDAY, MAINTENANCE, TRAINING, OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException for an unknown code */
    public static HolidayType fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
