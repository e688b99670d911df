package dev.termin.booking.domain.catalogue;

import dev.termin.booking.domain.Checks;
import dev.termin.booking.domain.policy.BookingPolicy;
import java.util.Objects;

/**
 * A company: the tenant that owns branches, staff, services and bookings, with its booking policy, its scheduling
 * settings (default {@link SchedulingSettings#DEFAULTS}) and how its messages go out (default
 * {@link NotificationSettings#NONE}: the server's sender, no owner address). Immutable.
 */
public record Company(TenantId id, String name, BookingPolicy policy, SchedulingSettings scheduling,
        NotificationSettings notifications) {

    public Company {
        Objects.requireNonNull(id, "id");
        name = Checks.text(name, "name", 1, 200);
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(scheduling, "scheduling");
        Objects.requireNonNull(notifications, "notifications");
    }

    /** A company with the default scheduling and notification settings. */
    public Company(TenantId id, String name, BookingPolicy policy) {
        this(id, name, policy, SchedulingSettings.DEFAULTS, NotificationSettings.NONE);
    }

    /** A company with the default notification settings. */
    public Company(TenantId id, String name, BookingPolicy policy, SchedulingSettings scheduling) {
        this(id, name, policy, scheduling, NotificationSettings.NONE);
    }

    /** A company with the default scheduling settings. */
    public Company(TenantId id, String name, BookingPolicy policy, NotificationSettings notifications) {
        this(id, name, policy, SchedulingSettings.DEFAULTS, notifications);
    }

    public Company withScheduling(SchedulingSettings settings) {
        return new Company(id, name, policy, settings, notifications);
    }
}
