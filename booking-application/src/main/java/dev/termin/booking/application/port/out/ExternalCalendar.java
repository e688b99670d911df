package dev.termin.booking.application.port.out;

import dev.termin.booking.domain.catalogue.Service;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.sync.CircuitState;
import dev.termin.booking.domain.time.TimeInterval;
import java.util.Collection;
import java.util.List;

/**
 * Outgoing port to an external calendar (Cal.com). Every call returns a {@link CalendarOutcome} instead of
 * throwing. {@link #create} is idempotent per appointment and segment key. Implementations are thread-safe.
 */
public interface ExternalCalendar {

    /** Busy times of the staff members in {@code range}. */
    CalendarOutcome<List<ExternalBusy>> busyTimes(TenantId tenant, Collection<StaffId> staff, TimeInterval range);

    /** Makes the booking, or finds the one already made for the same appointment and segment; its external id. */
    CalendarOutcome<String> create(ExternalBooking booking);

    /** Cancels a booking; cancelling one that is already cancelled succeeds. */
    CalendarOutcome<Void> cancel(TenantId tenant, String externalId, String reason);

    /** Moves a booking to the new time; the external id of the moved booking (it may change). */
    CalendarOutcome<String> reschedule(TenantId tenant, String externalId, ExternalBooking moved);

    /**
     * The tenant's services changed (one was saved or deleted); {@code services} are all of them now and
     * {@code branches} all branches. A calendar that mirrors services (one event type per work segment of a
     * composite service) brings its mirror up to date; others do nothing.
     */
    default CalendarOutcome<Void> servicesChanged(TenantId tenant, List<BranchId> branches, List<Service> services) {
        return new CalendarOutcome.Done<>(null);
    }

    /**
     * Every booking of the tenant whose start lies in {@code range}, active or cancelled, as the calendar knows it
     * now: what reconciliation compares Termin with. Calendars that cannot list bookings answer
     * {@code Rejected(501, "not_supported")}.
     */
    default CalendarOutcome<List<ExternalBookingState>> bookings(TenantId tenant, TimeInterval range) {
        return new CalendarOutcome.Rejected<>(501, "not_supported", "this calendar cannot list its bookings");
    }

    /** The circuit breaker's state, for health checks; {@code NOT_CONFIGURED} when there is no external calendar. */
    CircuitState circuitState();

    /**
     * The circuit breaker's state for one tenant; {@code NOT_CONFIGURED} when the calendar does not serve the tenant
     * (its appointments then need no sync). Calendars serving every tenant alike keep the default.
     */
    default CircuitState circuitState(TenantId tenant) {
        return circuitState();
    }
}
