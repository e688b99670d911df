package dev.termin.booking.application.port.out;

import dev.termin.booking.domain.catalogue.TenantId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One event on its way to one endpoint, and its log: the exact JSON body (signed as it is), the attempts so far,
 * when the next is due, the last HTTP status or network error, and the outcome. Immutable.
 */
public record WebhookDelivery(UUID id, TenantId tenant, String subscription, WebhookEvent event, String body,
        Status status, int attempts, Instant nextAttemptAt, Optional<Integer> lastStatusCode,
        Optional<String> lastError, Instant createdAt, Optional<Instant> finishedAt) {

    /** Where a delivery stands. */
    public enum Status {
        /** Not yet accepted by the endpoint; due at {@code nextAttemptAt}. */
        PENDING,
        /** The endpoint answered 2xx. */
        DELIVERED,
        /** Given up: out of attempts, or the endpoint was disabled or removed. */
        FAILED
    }

    public WebhookDelivery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(subscription, "subscription");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        Objects.requireNonNull(lastStatusCode, "lastStatusCode");
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
    }

    /** A new delivery, due at once. */
    public static WebhookDelivery of(UUID id, WebhookSubscription to, WebhookEvent event, String body, Instant now) {
        return new WebhookDelivery(id, to.tenant(), to.id(), event, body, Status.PENDING, 0, now, Optional.empty(),
                Optional.empty(), now, Optional.empty());
    }

    /** This delivery after one more attempt, with its new status and due time. */
    public WebhookDelivery attempted(Status next, Instant due, Optional<Integer> code, Optional<String> error,
            Instant now) {
        return new WebhookDelivery(id, tenant, subscription, event, body, next, attempts + 1, due, code, error,
                createdAt, next == Status.PENDING ? Optional.empty() : Optional.of(now));
    }
}
