package dev.termin.booking.application.port.out;

import dev.termin.booking.domain.catalogue.TenantId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One tenant's connection to its external calendar account (Cal.com): API root, the API key and the webhook secret
 * (both sealed by the server), the staff/service event-type mapping in its compact text form, the account's
 * username, and when it was last changed. Immutable.
 */
public record CalendarConnection(TenantId tenant, String baseUrl, SealedSecret apiKey, SealedSecret webhookSecret,
        String eventTypes, Optional<String> username, Instant updatedAt) {

    public CalendarConnection {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (!baseUrl.matches("https?://\\S{1,490}")) {
            throw new IllegalArgumentException("baseUrl must be an http(s) URL of at most 500 characters");
        }
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(webhookSecret, "webhookSecret");
        Objects.requireNonNull(eventTypes, "eventTypes");
        if (eventTypes.length() > 4000) {
            throw new IllegalArgumentException("eventTypes must be at most 4000 characters");
        }
        Objects.requireNonNull(username, "username");
        username = username.filter(u -> !u.isBlank());
        if (username.map(u -> u.length() > 100).orElse(false)) {
            throw new IllegalArgumentException("username must be at most 100 characters");
        }
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** The same connection with both secrets sealed anew. */
    public CalendarConnection withSecrets(SealedSecret newApiKey, SealedSecret newWebhookSecret, Instant at) {
        return new CalendarConnection(tenant, baseUrl, newApiKey, newWebhookSecret, eventTypes, username, at);
    }
}
