package dev.termin.booking.application.port.out;

import dev.termin.booking.domain.catalogue.TenantId;
import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A tenant's webhook endpoint: where events go, which events, the secret payloads are signed with, and whether it
 * is still enabled ({@code consecutiveFailures} counts failed attempts since the last success; reaching the limit
 * disables it, with the reason). Immutable.
 */
public record WebhookSubscription(String id, TenantId tenant, URI url, Set<WebhookEvent> events, String secret,
        boolean enabled, int consecutiveFailures, Optional<String> disabledReason, Instant createdAt) {

    public WebhookSubscription {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(url, "url");
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!url.isAbsolute() || !(scheme.equals("https") || scheme.equals("http")) || url.getHost() == null
                || url.toString().length() > 2000) {
            throw new IllegalArgumentException("'url' must be an absolute http(s) URL of at most 2000 characters");
        }
        events = Set.copyOf(events);
        if (events.isEmpty()) {
            throw new IllegalArgumentException("'events' must name at least one event");
        }
        Objects.requireNonNull(secret, "secret");
        if (consecutiveFailures < 0) {
            throw new IllegalArgumentException("'consecutiveFailures' must not be negative");
        }
        Objects.requireNonNull(disabledReason, "disabledReason");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean wants(WebhookEvent event) {
        return enabled && events.contains(event);
    }

    /** After a delivered attempt: the failure count starts again. */
    public WebhookSubscription succeeded() {
        return new WebhookSubscription(id, tenant, url, events, secret, enabled, 0, disabledReason, createdAt);
    }

    /** After a failed attempt; disabled with {@code reason} when the count reaches {@code limit}. */
    public WebhookSubscription failed(int limit, String reason) {
        int failures = consecutiveFailures + 1;
        boolean off = failures >= limit;
        return new WebhookSubscription(id, tenant, url, events, secret, enabled && !off, failures,
                off ? Optional.of(reason) : disabledReason, createdAt);
    }
}
