package dev.termin.booking.application.port.out;

import dev.termin.booking.domain.catalogue.TenantId;
import java.time.Instant;
import java.util.List;

/**
 * Outgoing port for the booking flow log: every step of every booking, queryable by correlation id. Events carry
 * no personal data. Implementations are thread-safe.
 */
public interface BookingFlowLog {

    void record(FlowEvent event);

    /** The events of one flow in the order they were recorded. */
    List<FlowEvent> find(TenantId tenant, String correlationId);

    /** How many of the tenant's events with this step were recorded at or after {@code since}. */
    long count(TenantId tenant, String step, Instant since);
}
