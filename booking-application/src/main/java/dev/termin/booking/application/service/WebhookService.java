package dev.termin.booking.application.service;

import dev.termin.booking.application.port.in.WebhookUseCase;
import dev.termin.booking.application.port.out.BookingMetrics;
import dev.termin.booking.application.port.out.IdGenerator;
import dev.termin.booking.application.port.out.InfrastructureException;
import dev.termin.booking.application.port.out.WebhookDeliveries;
import dev.termin.booking.application.port.out.WebhookDelivery;
import dev.termin.booking.application.port.out.WebhookEvent;
import dev.termin.booking.application.port.out.WebhookSender;
import dev.termin.booking.application.port.out.WebhookSubscription;
import dev.termin.booking.application.settings.WebhookSettings;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.result.Result;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Outbound webhooks: endpoints per tenant, the fan-out of an event into one delivery per interested endpoint, and
 * the delivery worker. Each attempt POSTs the stored body with {@code Termin-Signature: t=<unix seconds>,v1=<hex
 * HMAC-SHA256 of "t.body">}; a 2xx answer delivers it, anything else (another status, no answer) is retried after
 * the {@link WebhookSettings#backoff} less up to the jitter share; after the last attempt it is failed. Failed
 * attempts in a row disable the endpoint, and the owner is told by e-mail (through the outbox). Thread-safe.
 */
final class WebhookService implements WebhookUseCase {

    private static final Logger log = LoggerFactory.getLogger(WebhookService.class);
    private static final Duration CLAIM_LEASE = Duration.ofMinutes(2);

    private final WebhookDeliveries store;
    private final WebhookSender sender;
    private final WebhookSettings settings;
    private final IdGenerator ids;
    private final Clock clock;
    private final BookingMetrics metrics;
    private final OwnerAlerts ownerAlerts;

    WebhookService(WebhookDeliveries store, WebhookSender sender, WebhookSettings settings, IdGenerator ids,
            Clock clock, BookingMetrics metrics, OwnerAlerts ownerAlerts) {
        this.ownerAlerts = ownerAlerts;
        this.store = store;
        this.sender = sender;
        this.settings = settings;
        this.ids = ids;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Override
    public Result<WebhookSubscription> register(TenantId tenant, String url, Set<String> events) {
        Set<WebhookEvent> wanted = EnumSet.noneOf(WebhookEvent.class);
        for (String code : events) {
            Optional<WebhookEvent> e = WebhookEvent.fromCode(code);
            if (e.isEmpty()) {
                return Result.failure(ErrorCode.INVALID_DATA, "Unknown webhook event '" + code + "'.");
            }
            wanted.add(e.get());
        }
        WebhookSubscription s;
        try {
            s = new WebhookSubscription("wh_" + ids.newId().toString().replace("-", ""), tenant, new URI(url),
                    wanted, "whsec_" + Secrets.newManageToken().substring(3), true, 0, Optional.empty(),
                    clock.instant());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Result.failure(ErrorCode.INVALID_DATA, e instanceof URISyntaxException
                    ? "'url' is not a URL." : e.getMessage());
        }
        store.save(s);
        return Result.ok(s);
    }

    @Override
    public List<WebhookSubscription> list(TenantId tenant) {
        return store.subscriptions(tenant);
    }

    @Override
    public Result<WebhookSubscription> enable(TenantId tenant, String id) {
        Optional<WebhookSubscription> found = store.find(tenant, id);
        if (found.isEmpty()) {
            return notFound(id);
        }
        WebhookSubscription s = found.get();
        WebhookSubscription on = new WebhookSubscription(s.id(), s.tenant(), s.url(), s.events(), s.secret(), true, 0,
                Optional.empty(), s.createdAt());
        store.save(on);
        return Result.ok(on);
    }

    @Override
    public Result<WebhookSubscription> remove(TenantId tenant, String id) {
        Optional<WebhookSubscription> found = store.find(tenant, id);
        if (found.isEmpty()) {
            return notFound(id);
        }
        store.delete(tenant, id);
        return Result.ok(found.get());
    }

    @Override
    public List<WebhookDelivery> deliveries(TenantId tenant, int limit) {
        return store.recent(tenant, Math.max(1, Math.min(500, limit)));
    }

    /** Whether any enabled endpoint of the tenant wants {@code event} (so callers can skip building payloads). */
    boolean wanted(TenantId tenant, WebhookEvent event) {
        return store.subscriptions(tenant).stream().anyMatch(s -> s.wants(event));
    }

    /**
     * Queues {@code event} for every enabled endpoint of the tenant that wants it, in the caller's transaction.
     * {@code data} is the JSON object of the payload's {@code data} field.
     */
    void publish(TenantId tenant, WebhookEvent event, String data) {
        Instant now = clock.instant();
        for (WebhookSubscription s : store.subscriptions(tenant)) {
            if (s.wants(event)) {
                var id = ids.newId();
                store.enqueue(WebhookDelivery.of(id, s, event, WebhookPayloads.envelope(id.toString(), event,
                        tenant, now, data), now));
                metrics.increment("termin.webhooks", "outcome", "queued");
            }
        }
    }

    @Override
    public int deliverDue(int limit) {
        List<WebhookDelivery> due = store.claimDue(clock.instant(), limit, CLAIM_LEASE);
        for (WebhookDelivery d : due) {
            try {
                attempt(d);
            } catch (InfrastructureException e) {
                // the store failed; the lease brings the delivery back
                log.warn("webhook delivery {} could not be recorded: {}", d.id(), e.getMessage());
            }
        }
        return due.size();
    }

    private void attempt(WebhookDelivery d) {
        Optional<WebhookSubscription> found = store.find(d.tenant(), d.subscription());
        Instant now = clock.instant();
        if (found.isEmpty() || !found.get().enabled()) {
            store.update(d.attempted(WebhookDelivery.Status.FAILED, now, Optional.empty(),
                    Optional.of(found.isEmpty() ? "endpoint removed" : "endpoint disabled"), now));
            metrics.increment("termin.webhooks", "outcome", "failed");
            return;
        }
        WebhookSubscription s = found.get();
        Optional<Integer> code = Optional.empty();
        Optional<String> error;
        try {
            int status = sender.post(s.url(), headers(s, d, now), d.body(), settings.timeout());
            code = Optional.of(status);
            error = status / 100 == 2 ? Optional.empty() : Optional.of("HTTP " + status);
        } catch (InfrastructureException e) {
            error = Optional.of(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        Instant after = clock.instant();
        if (error.isEmpty()) {
            store.update(d.attempted(WebhookDelivery.Status.DELIVERED, after, code, error, after));
            store.save(s.succeeded());
            metrics.increment("termin.webhooks", "outcome", "delivered");
            return;
        }
        WebhookSubscription failed = s.failed(settings.disableAfter(), "disabled after " + settings.disableAfter()
                + " failed attempts in a row; last: " + error.get());
        if (!failed.enabled()) {
            // queued before the endpoint is stored disabled: if that store fails, the next attempt disables it
            // again and the owner may hear twice, never not at all
            ownerAlerts.queue(s.tenant(), new OwnerAlerts.Alert(OwnerAlerts.Topic.WEBHOOK_DISABLED, "webhook-" + s.id(),
                    List.of(s.id(), s.url().toString(), error.get())));
            log.warn("webhook endpoint {} of tenant {} disabled after {} failed attempts in a row", s.id(),
                    s.tenant(), settings.disableAfter());
            metrics.increment("termin.webhooks", "outcome", "endpoint_disabled");
        }
        store.save(failed);
        boolean last = d.attempts() + 1 >= settings.maxAttempts() || !failed.enabled();
        store.update(d.attempted(last ? WebhookDelivery.Status.FAILED : WebhookDelivery.Status.PENDING,
                last ? after : after.plus(jittered(settings.backoff(d.attempts() + 1))), code, error, after));
        metrics.increment("termin.webhooks", "outcome", last ? "failed" : "retried");
    }

    private Duration jittered(Duration wait) {
        double off = settings.jitter() * ThreadLocalRandom.current().nextDouble();
        return Duration.ofMillis(Math.round(wait.toMillis() * (1 - off)));
    }

    private static Map<String, String> headers(WebhookSubscription s, WebhookDelivery d, Instant now) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Type", "application/json; charset=utf-8");
        h.put("Termin-Event", d.event().code());
        h.put("Termin-Delivery", d.id().toString());
        h.put("Termin-Signature", WebhookPayloads.signature(s.secret(), now.getEpochSecond(), d.body()));
        return h;
    }

    private static Result<WebhookSubscription> notFound(String id) {
        return Result.failure(ErrorCode.NOT_FOUND, "Webhook endpoint " + id + " does not exist.");
    }
}
