package dev.termin.booking.domain.access;

import dev.termin.booking.domain.Checks;
import dev.termin.booking.domain.catalogue.TenantId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What is known about an API key besides its secret (which is never stored, only its hash): owner tenant, role,
 * label, when it was created and last used, an optional expiry, when it was revoked, and the browser origins a
 * {@link Role#BOOKING_PAGE} key may be used from (empty: no browser origin is granted). {@code displayPrefix} is the
 * start of the secret ({@code termin_page_AbC1}) so people can tell their keys apart. Immutable.
 */
public record ApiKey(
        ApiKeyId id,
        TenantId tenant,
        Role role,
        String label,
        Instant created,
        Optional<Instant> lastUsed,
        Optional<Instant> expiresAt,
        Optional<Instant> revokedAt,
        Set<String> allowedOrigins,
        String displayPrefix) {

    /** A browser origin: scheme, host and optional port, lowercase, no path. */
    private static final Pattern ORIGIN = Pattern.compile("https?://[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?(:[0-9]{1,5})?");

    public ApiKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(role, "role");
        label = Checks.text(label, "label", 1, 100);
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(lastUsed, "lastUsed");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(revokedAt, "revokedAt");
        allowedOrigins = Set.copyOf(Objects.requireNonNull(allowedOrigins, "allowedOrigins"));
        displayPrefix = Checks.text(displayPrefix, "displayPrefix", 1, 32);
        if (expiresAt.isPresent() && !expiresAt.get().isAfter(created)) {
            throw new IllegalArgumentException("'expiresAt' must be after 'created'");
        }
        if (!allowedOrigins.isEmpty() && role != Role.BOOKING_PAGE) {
            throw new IllegalArgumentException("only booking-page keys have allowed origins");
        }
        if (allowedOrigins.size() > 20) {
            throw new IllegalArgumentException("'allowedOrigins' must list at most 20 origins");
        }
        for (String origin : allowedOrigins) {
            if (!ORIGIN.matcher(origin).matches()) {
                throw new IllegalArgumentException(
                        "an allowed origin must look like https://shop.example.com[:port] in lowercase, no path");
            }
        }
    }

    /** Whether the key is accepted at {@code now}: revocation wins over expiry; it expires at its expiry instant. */
    public KeyStatus status(Instant now) {
        Objects.requireNonNull(now, "now");
        if (revokedAt.isPresent()) {
            return KeyStatus.REVOKED;
        }
        if (expiresAt.isPresent() && !now.isBefore(expiresAt.get())) {
            return KeyStatus.EXPIRED;
        }
        return KeyStatus.ACTIVE;
    }

    /** Whether a browser at {@code origin} may use this key (exact match of the lowercase origin). */
    public boolean allowsOrigin(String origin) {
        return origin != null && allowedOrigins.contains(origin);
    }

    /** This key revoked at {@code at}; a key revoked before keeps its first revocation time. */
    public ApiKey revoked(Instant at) {
        Objects.requireNonNull(at, "at");
        return revokedAt.isPresent() ? this : new ApiKey(id, tenant, role, label, created, lastUsed, expiresAt,
                Optional.of(at), allowedOrigins, displayPrefix);
    }

    /** This key last used at {@code at}; an earlier time than the one known leaves it unchanged. */
    public ApiKey usedAt(Instant at) {
        Objects.requireNonNull(at, "at");
        if (lastUsed.isPresent() && !at.isAfter(lastUsed.get())) {
            return this;
        }
        return new ApiKey(id, tenant, role, label, created, Optional.of(at), expiresAt, revokedAt, allowedOrigins,
                displayPrefix);
    }
}
