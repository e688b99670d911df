package dev.termin.booking.domain.appointment;

import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.customer.Customer;
import dev.termin.booking.domain.slot.Occupancy;
import dev.termin.booking.domain.slot.ResourceOccupancy;
import dev.termin.booking.domain.slot.SegmentAssignment;
import dev.termin.booking.domain.slot.Slot;
import dev.termin.booking.domain.time.TimeInterval;
import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.result.Result;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A booked appointment. {@code staff} is the customer's staff member (the first segment's); {@code segments}
 * lists every work segment (one for plain services), {@code occupancies} the staff time it takes, {@code resources}
 * the resource units (default none), {@code statusChanges} who marked it arrived, completed or no-show and when
 * (default none). A composite
 * appointment carries a {@code compositeGroupId} shared by its external segment bookings. Immutable: transitions
 * return new instances.
 */
public record Appointment(
        AppointmentId id,
        TenantId tenant,
        BranchId branch,
        ServiceId service,
        StaffId staff,
        TimeInterval interval,
        List<SegmentAssignment> segments,
        List<Occupancy> occupancies,
        Customer customer,
        String notes,
        AppointmentStatus status,
        Source source,
        SyncState sync,
        Optional<String> compositeGroupId,
        int rescheduleCount,
        String correlationId,
        Optional<HoldToken> fromHold,
        long fencingToken,
        Instant createdAt,
        Instant updatedAt,
        Optional<String> cancellationReason,
        List<ResourceOccupancy> resources,
        List<StatusChange> statusChanges) {

    public Appointment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(interval, "interval");
        segments = List.copyOf(segments);
        occupancies = List.copyOf(occupancies);
        Objects.requireNonNull(customer, "customer");
        notes = notes == null ? "" : notes;
        if (notes.length() > 2000) {
            throw new IllegalArgumentException("notes must be at most 2000 characters");
        }
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sync, "sync");
        Objects.requireNonNull(compositeGroupId, "compositeGroupId");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(fromHold, "fromHold");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(cancellationReason, "cancellationReason");
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("an appointment has at least one segment");
        }
        if (rescheduleCount < 0) {
            throw new IllegalArgumentException("rescheduleCount must not be negative");
        }
        resources = List.copyOf(resources);
        statusChanges = List.copyOf(statusChanges);
    }

    /** An appointment that takes no resources and has no attendance changes. */
    public Appointment(AppointmentId id, TenantId tenant, BranchId branch, ServiceId service, StaffId staff,
            TimeInterval interval, List<SegmentAssignment> segments, List<Occupancy> occupancies, Customer customer,
            String notes, AppointmentStatus status, Source source, SyncState sync, Optional<String> compositeGroupId,
            int rescheduleCount, String correlationId, Optional<HoldToken> fromHold, long fencingToken,
            Instant createdAt, Instant updatedAt, Optional<String> cancellationReason) {
        this(id, tenant, branch, service, staff, interval, segments, occupancies, customer, notes, status, source, sync,
                compositeGroupId, rescheduleCount, correlationId, fromHold, fencingToken, createdAt, updatedAt,
                cancellationReason, List.of(), List.of());
    }

    /** A new booked appointment for {@code slot}. */
    public static Appointment book(AppointmentId id, TenantId tenant, BranchId branch, ServiceId service, Slot slot,
            Customer customer, String notes, Source source, SyncState sync, boolean composite, String correlationId,
            Optional<HoldToken> fromHold, long fencingToken, Instant now) {
        return new Appointment(id, tenant, branch, service, slot.staff(), slot.interval(), slot.segments(),
                slot.occupancies(), customer, notes, AppointmentStatus.BOOKED, source, sync,
                composite ? Optional.of(id.value()) : Optional.empty(), 0, correlationId, fromHold, fencingToken, now,
                now, Optional.empty(), slot.resources(), List.of());
    }

    public boolean isActive() {
        return status.occupiesTime();
    }

    public boolean isComposite() {
        return compositeGroupId.isPresent();
    }

    /** The occupancies that block other bookings now: none once cancelled. */
    public List<Occupancy> activeOccupancies() {
        return isActive() ? occupancies : List.of();
    }

    /** The resource units that block other bookings now: none once cancelled. */
    public List<ResourceOccupancy> activeResources() {
        return isActive() ? resources : List.of();
    }

    public Appointment cancel(String reason, Instant at) {
        if (status != AppointmentStatus.BOOKED && status != AppointmentStatus.CONFIRMED) {
            throw new IllegalStateException("cannot cancel an appointment that is " + status.code());
        }
        return new Appointment(id, tenant, branch, service, staff, interval, segments, occupancies, customer, notes,
                AppointmentStatus.CANCELLED, source, sync.status() == SyncStatus.NOT_REQUIRED ? sync : sync.repush(),
                compositeGroupId, rescheduleCount, correlationId, fromHold, fencingToken, createdAt, at,
                Optional.ofNullable(reason == null || reason.isBlank() ? null : reason), resources,
                statusChanges);
    }

    public Appointment rescheduleTo(Slot slot, long newFencingToken, Instant at) {
        return rescheduleTo(slot, branch, newFencingToken, at);
    }

    /** This appointment moved to {@code slot} in {@code newBranch} (the branch of the slot's staff member). */
    public Appointment rescheduleTo(Slot slot, BranchId newBranch, long newFencingToken, Instant at) {
        Objects.requireNonNull(newBranch, "newBranch");
        if (status != AppointmentStatus.BOOKED && status != AppointmentStatus.CONFIRMED) {
            throw new IllegalStateException("cannot reschedule an appointment that is " + status.code());
        }
        return new Appointment(id, tenant, newBranch, service, slot.staff(), slot.interval(), slot.segments(),
                slot.occupancies(), customer, notes, status, source,
                sync.status() == SyncStatus.NOT_REQUIRED ? sync : sync.repush(), compositeGroupId,
                rescheduleCount + 1, correlationId, fromHold, newFencingToken, createdAt, at, cancellationReason,
                slot.resources(), statusChanges);
    }

    public Appointment withStatus(AppointmentStatus newStatus, Instant at) {
        return new Appointment(id, tenant, branch, service, staff, interval, segments, occupancies, customer, notes,
                newStatus, source, sync, compositeGroupId, rescheduleCount, correlationId, fromHold, fencingToken,
                createdAt, at, cancellationReason, resources, statusChanges);
    }

    /**
     * The customer is there: allowed from booked or confirmed until the appointment ends. Fails with
     * {@code invalid_state} otherwise.
     */
    public Result<Appointment> markArrived(String by, Instant at) {
        if (status != AppointmentStatus.BOOKED && status != AppointmentStatus.CONFIRMED) {
            return refused(AppointmentStatus.ARRIVED, "only a booked or confirmed appointment can be marked arrived");
        }
        if (!at.isBefore(interval.end())) {
            return refused(AppointmentStatus.ARRIVED, "the appointment is already over; mark it completed or no-show");
        }
        return Result.ok(attended(AppointmentStatus.ARRIVED, by, at));
    }

    /**
     * The appointment took place: allowed from booked, confirmed or arrived once it has started. Fails with
     * {@code invalid_state} otherwise.
     */
    public Result<Appointment> complete(String by, Instant at) {
        if (status != AppointmentStatus.BOOKED && status != AppointmentStatus.CONFIRMED
                && status != AppointmentStatus.ARRIVED) {
            return refused(AppointmentStatus.COMPLETED, "only a booked, confirmed or arrived appointment can be "
                    + "completed");
        }
        if (at.isBefore(interval.start())) {
            return refused(AppointmentStatus.COMPLETED, "the appointment has not started yet");
        }
        return Result.ok(attended(AppointmentStatus.COMPLETED, by, at));
    }

    /**
     * The customer did not come: allowed from booked or confirmed (not arrived) once the appointment has started.
     * Fails with {@code invalid_state} otherwise.
     */
    public Result<Appointment> markNoShow(String by, Instant at) {
        if (status != AppointmentStatus.BOOKED && status != AppointmentStatus.CONFIRMED) {
            return refused(AppointmentStatus.NO_SHOW, "only a booked or confirmed appointment can be a no-show");
        }
        if (at.isBefore(interval.start())) {
            return refused(AppointmentStatus.NO_SHOW, "the appointment has not started yet");
        }
        return Result.ok(attended(AppointmentStatus.NO_SHOW, by, at));
    }

    private Appointment attended(AppointmentStatus newStatus, String by, Instant at) {
        List<StatusChange> changes = new ArrayList<>(statusChanges);
        changes.add(new StatusChange(newStatus, by, at));
        return new Appointment(id, tenant, branch, service, staff, interval, segments, occupancies, customer, notes,
                newStatus, source, sync, compositeGroupId, rescheduleCount, correlationId, fromHold, fencingToken,
                createdAt, at, cancellationReason, resources, changes);
    }

    private Result<Appointment> refused(AppointmentStatus to, String why) {
        return Result.failure(ErrorCode.INVALID_STATE, "Appointment " + id + " is " + status.code() + ": " + why
                + ".", Map.of("from", status.code(), "to", to.code()));
    }

    /** The appointment without its customer's personal data (erased customer, no notes); it stays in the books. */
    public Appointment anonymised(Instant at) {
        return new Appointment(id, tenant, branch, service, staff, interval, segments, occupancies, Customer.erased(),
                "", status, source, sync, compositeGroupId, rescheduleCount, correlationId, fromHold, fencingToken,
                createdAt, at, cancellationReason.map(r -> "(erased)"));
    }

    public Appointment withSync(SyncState newSync, Instant at) {
        return new Appointment(id, tenant, branch, service, staff, interval, segments, occupancies, customer, notes,
                status, source, newSync, compositeGroupId, rescheduleCount, correlationId, fromHold, fencingToken,
                createdAt, at, cancellationReason, resources, statusChanges);
    }
}
