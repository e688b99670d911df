package dev.termin.booking.domain.catalogue;

import dev.termin.booking.domain.Checks;
import dev.termin.booking.domain.calendar.OpeningHours;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A branch of a company with its time zone and opening hours. An inactive branch is kept for history (its
 * appointments still work) but offers no times. Immutable.
 */
public record Branch(BranchId id, TenantId tenant, String name, ZoneId zone, OpeningHours openingHours,
        boolean active) {

    public Branch {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        name = Checks.text(name, "name", 1, 200);
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(openingHours, "openingHours");
    }

    /** An active branch. */
    public Branch(BranchId id, TenantId tenant, String name, ZoneId zone, OpeningHours openingHours) {
        this(id, tenant, name, zone, openingHours, true);
    }

    public Branch withOpeningHours(OpeningHours hours) {
        return new Branch(id, tenant, name, zone, hours, active);
    }

    /** This branch, kept but no longer bookable. */
    public Branch deactivated() {
        return new Branch(id, tenant, name, zone, openingHours, false);
    }
}
