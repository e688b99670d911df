package dev.termin.booking.application.port.in;

import dev.termin.booking.domain.Checks;
import dev.termin.booking.domain.access.Role;
import dev.termin.booking.domain.catalogue.TenantId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Create an API key for {@code tenant} in {@code role}, with a label people recognise, an optional expiry and, for a
 * booking-page key, the browser origins it may be used from. Immutable.
 */
public record CreateKeyCommand(TenantId tenant, Role role, String label, Optional<Instant> expiresAt,
        Set<String> allowedOrigins) {

    public CreateKeyCommand {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(role, "role");
        label = Checks.text(label, "label", 1, 100);
        Objects.requireNonNull(expiresAt, "expiresAt");
        allowedOrigins = Set.copyOf(Objects.requireNonNull(allowedOrigins, "allowedOrigins"));
    }

    /** A key without expiry or origins. */
    public static CreateKeyCommand of(TenantId tenant, Role role, String label) {
        return new CreateKeyCommand(tenant, role, label, Optional.empty(), Set.of());
    }
}
