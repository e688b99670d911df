package dev.termin.booking.application.port.in;

import dev.termin.booking.application.port.out.FlowEvent;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.customer.Customer;
import dev.termin.booking.domain.result.Result;
import dev.termin.booking.domain.time.TimeInterval;
import java.util.List;
import java.util.Optional;

/**
 * Incoming port for appointments: book directly, cancel and reschedule (deadlines and the reschedule limit apply
 * unless {@code override} is set, as the front desk may), record attendance (arrived, completed, no-show with who
 * and when), and read them with their booking flow and the customer's no-show count.
 */
public interface AppointmentUseCase {

    Result<Appointment> book(BookCommand command);

    Result<Appointment> cancel(CancelCommand command);

    Result<Appointment> reschedule(RescheduleCommand command);

    Result<Appointment> find(TenantId tenant, AppointmentId id);

    List<Appointment> list(TenantId tenant, Optional<StaffId> staff, TimeInterval range);

    List<FlowEvent> flow(TenantId tenant, String correlationId);

    /**
     * Marks the appointment arrived, completed or no-show at the engine's current time; a transition the
     * appointment's status or time does not allow fails with {@code invalid_state}.
     */
    Result<Appointment> recordAttendance(AttendanceCommand command);

    /**
     * How many appointments of the customer (same phone number or e-mail address) were marked no-show; 0 when the
     * customer gives neither.
     */
    long noShows(TenantId tenant, Customer customer);
}
