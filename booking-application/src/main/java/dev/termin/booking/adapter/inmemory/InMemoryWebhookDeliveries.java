package dev.termin.booking.adapter.inmemory;

import dev.termin.booking.application.port.out.WebhookDeliveries;
import dev.termin.booking.application.port.out.WebhookDelivery;
import dev.termin.booking.application.port.out.WebhookSubscription;
import dev.termin.booking.domain.catalogue.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * In-memory {@link WebhookDeliveries}. Writes take effect at once (they do not join a transaction: the engine
 * publishes events after the change they describe committed). Endpoints are listed in the order they were first
 * saved; the delivery log keeps every delivery.
 *
 * <p>This class is thread-safe: all operations are serialised on the instance.
 */
public final class InMemoryWebhookDeliveries implements WebhookDeliveries {

    private final Map<TenantKey<String>, WebhookSubscription> subscriptions = new LinkedHashMap<>();
    private final Map<UUID, WebhookDelivery> deliveries = new LinkedHashMap<>();
    private final Map<UUID, Instant> leases = new HashMap<>();

    public InMemoryWebhookDeliveries() {
    }

    @Override
    public synchronized void save(WebhookSubscription subscription) {
        Objects.requireNonNull(subscription, "subscription");
        subscriptions.put(new TenantKey<>(subscription.tenant(), subscription.id()), subscription);
    }

    @Override
    public synchronized Optional<WebhookSubscription> find(TenantId tenant, String id) {
        return Optional.ofNullable(subscriptions.get(new TenantKey<>(tenant, id)));
    }

    @Override
    public synchronized List<WebhookSubscription> subscriptions(TenantId tenant) {
        Objects.requireNonNull(tenant, "tenant");
        return subscriptions.values().stream().filter(s -> s.tenant().equals(tenant)).toList();
    }

    @Override
    public synchronized void delete(TenantId tenant, String id) {
        subscriptions.remove(new TenantKey<>(tenant, id));
    }

    @Override
    public synchronized void enqueue(WebhookDelivery delivery) {
        Objects.requireNonNull(delivery, "delivery");
        deliveries.put(delivery.id(), delivery);
    }

    /** @throws IllegalArgumentException if {@code lease} is not positive */
    @Override
    public synchronized List<WebhookDelivery> claimDue(Instant now, int limit, Duration lease) {
        Objects.requireNonNull(now, "now");
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("'lease' must be positive");
        }
        List<WebhookDelivery> due = deliveries.values().stream()
                .filter(d -> d.status() == WebhookDelivery.Status.PENDING && !d.nextAttemptAt().isAfter(now))
                .filter(d -> !leases.getOrDefault(d.id(), Instant.MIN).isAfter(now))
                .sorted(Comparator.comparing(WebhookDelivery::createdAt).thenComparing(WebhookDelivery::id))
                .limit(Math.max(0, limit)).toList();
        due.forEach(d -> leases.put(d.id(), now.plus(lease)));
        return new ArrayList<>(due);
    }

    @Override
    public synchronized void update(WebhookDelivery delivery) {
        Objects.requireNonNull(delivery, "delivery");
        if (deliveries.containsKey(delivery.id())) {
            deliveries.put(delivery.id(), delivery);
            leases.remove(delivery.id());
        }
    }

    @Override
    public synchronized List<WebhookDelivery> recent(TenantId tenant, int limit) {
        Objects.requireNonNull(tenant, "tenant");
        return deliveries.values().stream().filter(d -> d.tenant().equals(tenant))
                .sorted(Comparator.comparing(WebhookDelivery::createdAt).reversed()).limit(Math.max(0, limit))
                .toList();
    }
}
