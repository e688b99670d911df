package dev.termin.booking.adapter.jdbc.internal;

import dev.termin.booking.application.port.out.ManageTokenRepository;
import dev.termin.booking.domain.access.ManageGrant;
import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.catalogue.TenantId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** {@link ManageTokenRepository} on the {@code manage_token} table, keyed by the token's hash. Thread-safe. */
public final class JdbiManageTokenRepository implements ManageTokenRepository {

    private final Db db;

    public JdbiManageTokenRepository(Db db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public boolean add(String tokenHash, ManageGrant grant) {
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(grant, "grant");
        return db.write(h -> UniqueInserts.insert(db.dialect(), h, "INSERT INTO manage_token (token_hash, tenant, "
                        + "appointment_id, expires_at) VALUES (:hash, :tenant, :appointment, :expires)",
                u -> u.bind("hash", Db.text(tokenHash))
                        .bind("tenant", grant.tenant().value())
                        .bind("appointment", grant.appointment().value())
                        .bind("expires", Db.ts(grant.expiresAt()))));
    }

    @Override
    public Optional<ManageGrant> find(String tokenHash) {
        Objects.requireNonNull(tokenHash, "tokenHash");
        return db.read(h -> h.createQuery("SELECT tenant, appointment_id, expires_at FROM manage_token "
                        + "WHERE token_hash = :hash")
                .bind("hash", Db.text(tokenHash))
                .map((rs, ctx) -> new ManageGrant(TenantId.of(rs.getString("tenant")),
                        AppointmentId.of(rs.getString("appointment_id")), Rows.instant(rs, "expires_at")))
                .findOne());
    }

    @Override
    public int extend(TenantId tenant, AppointmentId appointment, Instant expiresAt) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(appointment, "appointment");
        Objects.requireNonNull(expiresAt, "expiresAt");
        return db.write(h -> h.createUpdate("UPDATE manage_token SET expires_at = :expires "
                        + "WHERE tenant = :tenant AND appointment_id = :appointment")
                .bind("expires", Db.ts(expiresAt))
                .bind("tenant", tenant.value())
                .bind("appointment", appointment.value())
                .execute());
    }

    @Override
    public int purgeExpired(Instant now) {
        Objects.requireNonNull(now, "now");
        return db.write(h -> h.createUpdate("DELETE FROM manage_token WHERE expires_at < :now")
                .bind("now", Db.ts(now)).execute());
    }
}
