package dev.termin.booking.application.port.in;

import dev.termin.booking.application.port.out.FlowEvent;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.result.Result;
import dev.termin.booking.domain.time.TimeInterval;
import java.util.List;
import java.util.Optional;

/**
 * Incoming port for appointments: book directly, cancel and reschedule (deadlines and the reschedule limit apply
 * unless {@code override} is set, as the front desk may), and read them with their booking flow.
 */
public interface AppointmentUseCase {

    Result<Appointment> book(BookCommand command);

    Result<Appointment> cancel(CancelCommand command);

    Result<Appointment> reschedule(RescheduleCommand command);

    Result<Appointment> find(TenantId tenant, AppointmentId id);

    List<Appointment> list(TenantId tenant, Optional<StaffId> staff, TimeInterval range);

    List<FlowEvent> flow(TenantId tenant, String correlationId);
}
