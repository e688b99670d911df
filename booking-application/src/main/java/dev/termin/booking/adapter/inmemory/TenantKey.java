package dev.termin.booking.adapter.inmemory;

import dev.termin.booking.domain.catalogue.TenantId;
import java.util.Objects;

/** A tenant-scoped key. Immutable. */
record TenantKey<I>(TenantId tenant, I id) {

    TenantKey {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(id, "id");
    }
}
