package dev.termin.booking.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.application.port.out.BookingStorage;
import dev.termin.booking.application.port.out.FlowEvent;
import dev.termin.booking.application.port.out.contract.AbstractBookingFlowLogTest;
import dev.termin.booking.domain.catalogue.TenantId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemoryBookingFlowLogTest extends AbstractBookingFlowLogTest {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected BookingStorage storage() {
        return STORAGE.storage();
    }

    @Test
    void theLog_keepsTheNewestFlows_andTheFirstEventsOfEach() {
        InMemoryBookingFlowLog log = new InMemoryBookingFlowLog(new InMemoryTransactions(), 2, 3);
        TenantId tenant = TenantId.of("salon-1");
        for (String flow : new String[] {"a", "b", "c"}) {
            for (int i = 0; i < 5; i++) {
                log.record(new FlowEvent(tenant, flow, Instant.EPOCH, "step-" + i, ""));
            }
        }

        assertThat(log.find(tenant, "a")).isEmpty();
        assertThat(log.find(tenant, "b")).extracting(FlowEvent::step).containsExactly("step-0", "step-1", "step-2");
        assertThat(log.find(tenant, "c")).hasSize(3);
    }

    @Test
    void eventsOfARolledBackTransaction_areRemoved() {
        InMemoryTransactions tx = new InMemoryTransactions();
        InMemoryBookingFlowLog log = new InMemoryBookingFlowLog(tx);
        TenantId tenant = TenantId.of("salon-1");
        log.record(new FlowEvent(tenant, "a", Instant.EPOCH, "before", ""));

        try {
            tx.inTransaction(() -> {
                log.record(new FlowEvent(tenant, "a", Instant.EPOCH, "inside", ""));
                throw new IllegalStateException("boom");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }

        assertThat(log.find(tenant, "a")).extracting(FlowEvent::step).containsExactly("before");
    }
}
