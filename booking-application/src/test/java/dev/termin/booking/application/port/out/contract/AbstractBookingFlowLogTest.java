package dev.termin.booking.application.port.out.contract;

import static dev.termin.booking.application.port.out.contract.ContractFixtures.now;
import static dev.termin.booking.application.port.out.contract.ContractFixtures.randomId;
import static dev.termin.booking.application.port.out.contract.ContractFixtures.randomTenant;
import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.application.port.out.BookingFlowLog;
import dev.termin.booking.application.port.out.BookingStorage;
import dev.termin.booking.application.port.out.FlowEvent;
import dev.termin.booking.domain.catalogue.TenantId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract of {@link BookingFlowLog}: events of one flow in recording order, tenant-scoped, details bounded. */
public abstract class AbstractBookingFlowLogTest {

    /** The storage under test; called once per test, may return the same shared instance every time. */
    protected abstract BookingStorage storage();

    private BookingFlowLog log;
    private TenantId tenant;
    private String correlationId;

    @BeforeEach
    void setUpFlow() {
        log = storage().flowLog();
        tenant = randomTenant();
        correlationId = randomId("corr");
    }

    @Test
    void recordedEvents_areFoundInTheOrderTheyWereRecorded() {
        // given: the same timestamp for two steps, so only the recording order tells them apart
        Instant t = now();
        List<FlowEvent> events = List.of(
                new FlowEvent(tenant, correlationId, t, "availability.checked", "slot 10:00 frei"),
                new FlowEvent(tenant, correlationId, t, "hold.placed", "token …"),
                new FlowEvent(tenant, correlationId, t.plusMillis(5), "appointment.booked", ""),
                new FlowEvent(tenant, correlationId, t.minusMillis(1), "sync.pending", "Kalender 'nicht' erreichbar"));

        // when
        events.forEach(log::record);

        // then
        assertThat(log.find(tenant, correlationId)).containsExactlyElementsOf(events);
    }

    @Test
    void anUnknownCorrelationId_hasNoEvents() {
        assertThat(log.find(tenant, randomId("corr"))).isEmpty();
    }

    @Test
    void events_areScopedByTenantAndCorrelationId() {
        TenantId other = randomTenant();
        FlowEvent mine = new FlowEvent(tenant, correlationId, now(), "hold.placed", "");
        FlowEvent theirs = new FlowEvent(other, correlationId, now(), "hold.placed", "");
        FlowEvent anotherFlow = new FlowEvent(tenant, randomId("corr"), now(), "hold.placed", "");
        log.record(mine);
        log.record(theirs);
        log.record(anotherFlow);

        assertThat(log.find(tenant, correlationId)).containsExactly(mine);
        assertThat(log.find(other, correlationId)).containsExactly(theirs);
    }

    @Test
    void longDetails_areTruncatedTo1000Characters() {
        String detail = "ü".repeat(600) + "x".repeat(4400);

        log.record(new FlowEvent(tenant, correlationId, now(), "sync.failed", detail));

        String stored = log.find(tenant, correlationId).get(0).detail();
        assertThat(stored).hasSize(1000);
        assertThat(detail).startsWith(stored);
    }

    @Test
    void aMissingDetail_isStoredAsEmpty() {
        log.record(new FlowEvent(tenant, correlationId, now(), "booking.started", null));

        assertThat(log.find(tenant, correlationId)).extracting(FlowEvent::detail).containsExactly("");
    }

    @Test
    void stepsAreCounted_perTenant_fromTheGivenInstant() {
        Instant t = now();
        log.record(new FlowEvent(tenant, correlationId, t.minusSeconds(60), "notification.sent", "notify_booked"));
        log.record(new FlowEvent(tenant, correlationId, t, "notification.sent", "notify_reminder"));
        log.record(new FlowEvent(tenant, randomId("corr"), t.plusSeconds(1), "notification.sent", "notify_booked"));
        log.record(new FlowEvent(tenant, correlationId, t, "notification.retry", ""));
        log.record(new FlowEvent(randomTenant(), correlationId, t, "notification.sent", ""));

        assertThat(log.count(tenant, "notification.sent", t)).isEqualTo(2);
        assertThat(log.count(tenant, "notification.sent", t.minusSeconds(60))).isEqualTo(3);
        assertThat(log.count(tenant, "notification.retry", t)).isEqualTo(1);
        assertThat(log.count(tenant, "notification.failed", t.minusSeconds(600))).isZero();
    }
}
