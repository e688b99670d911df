package dev.termin.booking.adapter.jdbc.internal;

import dev.termin.booking.application.port.out.WebhookDeliveries;
import dev.termin.booking.application.port.out.WebhookDelivery;
import dev.termin.booking.application.port.out.WebhookEvent;
import dev.termin.booking.application.port.out.WebhookSubscription;
import dev.termin.booking.domain.catalogue.TenantId;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@link WebhookDeliveries} on the {@code webhook_subscription} and {@code webhook_delivery} tables. Events are kept
 * as a comma-separated list of their codes. {@link #claimDue} takes due rows with {@code FOR UPDATE SKIP LOCKED}
 * and sets their {@code lease_until}, like the outbox. Every write joins the caller's transaction. Thread-safe.
 */
public final class JdbiWebhookDeliveries implements WebhookDeliveries {

    private static final List<String> SUBSCRIPTION_COLUMNS = List.of("tenant", "id", "url", "events", "secret",
            "enabled", "consecutive_failures", "disabled_reason", "created_at");

    private final Db db;
    private final CatalogueCache cache;

    /** The deliveries of {@code db}; the subscriptions, read by every booking, are kept in {@code cache}. */
    public JdbiWebhookDeliveries(Db db, CatalogueCache cache) {
        this.db = Objects.requireNonNull(db, "db");
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    @Override
    public void save(WebhookSubscription s) {
        Objects.requireNonNull(s, "subscription");
        db.run(h -> {
            h.createUpdate(db.dialect().upsert("webhook_subscription", List.of("tenant", "id"),
                            SUBSCRIPTION_COLUMNS))
                    .bind("tenant", s.tenant().value())
                    .bind("id", Db.text(s.id()))
                    .bind("url", Db.text(s.url().toString()))
                    .bind("events", s.events().stream().map(WebhookEvent::code).sorted()
                            .collect(Collectors.joining(",")))
                    .bind("secret", Db.text(s.secret()))
                    .bind("enabled", s.enabled())
                    .bind("consecutive_failures", s.consecutiveFailures())
                    .bind("disabled_reason", Db.text(s.disabledReason().orElse(null)))
                    .bind("created_at", Db.ts(s.createdAt()))
                    .execute();
            cache.changed(s.tenant());
        });
    }

    @Override
    public Optional<WebhookSubscription> find(TenantId tenant, String id) {
        return db.read(h -> h.createQuery("SELECT * FROM webhook_subscription WHERE tenant = :tenant AND id = :id")
                .bind("tenant", tenant.value())
                .bind("id", Db.text(id))
                .map((rs, ctx) -> subscription(rs))
                .findOne());
    }

    @Override
    public List<WebhookSubscription> subscriptions(TenantId tenant) {
        return cache.get(tenant, CatalogueCache.key("webhook subscriptions"), () -> db.read(h -> h.createQuery(
                        "SELECT * FROM webhook_subscription WHERE tenant = :tenant ORDER BY created_at, id")
                .bind("tenant", tenant.value())
                .map((rs, ctx) -> subscription(rs))
                .list()));
    }

    @Override
    public void delete(TenantId tenant, String id) {
        db.run(h -> {
            h.createUpdate("DELETE FROM webhook_subscription WHERE tenant = :tenant AND id = :id")
                    .bind("tenant", tenant.value())
                    .bind("id", Db.text(id))
                    .execute();
            cache.changed(tenant);
        });
    }

    @Override
    public void enqueue(WebhookDelivery d) {
        Objects.requireNonNull(d, "delivery");
        db.run(h -> h.createUpdate("INSERT INTO webhook_delivery (id, tenant, subscription, event, body, status, "
                        + "attempts, next_attempt_at, last_status, last_error, created_at, finished_at) VALUES (:id, "
                        + ":tenant, :subscription, :event, :body, :status, :attempts, :next, :code, :error, :created, "
                        + ":finished)")
                .bind("id", Db.uuid(d.id()))
                .bind("tenant", d.tenant().value())
                .bind("subscription", Db.text(d.subscription()))
                .bind("event", d.event().code())
                .bind("body", Db.text(d.body()))
                .bind("status", d.status().name().toLowerCase(Locale.ROOT))
                .bind("attempts", d.attempts())
                .bind("next", Db.ts(d.nextAttemptAt()))
                .bind("code", d.lastStatusCode().orElse(null))
                .bind("error", Db.text(d.lastError().orElse(null)))
                .bind("created", Db.ts(d.createdAt()))
                .bind("finished", Db.ts(d.finishedAt().orElse(null)))
                .execute());
    }

    @Override
    public List<WebhookDelivery> claimDue(Instant now, int limit, Duration lease) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(lease, "lease");
        if (limit <= 0) {
            return List.of();
        }
        return db.write(h -> {
            List<WebhookDelivery> due = h.createQuery("SELECT * FROM webhook_delivery WHERE status = 'pending' "
                            + "AND next_attempt_at <= :now AND (lease_until IS NULL OR lease_until <= :now) "
                            + "ORDER BY created_at, id LIMIT :limit FOR UPDATE SKIP LOCKED")
                    .bind("now", Db.ts(now))
                    .bind("limit", limit)
                    .map((rs, ctx) -> delivery(rs))
                    .list();
            if (!due.isEmpty()) {
                h.createUpdate("UPDATE webhook_delivery SET lease_until = :until WHERE id IN (<ids>)")
                        .bind("until", Db.ts(now.plus(lease)))
                        .bindList("ids", due.stream().map(WebhookDelivery::id).toList())
                        .execute();
            }
            return due;
        });
    }

    @Override
    public void update(WebhookDelivery d) {
        Objects.requireNonNull(d, "delivery");
        db.run(h -> h.createUpdate("UPDATE webhook_delivery SET status = :status, attempts = :attempts, "
                        + "next_attempt_at = :next, last_status = :code, last_error = :error, finished_at = :finished, "
                        + "lease_until = NULL WHERE id = :id")
                .bind("status", d.status().name().toLowerCase(Locale.ROOT))
                .bind("attempts", d.attempts())
                .bind("next", Db.ts(d.nextAttemptAt()))
                .bind("code", d.lastStatusCode().orElse(null))
                .bind("error", Db.text(d.lastError().orElse(null)))
                .bind("finished", Db.ts(d.finishedAt().orElse(null)))
                .bind("id", Db.uuid(d.id()))
                .execute());
    }

    @Override
    public List<WebhookDelivery> recent(TenantId tenant, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return db.read(h -> h.createQuery("SELECT * FROM webhook_delivery WHERE tenant = :tenant "
                        + "ORDER BY created_at DESC, id DESC LIMIT :limit")
                .bind("tenant", tenant.value())
                .bind("limit", limit)
                .map((rs, ctx) -> delivery(rs))
                .list());
    }

    private static WebhookSubscription subscription(ResultSet rs) throws SQLException {
        Set<WebhookEvent> events = Arrays.stream(rs.getString("events").split(","))
                .map(code -> WebhookEvent.fromCode(code).orElseThrow(() ->
                        new IllegalStateException("unknown webhook event in the database: " + code)))
                .collect(Collectors.toSet());
        return new WebhookSubscription(rs.getString("id"), new TenantId(rs.getString("tenant")),
                URI.create(rs.getString("url")), events, rs.getString("secret"), rs.getBoolean("enabled"),
                rs.getInt("consecutive_failures"), Rows.optionalText(rs, "disabled_reason"),
                Rows.instant(rs, "created_at"));
    }

    private static WebhookDelivery delivery(ResultSet rs) throws SQLException {
        int code = rs.getInt("last_status");
        Optional<Integer> lastStatus = rs.wasNull() ? Optional.empty() : Optional.of(code);
        return new WebhookDelivery(Rows.uuid(rs, "id"), new TenantId(rs.getString("tenant")),
                rs.getString("subscription"), WebhookEvent.fromCode(rs.getString("event")).orElseThrow(),
                rs.getString("body"), WebhookDelivery.Status.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
                rs.getInt("attempts"), Rows.instant(rs, "next_attempt_at"), lastStatus,
                Rows.optionalText(rs, "last_error"), Rows.instant(rs, "created_at"),
                Rows.optionalInstant(rs, "finished_at"));
    }
}
