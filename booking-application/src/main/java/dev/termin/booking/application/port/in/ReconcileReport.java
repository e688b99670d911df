package dev.termin.booking.application.port.in;

import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.time.TimeInterval;
import java.util.List;
import java.util.Objects;

/**
 * The result of one reconciliation of a tenant with the external calendar: the window compared, how many
 * external bookings were examined, and every change made to Termin. Immutable.
 */
public record ReconcileReport(TenantId tenant, TimeInterval window, int examined,
        List<ExternalChangeOutcome> changes) {

    public ReconcileReport {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(window, "window");
        changes = List.copyOf(changes);
        if (examined < 0) {
            throw new IllegalArgumentException("examined must not be negative");
        }
    }
}
