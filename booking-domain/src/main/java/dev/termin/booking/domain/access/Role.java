package dev.termin.booking.domain.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The roles a tenant hands out, each with its stable {@link #code()} (API, configuration, JWT role claim) and the
 * short {@link #tag()} that a key of the role carries in its readable prefix. What each role may do is in
 * {@link RolePermissions}.
 */
public enum Role {
    /** Everything for the tenant, including keys, company policy, catalogue deletion, overrides and the audit log. */
    OWNER("owner", "own"),
    /** Front desk and staff: all appointments and customers of the tenant. */
    DESK("desk", "desk"),
    /** The phone assistant: phone endpoints, availability, holds, booking; only the caller's own appointments. */
    ASSISTANT("assistant", "asst"),
    /** A publishable key, safe in a browser: public catalogue, availability, holds, confirm; never lists. */
    BOOKING_PAGE("booking-page", "page"),
    /** Read-only: appointments without contact details, sync health, metrics. */
    VIEWER("viewer", "view");

    private final String code;
    private final String tag;

    Role(String code, String tag) {
        this.code = code;
        this.tag = tag;
    }

    /** The stable lowercase name ({@code booking-page}). */
    public String code() {
        return code;
    }

    /** The tag in a key's readable prefix ({@code termin_page_…}). */
    public String tag() {
        return tag;
    }

    /** The role named {@code code} (case-insensitive; {@code booking_page} is accepted for {@code booking-page}). */
    public static Optional<Role> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(r -> r.code.equals(c)).findFirst();
    }

    @Override
    public String toString() {
        return code;
    }
}
