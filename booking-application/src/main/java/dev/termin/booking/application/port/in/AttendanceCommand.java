package dev.termin.booking.application.port.in;

import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.appointment.AppointmentStatus;
import dev.termin.booking.domain.catalogue.TenantId;
import java.util.Objects;

/**
 * Mark {@code appointment} {@code arrived}, {@code completed} or {@code no_show} ({@code to}); {@code by} names who
 * did it (the caller's principal, else the correlation id) and is stored with the time. Immutable.
 *
 * @throws NullPointerException if any component is null
 * @throws IllegalArgumentException if {@code to} is not an attendance status
 */
public record AttendanceCommand(TenantId tenant, AppointmentId appointment, AppointmentStatus to, String by,
        String correlationId) {

    public AttendanceCommand {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(appointment, "appointment");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(correlationId, "correlationId");
        if (to != AppointmentStatus.ARRIVED && to != AppointmentStatus.COMPLETED && to != AppointmentStatus.NO_SHOW) {
            throw new IllegalArgumentException("attendance is arrived, completed or no_show, not " + to.code());
        }
    }
}
