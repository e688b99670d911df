package dev.termin.booking.application.port.in;

import dev.termin.booking.domain.Checks;
import dev.termin.booking.domain.access.TenantAccount;
import java.time.ZoneId;
import java.util.Objects;

/** Open a new tenant with a unique slug (which becomes its id), a display name and a time zone. Immutable. */
public record CreateTenantCommand(String slug, String name, ZoneId zone) {

    public CreateTenantCommand {
        TenantAccount.requireSlug(slug);
        name = Checks.text(name, "name", 1, 200);
        Objects.requireNonNull(zone, "zone");
    }
}
