package dev.termin.booking.application.port.out;

import dev.termin.booking.domain.catalogue.TenantId;
import java.time.Instant;
import java.util.Objects;

/** One step of one booking flow (e.g. {@code hold.placed}, {@code sync.failed}), keyed by correlation id. */
public record FlowEvent(TenantId tenant, String correlationId, Instant at, String step, String detail) {

    public FlowEvent {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(step, "step");
        detail = detail == null ? "" : detail.length() > 1000 ? detail.substring(0, 1000) : detail;
    }
}
