package dev.termin.booking.application.port.out;

import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.customer.EmailAddress;
import dev.termin.booking.domain.customer.PhoneNumber;
import dev.termin.booking.domain.time.TimeInterval;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Outgoing persistence port for appointments. Writers must hold the staff locks of the appointment
 * ({@link StaffLocks}) inside a transaction; the store itself also refuses any exclusive occupancy that overlaps
 * an active appointment's or an unexpired active hold's ({@link SlotConflictException}), so no overlap can be
 * stored even by a buggy or concurrent writer. Implementations are thread-safe.
 */
public interface AppointmentRepository {

    /** @throws SlotConflictException if an exclusive occupancy overlaps another active one of the same staff */
    void insert(Appointment appointment);

    /**
     * Replaces the stored appointment (same id and tenant), including its occupancies.
     *
     * @throws SlotConflictException as for {@link #insert}
     * @throws StorageException if it does not exist
     */
    void update(Appointment appointment);

    Optional<Appointment> find(TenantId tenant, AppointmentId id);

    /** Active (non-cancelled) appointments with an occupancy of one of {@code staff} overlapping {@code range}. */
    List<Appointment> findActiveOccupying(TenantId tenant, Collection<StaffId> staff, TimeInterval range);

    /** Appointments of any status whose customer interval overlaps {@code range}, optionally of one staff member. */
    List<Appointment> list(TenantId tenant, Optional<StaffId> staff, TimeInterval range);

    /**
     * Appointments that matter for sync health: created at or after {@code createdSince}, or with sync status
     * pending or failed, or flagged for manual review, whatever their age.
     */
    List<Appointment> findSyncRelevant(TenantId tenant, Instant createdSince);

    /**
     * Every appointment of the tenant (any status, any time) whose customer has {@code phone} or {@code email} (the
     * e-mail regardless of case), ordered by start; both empty finds none. For a customer's history, no-show count,
     * data export and erasure.
     */
    List<Appointment> findByContact(TenantId tenant, Optional<PhoneNumber> phone, Optional<EmailAddress> email);
}
