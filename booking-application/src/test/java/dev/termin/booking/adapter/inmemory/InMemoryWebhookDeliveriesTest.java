package dev.termin.booking.adapter.inmemory;

import dev.termin.booking.application.port.out.WebhookDeliveries;
import dev.termin.booking.application.port.out.contract.AbstractWebhookDeliveriesTest;

class InMemoryWebhookDeliveriesTest extends AbstractWebhookDeliveriesTest {

    private static final InMemoryWebhookDeliveries STORE = new InMemoryWebhookDeliveries();

    @Override
    protected WebhookDeliveries store() {
        return STORE;
    }
}
