package dev.termin.booking.domain.catalogue;

import dev.termin.booking.domain.Checks;
import dev.termin.booking.domain.policy.BookingPolicy;
import java.util.Objects;

/**
 * A company: the tenant that owns branches, staff, services and bookings, with its booking policy and how its
 * messages go out. Immutable.
 */
public record Company(TenantId id, String name, BookingPolicy policy, NotificationSettings notifications) {

    public Company {
        Objects.requireNonNull(id, "id");
        name = Checks.text(name, "name", 1, 200);
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(notifications, "notifications");
    }

    /** A company that sends with the server's sender and has no owner address ({@link NotificationSettings#NONE}). */
    public Company(TenantId id, String name, BookingPolicy policy) {
        this(id, name, policy, NotificationSettings.NONE);
    }
}
