package dev.termin.booking.adapter.mail;

import dev.termin.booking.domain.catalogue.TenantId;
import java.util.Map;
import java.util.Objects;

/**
 * Finds the sender settings of a tenant. Implementations must be thread-safe and answer quickly (they are asked
 * once per message); a tenant without its own settings gets a default.
 */
@FunctionalInterface
public interface SenderDirectory {

    SenderSettings senderFor(TenantId tenant);

    /** Every tenant sends with {@code sender}. */
    static SenderDirectory single(SenderSettings sender) {
        Objects.requireNonNull(sender, "sender");
        return tenant -> sender;
    }

    /** Tenants listed in {@code perTenant} send with their own settings, all others with {@code fallback}. */
    static SenderDirectory of(SenderSettings fallback, Map<TenantId, SenderSettings> perTenant) {
        Objects.requireNonNull(fallback, "fallback");
        Map<TenantId, SenderSettings> copy = Map.copyOf(perTenant);
        return tenant -> copy.getOrDefault(tenant, fallback);
    }
}
