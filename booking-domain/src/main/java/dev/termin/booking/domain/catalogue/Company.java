package dev.termin.booking.domain.catalogue;

import dev.termin.booking.domain.Checks;
import dev.termin.booking.domain.policy.BookingPolicy;
import java.util.Objects;

/** A company: the tenant that owns branches, staff, services and bookings, with its booking policy. Immutable. */
public record Company(TenantId id, String name, BookingPolicy policy) {

    public Company {
        Objects.requireNonNull(id, "id");
        name = Checks.text(name, "name", 1, 200);
        Objects.requireNonNull(policy, "policy");
    }
}
