package dev.termin.booking.application.port.out;

import dev.termin.booking.domain.catalogue.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Outgoing port storing webhook endpoints and their deliveries. Writes join the caller's transaction when the
 * storage shares it. {@link #claimDue} never hands one delivery to two workers while its lease runs.
 * Implementations are thread-safe.
 */
public interface WebhookDeliveries {

    /** Inserts or replaces the endpoint with this tenant and id. */
    void save(WebhookSubscription subscription);

    Optional<WebhookSubscription> find(TenantId tenant, String id);

    /** The tenant's endpoints, oldest first. */
    List<WebhookSubscription> subscriptions(TenantId tenant);

    /** Removes the endpoint; its pending deliveries are left for the worker to mark failed. */
    void delete(TenantId tenant, String id);

    void enqueue(WebhookDelivery delivery);

    /** Up to {@code limit} pending deliveries due at {@code now}, oldest first, hidden from others for {@code lease}. */
    List<WebhookDelivery> claimDue(Instant now, int limit, Duration lease);

    /** Stores a delivery after an attempt (status, attempts, next due time, last result); ends its lease. */
    void update(WebhookDelivery delivery);

    /** The tenant's most recent deliveries, newest first: the delivery log. */
    List<WebhookDelivery> recent(TenantId tenant, int limit);
}
