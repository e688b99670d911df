package dev.termin.booking.application.port.out;

import dev.termin.booking.domain.catalogue.TenantId;
import java.util.List;

/**
 * Outgoing port for the booking flow log: every step of every booking, queryable by correlation id. Events carry
 * no personal data. Implementations are thread-safe.
 */
public interface BookingFlowLog {

    void record(FlowEvent event);

    /** The events of one flow in the order they were recorded. */
    List<FlowEvent> find(TenantId tenant, String correlationId);
}
