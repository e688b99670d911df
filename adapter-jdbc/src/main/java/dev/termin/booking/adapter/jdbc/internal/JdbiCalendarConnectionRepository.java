package dev.termin.booking.adapter.jdbc.internal;

import dev.termin.booking.application.port.out.CalendarConnection;
import dev.termin.booking.application.port.out.CalendarConnectionRepository;
import dev.termin.booking.application.port.out.SealedSecret;
import dev.termin.booking.domain.catalogue.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link CalendarConnectionRepository} on the {@code calendar_connection} table, one row per tenant; the secrets
 * are stored as sealed (key id and ciphertext). Thread-safe.
 */
public final class JdbiCalendarConnectionRepository implements CalendarConnectionRepository {

    private static final String COLUMNS = "tenant, base_url, api_key_id, api_key_sealed, webhook_key_id, "
            + "webhook_secret_sealed, event_types, username, updated_at";

    private final Db db;

    public JdbiCalendarConnectionRepository(Db db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public void save(CalendarConnection c) {
        Objects.requireNonNull(c, "connection");
        db.run(h -> {
            h.createUpdate("DELETE FROM calendar_connection WHERE tenant = :tenant")
                    .bind("tenant", c.tenant().value()).execute();
            h.createUpdate("INSERT INTO calendar_connection (" + COLUMNS + ") VALUES (:tenant, :url, :apiKeyId, "
                            + ":apiKey, :webhookKeyId, :webhook, :eventTypes, :username, :at)")
                    .bind("tenant", c.tenant().value())
                    .bind("url", c.baseUrl())
                    .bind("apiKeyId", c.apiKey().keyId())
                    .bind("apiKey", c.apiKey().ciphertext())
                    .bind("webhookKeyId", c.webhookSecret().keyId())
                    .bind("webhook", c.webhookSecret().ciphertext())
                    .bind("eventTypes", Db.text(c.eventTypes()))
                    .bind("username", Db.text(c.username().orElse(null)))
                    .bind("at", Db.ts(c.updatedAt()))
                    .execute();
        });
    }

    @Override
    public Optional<CalendarConnection> find(TenantId tenant) {
        Objects.requireNonNull(tenant, "tenant");
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM calendar_connection WHERE tenant = :tenant")
                .bind("tenant", tenant.value())
                .map((rs, ctx) -> row(rs))
                .findOne());
    }

    @Override
    public List<CalendarConnection> all() {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM calendar_connection ORDER BY tenant")
                .map((rs, ctx) -> row(rs))
                .list());
    }

    @Override
    public boolean delete(TenantId tenant) {
        Objects.requireNonNull(tenant, "tenant");
        return db.write(h -> h.createUpdate("DELETE FROM calendar_connection WHERE tenant = :tenant")
                .bind("tenant", tenant.value()).execute()) > 0;
    }

    private static CalendarConnection row(ResultSet rs) throws SQLException {
        return new CalendarConnection(TenantId.of(rs.getString("tenant")), rs.getString("base_url"),
                new SealedSecret(rs.getString("api_key_id"), rs.getString("api_key_sealed")),
                new SealedSecret(rs.getString("webhook_key_id"), rs.getString("webhook_secret_sealed")),
                Rows.optionalText(rs, "event_types").orElse(""), Rows.optionalText(rs, "username"),
                Rows.instant(rs, "updated_at"));
    }
}
