package dev.termin.booking.domain.access;

import dev.termin.booking.domain.Checks;
import dev.termin.booking.domain.catalogue.TenantId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One line of a tenant's audit log: who ({@code actor} as {@link Credential#actor()} and the role, if any), did
 * what ({@code action}, such as {@code key.create}), to what ({@code target}, an id, never personal data), when, and
 * the request's correlation id (empty when there was none). Immutable.
 */
public record AuditEntry(
        TenantId tenant, Instant at, String actor, Optional<Role> role, String action, String target,
        String correlationId) {

    private static final Pattern ACTION = Pattern.compile("[a-z0-9_.-]{1,64}");

    public AuditEntry {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(at, "at");
        actor = Checks.text(actor, "actor", 1, 300);
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(action, "action");
        if (!ACTION.matcher(action).matches()) {
            throw new IllegalArgumentException("'action' must be 1 to 64 lowercase letters, digits, '.', '_' or '-'");
        }
        target = Checks.text(target, "target", 0, 200);
        correlationId = Checks.text(correlationId, "correlationId", 0, 128);
    }

    /** An entry for {@code principal}'s action. */
    public static AuditEntry of(Principal principal, TenantId tenant, Instant at, String action, String target,
            String correlationId) {
        Objects.requireNonNull(principal, "principal");
        return new AuditEntry(tenant, at, principal.credential().actor(), principal.memberRole(), action, target,
                correlationId);
    }
}
