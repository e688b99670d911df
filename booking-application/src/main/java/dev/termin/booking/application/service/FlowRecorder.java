package dev.termin.booking.application.service;

import dev.termin.booking.application.port.out.BookingFlowLog;
import dev.termin.booking.application.port.out.FlowEvent;
import dev.termin.booking.domain.catalogue.TenantId;
import java.time.Clock;

/** Records one step of a booking's flow, stamped with the engine's clock. Thread-safe. */
final class FlowRecorder {

    private final BookingFlowLog flowLog;
    private final Clock clock;

    FlowRecorder(BookingFlowLog flowLog, Clock clock) {
        this.flowLog = flowLog;
        this.clock = clock;
    }

    void record(TenantId tenant, String correlationId, String step, String detail) {
        flowLog.record(new FlowEvent(tenant, correlationId, clock.instant(), step, detail));
    }
}
