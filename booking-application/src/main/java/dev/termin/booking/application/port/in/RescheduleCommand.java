package dev.termin.booking.application.port.in;

import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Move {@code appointment} to {@code newStart}, with {@code staff} or (when empty) its current staff member. The
 * reschedule deadline and limit apply unless {@code override} is set, as the front desk may. Immutable.
 *
 * @throws NullPointerException if any component is null
 */
public record RescheduleCommand(TenantId tenant, AppointmentId appointment, Instant newStart,
        Optional<StaffId> staff, boolean override, String correlationId) {

    public RescheduleCommand {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(appointment, "appointment");
        Objects.requireNonNull(newStart, "newStart");
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(correlationId, "correlationId");
    }
}
