package dev.termin.booking.application.port.out;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A granted slot lock: key, owner, expiry, and the fencing token of this acquisition when the lock store issues
 * them (tokens grow with every acquisition within one tenant, across keys and expiries, so the newest token of several
 * leases fences every staff member they cover). Immutable.
 */
public record LockLease(LockKey key, String owner, Instant expiresAt, OptionalLong fencingToken) {

    public LockLease {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(fencingToken, "fencingToken");
    }
}
