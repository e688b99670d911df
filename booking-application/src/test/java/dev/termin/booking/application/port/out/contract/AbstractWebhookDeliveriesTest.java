package dev.termin.booking.application.port.out.contract;

import static dev.termin.booking.application.port.out.contract.ContractFixtures.now;
import static dev.termin.booking.application.port.out.contract.ContractFixtures.randomTenant;
import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.application.port.out.WebhookDeliveries;
import dev.termin.booking.application.port.out.WebhookDelivery;
import dev.termin.booking.application.port.out.WebhookEvent;
import dev.termin.booking.application.port.out.WebhookSubscription;
import dev.termin.booking.domain.catalogue.TenantId;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link WebhookDeliveries}: endpoints kept exactly per tenant, deliveries claimed once per lease and
 * oldest first, attempts recorded, the delivery log newest first.
 */
public abstract class AbstractWebhookDeliveriesTest {

    /** The store under test; called once per test, may return the same shared instance every time. */
    protected abstract WebhookDeliveries store();

    private WebhookDeliveries store;
    private TenantId tenant;
    private Instant t0;

    @BeforeEach
    void setUpStore() {
        store = store();
        tenant = randomTenant();
        t0 = now();
    }

    private WebhookSubscription endpoint(String id) {
        return new WebhookSubscription(id, tenant, URI.create("https://hooks.example.org/termin?x=1"),
                Set.of(WebhookEvent.APPOINTMENT_CREATED, WebhookEvent.HOLD_EXPIRED), "whsec_" + id, true, 0,
                Optional.empty(), t0);
    }

    private WebhookDelivery delivery(WebhookSubscription to, Instant at) {
        return WebhookDelivery.of(UUID.randomUUID(), to, WebhookEvent.APPOINTMENT_CREATED,
                "{\"type\":\"appointment.created\",\"text\":\"Größe ✓\"}", at);
    }

    @Test
    void endpoints_comeBackExactly_perTenant_andCanBeReplacedAndDeleted() {
        WebhookSubscription a = endpoint("wh_a");
        WebhookSubscription b = endpoint("wh_b");
        store.save(a);
        store.save(b);
        WebhookSubscription disabled = a.failed(1, "disabled after 1 failed attempt");
        store.save(disabled);

        assertThat(store.find(tenant, "wh_a")).contains(disabled);
        assertThat(store.subscriptions(tenant)).containsExactly(disabled, b);
        assertThat(store.subscriptions(randomTenant())).isEmpty();
        assertThat(store.find(randomTenant(), "wh_a")).isEmpty();

        store.delete(tenant, "wh_a");
        assertThat(store.subscriptions(tenant)).containsExactly(b);
    }

    @Test
    void dueDeliveries_areClaimedOldestFirst_onlyOncePerLease() {
        WebhookSubscription to = endpoint("wh_c");
        store.save(to);
        WebhookDelivery first = delivery(to, t0);
        WebhookDelivery second = delivery(to, t0.plusSeconds(1));
        WebhookDelivery later = WebhookDelivery.of(UUID.randomUUID(), to, WebhookEvent.HOLD_EXPIRED, "{}",
                t0.plusSeconds(3600));
        store.enqueue(second);
        store.enqueue(first);
        store.enqueue(later);

        List<WebhookDelivery> claimed = store.claimDue(t0.plusSeconds(2), 100, Duration.ofMinutes(1));
        List<WebhookDelivery> again = store.claimDue(t0.plusSeconds(3), 100, Duration.ofMinutes(1));
        List<WebhookDelivery> afterLease = store.claimDue(t0.plusSeconds(63), 100, Duration.ofMinutes(1));

        assertThat(claimed.stream().filter(d -> d.tenant().equals(tenant))).containsExactly(first, second);
        assertThat(again.stream().filter(d -> d.tenant().equals(tenant))).isEmpty();
        assertThat(afterLease.stream().filter(d -> d.tenant().equals(tenant))).containsExactly(first, second);
    }

    @Test
    void anAttempt_isRecorded_andADeliveredOneIsNeverClaimedAgain() {
        WebhookSubscription to = endpoint("wh_d");
        store.save(to);
        WebhookDelivery d = delivery(to, t0);
        WebhookDelivery other = delivery(to, t0.plusSeconds(1));
        store.enqueue(d);
        store.enqueue(other);
        store.claimDue(t0.plusSeconds(5), 100, Duration.ofMinutes(1));

        WebhookDelivery retried = d.attempted(WebhookDelivery.Status.PENDING, t0.plusSeconds(30), Optional.of(500),
                Optional.of("HTTP 500"), t0.plusSeconds(5));
        WebhookDelivery delivered = other.attempted(WebhookDelivery.Status.DELIVERED, t0.plusSeconds(5),
                Optional.of(204), Optional.empty(), t0.plusSeconds(5));
        store.update(retried);
        store.update(delivered);

        assertThat(store.claimDue(t0.plusSeconds(10), 100, Duration.ofMinutes(1))
                .stream().filter(x -> x.tenant().equals(tenant))).isEmpty();
        assertThat(store.claimDue(t0.plusSeconds(30), 100, Duration.ofMinutes(1))
                .stream().filter(x -> x.tenant().equals(tenant))).containsExactly(retried);
        assertThat(store.recent(tenant, 10)).containsExactly(delivered, retried);
        assertThat(store.recent(tenant, 1)).containsExactly(delivered);
        assertThat(store.recent(randomTenant(), 10)).isEmpty();
    }
}
