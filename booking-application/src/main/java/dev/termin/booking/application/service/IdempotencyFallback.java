package dev.termin.booking.application.service;

import dev.termin.booking.application.port.out.IdempotencyStore;
import dev.termin.booking.application.port.out.InfrastructureException;
import dev.termin.booking.domain.catalogue.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Idempotency records in a primary store (Redis) and, while it cannot be reached, in a fallback store (the
 * database). A claim remembers which store granted it, so that its completion or release goes to the same store
 * even when the primary comes back in between. A key first used during an outage lives in the fallback only: a
 * retry of it after the outage runs again (the database's own guarantees still forbid a double booking). Thread-safe.
 */
final class IdempotencyFallback implements IdempotencyStore {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyFallback.class);

    private final IdempotencyStore primary;
    private final IdempotencyStore fallback;
    private final Map<String, IdempotencyStore> claimedIn = new ConcurrentHashMap<>();

    IdempotencyFallback(IdempotencyStore primary, IdempotencyStore fallback) {
        this.primary = primary;
        this.fallback = fallback;
    }

    @Override
    public Claim claim(TenantId tenant, String key, String fingerprint, Instant now, Duration ttl,
            Duration inFlightTimeout) {
        IdempotencyStore used = primary;
        Claim claim;
        try {
            claim = primary.claim(tenant, key, fingerprint, now, ttl, inFlightTimeout);
        } catch (InfrastructureException e) {
            log.warn("idempotency store unavailable, keeping the key in the database: {}", e.getMessage());
            used = fallback;
            claim = fallback.claim(tenant, key, fingerprint, now, ttl, inFlightTimeout);
        }
        if (claim instanceof Claim.Claimed) {
            claimedIn.put(id(tenant, key), used);
        }
        return claim;
    }

    @Override
    public void complete(TenantId tenant, String key, String response) {
        claimedIn.getOrDefault(id(tenant, key), primary).complete(tenant, key, response);
        claimedIn.remove(id(tenant, key));
    }

    @Override
    public void release(TenantId tenant, String key) {
        IdempotencyStore used = claimedIn.remove(id(tenant, key));
        (used == null ? primary : used).release(tenant, key);
    }

    @Override
    public int purgeExpired(Instant now) {
        return fallback.purgeExpired(now);
    }

    private static String id(TenantId tenant, String key) {
        return tenant.value() + "\u001f" + key;
    }
}
