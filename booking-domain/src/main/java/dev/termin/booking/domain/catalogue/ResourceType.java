package dev.termin.booking.domain.catalogue;

import dev.termin.booking.domain.Checks;
import java.util.Objects;

/**
 * Equipment or rooms of a branch that services share, with how many units there are: {@code wash-basin} × 3.
 * A unit serves one booking at a time. Immutable.
 */
public record ResourceType(ResourceTypeId id, TenantId tenant, BranchId branch, String name, int count) {

    public ResourceType {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(branch, "branch");
        name = Checks.text(name, "name", 1, 200);
        if (count < 1 || count > 1000) {
            throw new IllegalArgumentException("'count' must be 1 to 1000");
        }
    }
}
