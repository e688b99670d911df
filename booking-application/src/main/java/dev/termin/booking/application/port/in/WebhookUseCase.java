package dev.termin.booking.application.port.in;

import dev.termin.booking.application.port.out.WebhookDelivery;
import dev.termin.booking.application.port.out.WebhookSubscription;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.result.Result;
import java.util.List;
import java.util.Set;

/**
 * Incoming port for a tenant's outbound webhooks: endpoints with the events they want, their delivery log, and the
 * worker that delivers due events (signed, retried with backoff, an endpoint that keeps failing disabled).
 */
public interface WebhookUseCase {

    /**
     * Registers an endpoint for {@code events} (codes such as {@code appointment.created}); the answer carries the
     * generated signing secret. Fails with {@code invalid_data} for a bad URL or an unknown event.
     */
    Result<WebhookSubscription> register(TenantId tenant, String url, Set<String> events);

    List<WebhookSubscription> list(TenantId tenant);

    /** Enables a disabled endpoint again and resets its failure count; {@code not_found} if unknown. */
    Result<WebhookSubscription> enable(TenantId tenant, String id);

    /** Removes an endpoint; {@code not_found} if unknown. */
    Result<WebhookSubscription> remove(TenantId tenant, String id);

    /** The tenant's most recent deliveries (1 to 500), newest first. */
    List<WebhookDelivery> deliveries(TenantId tenant, int limit);

    /** Attempts up to {@code limit} due deliveries; returns how many were attempted. */
    int deliverDue(int limit);
}
