package dev.termin.booking.domain.catalogue;

import dev.termin.booking.domain.Checks;
import dev.termin.booking.domain.calendar.OpeningHours;
import java.time.ZoneId;
import java.util.Objects;

/** A branch of a company with its time zone and opening hours. Immutable. */
public record Branch(BranchId id, TenantId tenant, String name, ZoneId zone, OpeningHours openingHours) {

    public Branch {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        name = Checks.text(name, "name", 1, 200);
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(openingHours, "openingHours");
    }

    public Branch withOpeningHours(OpeningHours hours) {
        return new Branch(id, tenant, name, zone, hours);
    }
}
