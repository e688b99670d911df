package dev.termin.booking.domain.catalogue;

import dev.termin.booking.domain.Checks;
import dev.termin.booking.domain.policy.BookingPolicy;
import java.util.Objects;

/**
 * A company: the tenant that owns branches, staff, services and bookings, with its booking policy and scheduling
 * settings (default {@link SchedulingSettings#DEFAULTS}). Immutable.
 */
public record Company(TenantId id, String name, BookingPolicy policy, SchedulingSettings scheduling) {

    public Company {
        Objects.requireNonNull(id, "id");
        name = Checks.text(name, "name", 1, 200);
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(scheduling, "scheduling");
    }

    /** A company with the default scheduling settings. */
    public Company(TenantId id, String name, BookingPolicy policy) {
        this(id, name, policy, SchedulingSettings.DEFAULTS);
    }

    public Company withScheduling(SchedulingSettings settings) {
        return new Company(id, name, policy, settings);
    }
}
