package dev.termin.booking.adapter.jdbc.contract;

import dev.termin.booking.adapter.jdbc.testing.SharedStorages;
import dev.termin.booking.application.port.out.WebhookDeliveries;
import dev.termin.booking.application.port.out.contract.AbstractWebhookDeliveriesTest;

/** The {@code WebhookDeliveries} contract on H2. */
class H2WebhookDeliveriesTest extends AbstractWebhookDeliveriesTest {

    @Override
    protected WebhookDeliveries store() {
        return SharedStorages.h2Webhooks();
    }
}
