package dev.termin.booking.application.port.out;

import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.customer.Customer;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.time.TimeInterval;
import java.util.Objects;

/**
 * One booking to make in the external calendar: one work segment of a local appointment ({@code index} of
 * {@code total}; plain services have one, keyed {@code main}). The appointment id and segment key make it
 * idempotent: an adapter finds a booking it already made for them instead of making a second. Immutable.
 */
public record ExternalBooking(
        TenantId tenant,
        AppointmentId appointment,
        String segmentKey,
        String segmentName,
        int index,
        int total,
        BranchId branch,
        ServiceId service,
        String serviceName,
        StaffId staff,
        TimeInterval interval,
        Customer customer,
        String correlationId) {

    public ExternalBooking {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(appointment, "appointment");
        Objects.requireNonNull(segmentKey, "segmentKey");
        Objects.requireNonNull(segmentName, "segmentName");
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(serviceName, "serviceName");
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(correlationId, "correlationId");
    }

    /** The German segment label shown in the calendar, e.g. "1 von 4". */
    public String label() {
        return index + " von " + total;
    }
}
