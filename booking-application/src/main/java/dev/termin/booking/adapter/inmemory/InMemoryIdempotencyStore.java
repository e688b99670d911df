package dev.termin.booking.adapter.inmemory;

import dev.termin.booking.application.port.out.IdempotencyStore;
import dev.termin.booking.domain.catalogue.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * In-memory {@link IdempotencyStore}. A claim of a key that is absent, or whose record expired ({@code ttl} after
 * its claim) at {@code now}, is {@link Claim.Claimed}. Otherwise a different fingerprint is {@link Claim.Mismatch}
 * (whatever the record's state); the same fingerprint gets {@link Claim.Replay} once completed, or
 * {@link Claim.InFlight} while running, unless it was claimed at least {@code inFlightTimeout} ago, when the new
 * caller takes it over ({@link Claim.Claimed}, with a fresh claim time and expiry). {@link #complete} of a key that
 * is not stored does nothing; {@link #release} forgets only a key still in flight, so a completed response stays
 * replayable. Records stay until {@link #purgeExpired} removes them (the engine calls it periodically). Writes join
 * the storage's transaction.
 *
 * <p>This class is thread-safe; claims are serialised, so a key is claimed by exactly one caller.
 */
public final class InMemoryIdempotencyStore implements IdempotencyStore {

    private final TenantTable<String, Entry> entries;

    InMemoryIdempotencyStore(InMemoryTransactions transactions) {
        this.entries = new TenantTable<>(transactions, this, (tenant, key, current) -> {
        });
    }

    /** @throws IllegalArgumentException if {@code ttl} or {@code inFlightTimeout} is not positive */
    @Override
    public synchronized Claim claim(TenantId tenant, String key, String fingerprint, Instant now, Duration ttl,
            Duration inFlightTimeout) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(now, "now");
        requirePositive(ttl, "ttl");
        requirePositive(inFlightTimeout, "inFlightTimeout");
        Optional<Entry> found = entries.find(tenant, key).filter(e -> e.expiresAt().isAfter(now));
        if (found.isEmpty()) {
            entries.put(tenant, key, Entry.claimed(fingerprint, now, ttl));
            return new Claim.Claimed();
        }
        Entry e = found.get();
        if (!e.fingerprint().equals(fingerprint)) {
            return new Claim.Mismatch();
        }
        if (e.response() != null) {
            return new Claim.Replay(e.response());
        }
        if (!now.isBefore(e.claimedAt().plus(inFlightTimeout))) {
            entries.put(tenant, key, Entry.claimed(fingerprint, now, ttl));
            return new Claim.Claimed();
        }
        return new Claim.InFlight();
    }

    @Override
    public synchronized void complete(TenantId tenant, String key, String response) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(response, "response");
        entries.find(tenant, key).ifPresent(e -> entries.put(tenant, key, e.completed(response)));
    }

    @Override
    public synchronized void release(TenantId tenant, String key) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(key, "key");
        entries.find(tenant, key).filter(e -> e.response() == null).ifPresent(e -> entries.remove(tenant, key));
    }

    @Override
    public synchronized int purgeExpired(Instant now) {
        Objects.requireNonNull(now, "now");
        List<Expired> expired = new ArrayList<>();
        entries.forEachRow((tenant, key, e) -> {
            if (e.expiresAt().isBefore(now)) {
                expired.add(new Expired(tenant, key));
            }
        });
        int purged = 0;
        for (Expired x : expired) {
            if (entries.remove(x.tenant(), x.key())) {
                purged++;
            }
        }
        return purged;
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("'" + name + "' must be positive");
        }
    }

    private record Expired(TenantId tenant, String key) {
    }

    /** One stored key: its request's fingerprint, the response once completed (else null), claim time, expiry. */
    private record Entry(String fingerprint, String response, Instant claimedAt, Instant expiresAt) {

        static Entry claimed(String fingerprint, Instant now, Duration ttl) {
            return new Entry(fingerprint, null, now, now.plus(ttl));
        }

        Entry completed(String value) {
            return new Entry(fingerprint, value, claimedAt, expiresAt);
        }
    }
}
