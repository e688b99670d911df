package dev.termin.booking.application.port.out;

import dev.termin.booking.domain.catalogue.TenantId;
import java.time.Duration;
import java.time.Instant;

/**
 * Outgoing port for idempotency records: a client's key, the fingerprint of its request, and the stored response.
 * Keys are scoped by tenant and live for a time to live (24 h by default in the engine). Implementations are
 * thread-safe; a key is claimed by exactly one caller.
 */
public interface IdempotencyStore {

    /** The answer to a claim. */
    sealed interface Claim permits Claim.Claimed, Claim.Replay, Claim.Mismatch, Claim.InFlight {
        /** The caller owns the key and must {@link #complete} or {@link #release} it. */
        record Claimed() implements Claim {
        }

        /** The same request ran before; here is its response. */
        record Replay(String response) implements Claim {
        }

        /** The key was used with a different request. */
        record Mismatch() implements Claim {
        }

        /** The first request with this key is still running. */
        record InFlight() implements Claim {
        }
    }

    /**
     * Claims {@code key} for a request with {@code fingerprint}. A claim left in flight longer than
     * {@code inFlightTimeout} (its caller died) may be taken over.
     */
    Claim claim(TenantId tenant, String key, String fingerprint, Instant now, Duration ttl, Duration inFlightTimeout);

    /** Stores the response of a claimed key. */
    void complete(TenantId tenant, String key, String response);

    /** Forgets a claimed key whose request failed unexpectedly, so that a retry runs again. */
    void release(TenantId tenant, String key);

    /** Deletes records that expired before {@code now}; returns how many. */
    int purgeExpired(Instant now);
}
