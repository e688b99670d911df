package dev.termin.booking.application.port.in;

import dev.termin.booking.domain.access.TenantAccount;
import java.util.Objects;

/** A tenant just opened and its first owner key (shown once). Immutable. */
public record CreatedTenant(TenantAccount account, IssuedKey ownerKey) {

    public CreatedTenant {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(ownerKey, "ownerKey");
    }
}
