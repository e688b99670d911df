package dev.termin.booking.application.port.in;

import dev.termin.booking.application.port.out.ExternalBookingState;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.result.Result;
import dev.termin.booking.domain.time.TimeInterval;
import java.util.List;

/**
 * Inbound port for changes made in the external calendar: one change at a time (a webhook delivery), a
 * reconciliation of a whole window, and the appointments a person must look at. The rules (docs/calcom.md):
 * Termin's own bookings are never imported twice; a booking made in the calendar becomes an appointment with source
 * {@code calcom}; a cancellation there cancels the appointment (every segment); a move there moves the appointment
 * if the new time is free in Termin, else flags it for manual review; older and repeated changes do nothing.
 */
public interface ExternalCalendarChangesUseCase {

    /** Applies one change reported by the calendar (a webhook delivery); older and repeated ones do nothing. */
    Result<ExternalChangeOutcome> apply(ExternalBookingState change);

    /**
     * Compares the tenant's bookings in the calendar whose start lies in {@code window} with Termin's and repairs
     * what was missed by the same rules. Fails with {@code service_unavailable} when the calendar cannot be read.
     */
    Result<ReconcileReport> reconcile(TenantId tenant, TimeInterval window);

    /** The tenant's appointments flagged for manual review, oldest change first. */
    List<Appointment> flaggedForReview(TenantId tenant);

    /**
     * Clears the flag and pushes Termin's version of the appointment to the calendar again (the calendar follows
     * Termin); {@code note} is kept as the appointment's last sync remark.
     */
    Result<Appointment> resync(TenantId tenant, AppointmentId appointment, String note);

    /** Clears the flag without touching the calendar (a person settled it); {@code note} says how. */
    Result<Appointment> clearReview(TenantId tenant, AppointmentId appointment, String note);
}
