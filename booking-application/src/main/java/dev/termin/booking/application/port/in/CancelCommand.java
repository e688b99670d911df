package dev.termin.booking.application.port.in;

import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.catalogue.TenantId;
import java.util.Objects;

/**
 * Cancel {@code appointment} for {@code reason} (may be empty; its length is checked where it is stored). The
 * cancellation deadline applies unless {@code override} is set, as the front desk may. Immutable.
 *
 * @throws NullPointerException if any component is null
 */
public record CancelCommand(TenantId tenant, AppointmentId appointment, String reason, boolean override,
        String correlationId) {

    public CancelCommand {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(appointment, "appointment");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(correlationId, "correlationId");
    }
}
