package dev.termin.booking.adapter.jdbc.internal;

import dev.termin.booking.application.port.out.IdempotencyStore;
import dev.termin.booking.application.port.out.StorageException;
import dev.termin.booking.domain.catalogue.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * {@link IdempotencyStore} on the {@code idempotency} table, unique per (tenant, key). Concurrent first claims are
 * decided by that unique key: {@code INSERT … ON CONFLICT DO NOTHING} on PostgreSQL, a plain insert whose
 * duplicate-key error is caught on H2; the losers then read the winner's row under a row lock. Thread-safe.
 */
public final class JdbiIdempotencyStore implements IdempotencyStore {

    private static final String IN_FLIGHT = "in_flight";
    private static final String COMPLETED = "completed";

    private final Db db;

    public JdbiIdempotencyStore(Db db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    private record Stored(String fingerprint, String state, String response, Instant claimedAt, Instant expiresAt) {
    }

    @Override
    public Claim claim(TenantId tenant, String key, String fingerprint, Instant now, Duration ttl,
            Duration inFlightTimeout) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(ttl, "ttl");
        Objects.requireNonNull(inFlightTimeout, "inFlightTimeout");
        return db.write(h -> {
            for (int attempt = 0; attempt < 5; attempt++) {
                if (tryInsert(h, tenant, key, fingerprint, now, ttl)) {
                    return new Claim.Claimed();
                }
                Optional<Stored> stored = lockRow(h, tenant, key);
                if (stored.isEmpty()) {
                    continue; // released or purged in between: try to insert again
                }
                Stored s = stored.get();
                boolean expired = !s.expiresAt().isAfter(now);
                boolean abandoned = s.state().equals(IN_FLIGHT)
                        && !s.claimedAt().plus(inFlightTimeout).isAfter(now);
                if (expired || abandoned && s.fingerprint().equals(fingerprint)) {
                    takeOver(h, tenant, key, fingerprint, now, ttl, expired);
                    return new Claim.Claimed();
                }
                if (!s.fingerprint().equals(fingerprint)) {
                    return new Claim.Mismatch();
                }
                if (s.state().equals(COMPLETED)) {
                    return new Claim.Replay(s.response() == null ? "" : s.response());
                }
                return new Claim.InFlight();
            }
            throw new StorageException("idempotency key kept changing while it was claimed");
        });
    }

    @Override
    public void complete(TenantId tenant, String key, String response) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(key, "key");
        db.run(h -> h.createUpdate("UPDATE idempotency SET state = 'completed', response = :response "
                        + "WHERE tenant = :tenant AND idem_key = :key")
                .bind("response", Db.text(response == null ? "" : response))
                .bind("tenant", tenant.value())
                .bind("key", key)
                .execute());
    }

    @Override
    public void release(TenantId tenant, String key) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(key, "key");
        db.run(h -> h.createUpdate("DELETE FROM idempotency WHERE tenant = :tenant AND idem_key = :key "
                        + "AND state = 'in_flight'")
                .bind("tenant", tenant.value())
                .bind("key", key)
                .execute());
    }

    @Override
    public int purgeExpired(Instant now) {
        Objects.requireNonNull(now, "now");
        return db.write(h -> h.createUpdate("DELETE FROM idempotency WHERE expires_at < :now")
                .bind("now", Db.ts(now))
                .execute());
    }

    private boolean tryInsert(Handle h, TenantId tenant, String key, String fingerprint, Instant now, Duration ttl) {
        String insert = "INSERT INTO idempotency (tenant, idem_key, fingerprint, state, response, created_at, "
                + "claimed_at, expires_at) VALUES (:tenant, :key, :fingerprint, 'in_flight', NULL, :now, :now, :expires)";
        var update = h.createUpdate(db.dialect() == Dialect.POSTGRESQL
                        ? insert + " ON CONFLICT (tenant, idem_key) DO NOTHING" : insert)
                .bind("tenant", tenant.value())
                .bind("key", Db.text(key))
                .bind("fingerprint", Db.text(fingerprint))
                .bind("now", Db.ts(now))
                .bind("expires", Db.ts(now.plus(ttl)));
        if (db.dialect() == Dialect.POSTGRESQL) {
            return update.execute() == 1;
        }
        if (lockRow(h, tenant, key).isPresent()) {
            return false;
        }
        try {
            return update.execute() == 1;
        } catch (UnableToExecuteStatementException e) {
            if (SqlErrors.UNIQUE_VIOLATION.equals(SqlErrors.state(e))) {
                return false; // another caller inserted it first; H2 failed only this statement
            }
            throw e;
        }
    }

    private static Optional<Stored> lockRow(Handle h, TenantId tenant, String key) {
        return h.createQuery("SELECT fingerprint, state, response, claimed_at, expires_at FROM idempotency "
                        + "WHERE tenant = :tenant AND idem_key = :key FOR UPDATE")
                .bind("tenant", tenant.value())
                .bind("key", key)
                .map((rs, ctx) -> new Stored(rs.getString("fingerprint"), rs.getString("state"),
                        rs.getString("response"), Rows.instant(rs, "claimed_at"), Rows.instant(rs, "expires_at")))
                .findOne();
    }

    private static void takeOver(Handle h, TenantId tenant, String key, String fingerprint, Instant now, Duration ttl,
            boolean fresh) {
        h.createUpdate("UPDATE idempotency SET fingerprint = :fingerprint, state = 'in_flight', response = NULL, "
                        + "claimed_at = :now, expires_at = :expires"
                        + (fresh ? ", created_at = :now" : "") + " WHERE tenant = :tenant AND idem_key = :key")
                .bind("fingerprint", Db.text(fingerprint))
                .bind("now", Db.ts(now))
                .bind("expires", Db.ts(now.plus(ttl)))
                .bind("tenant", tenant.value())
                .bind("key", key)
                .execute();
    }
}
