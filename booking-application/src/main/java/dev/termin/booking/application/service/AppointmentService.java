package dev.termin.booking.application.service;

import dev.termin.booking.application.port.in.AppointmentUseCase;
import dev.termin.booking.application.port.in.AttendanceCommand;
import dev.termin.booking.application.port.in.BookCommand;
import dev.termin.booking.application.port.in.CancelCommand;
import dev.termin.booking.application.port.in.RescheduleCommand;
import dev.termin.booking.application.port.in.SlotRequest;
import dev.termin.booking.application.port.out.AppointmentRepository;
import dev.termin.booking.application.port.out.BookingFlowLog;
import dev.termin.booking.application.port.out.BookingMetrics;
import dev.termin.booking.application.port.out.FlowEvent;
import dev.termin.booking.application.port.out.HoldRepository;
import dev.termin.booking.application.port.out.OutboxMessage;
import dev.termin.booking.application.port.out.WebhookEvent;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.appointment.AppointmentStatus;
import dev.termin.booking.domain.appointment.Attendance;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.customer.Customer;
import dev.termin.booking.domain.hold.Hold;
import dev.termin.booking.domain.policy.BookingPolicy;
import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.result.Result;
import dev.termin.booking.domain.result.Warning;
import dev.termin.booking.domain.slot.Occupancy;
import dev.termin.booking.domain.slot.Slot;
import dev.termin.booking.domain.time.TimeInterval;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Direct bookings (idempotent per client key), cancellations, reschedules and appointment queries. Thread-safe. */
final class AppointmentService implements AppointmentUseCase {

    private final AppointmentRepository appointments;
    private final HoldRepository holds;
    private final BookingFlowLog flowLog;
    private final AvailabilityLoader loader;
    private final BookingWriter writer;
    private final BookingSupport support;
    private final BookingIdempotency idempotency;
    private final FlowRecorder flow;
    private final WaitlistService waitlist;
    private final Clock clock;
    private final BookingMetrics metrics;

    AppointmentService(AppointmentRepository appointments, HoldRepository holds, BookingFlowLog flowLog,
            AvailabilityLoader loader, BookingWriter writer, BookingSupport support, BookingIdempotency idempotency,
            FlowRecorder flow, WaitlistService waitlist, Clock clock, BookingMetrics metrics) {
        this.appointments = appointments;
        this.holds = holds;
        this.flowLog = flowLog;
        this.loader = loader;
        this.writer = writer;
        this.support = support;
        this.idempotency = idempotency;
        this.flow = flow;
        this.waitlist = waitlist;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Override
    public Result<Appointment> book(BookCommand c) {
        try (var m = LogContext.correlation(c.correlationId())) {
            if (c.idempotencyKey().isEmpty()) {
                return count(c, doBook(c, BookingIdempotency.Committer.none()));
            }
            return idempotency.once(c, committer -> count(c, doBook(c, committer)));
        }
    }

    private Result<Appointment> count(BookCommand c, Result<Appointment> r) {
        String outcome = r instanceof Result.Failure<Appointment> f ? f.code().code() : "booked";
        metrics.increment("termin.bookings", "outcome", outcome, "source", c.source().code());
        return r;
    }

    private Result<Appointment> doBook(BookCommand c, BookingIdempotency.Committer<Appointment> committer) {
        var attempt = new AvailabilityLoader.Attempt(c.slot(), c.start(), c.owner(), Optional.empty(),
                c.correlationId(), "booking.refused");
        var bookable = loader.bookable(attempt, () -> { });
        if (!(bookable instanceof Result.Success<AvailabilityLoader.Bookable> b)) {
            return ((Result.Failure<AvailabilityLoader.Bookable>) bookable).cast();
        }
        var context = b.value().context();
        Slot slot = b.value().slot();
        TenantId tenant = c.slot().tenant();
        var intent = new WriteIntent.NewBooking(tenant, slot.occupancies(), c.owner());
        return writer.write(intent, c.owner().orElse(c.correlationId()), (none, fence, now) -> {
            if (c.owner().isPresent()) {
                supersedeOwnHolds(tenant, slot.occupancies(), c.owner().get(), now, c.correlationId());
            }
            Appointment a = support.create(support.newAppointmentId(), new BookingSupport.NewAppointment(tenant,
                    context.branch().id(), context.service().id(), slot, c.customer(), c.notes(), c.source(),
                    context.service().isComposite(), c.correlationId(), Optional.empty()), fence, now);
            flow.record(tenant, c.correlationId(), "booking.created", "appointment " + a.id() + " staff "
                    + a.staff() + " " + a.interval());
            committer.committed(a);
            List<Warning> warnings = new ArrayList<>(b.value().warnings());
            warnings.addAll(support.warnings(a));
            return Result.ok(a, warnings);
        });
    }

    /** The owner's own holds over the same time give way to the booking (a caller booking what they held). */
    private void supersedeOwnHolds(TenantId tenant, List<Occupancy> occupancies, String owner, Instant now,
            String correlationId) {
        for (Occupancy o : occupancies) {
            for (Hold h : holds.findActiveOccupying(tenant, List.of(o.staff()), o.interval(), now)) {
                if (h.owner().equals(owner) && h.isActiveAt(now)) {
                    holds.update(h.cancel("superseded by a direct booking", now));
                    flow.record(tenant, correlationId, "hold.superseded", "token " + h.token());
                }
            }
        }
    }

    @Override
    public Result<Appointment> cancel(CancelCommand c) {
        try (var m = LogContext.correlation(c.correlationId())) {
            TenantId tenant = c.tenant();
            AppointmentId id = c.appointment();
            Optional<Appointment> found = appointments.find(tenant, id);
            if (found.isEmpty()) {
                return notFound(id);
            }
            Appointment a = found.get();
            if (!a.isActive()) {
                return Result.failure(ErrorCode.INVALID_STATE, "This appointment is already cancelled.");
            }
            if (!c.override()) {
                BookingPolicy policy = support.policy(tenant, a.service());
                Result<Void> allowed = policy.checkCancellation(a.interval().start(), clock.instant());
                if (allowed instanceof Result.Failure<Void> f) {
                    flow.record(tenant, c.correlationId(), "cancel.refused", f.message());
                    return f.cast();
                }
            }
            Result<Appointment> result = writer.write(new WriteIntent.Release(tenant, a.occupancies()),
                    "cancel:" + id, now -> active(tenant, id, "This appointment is already cancelled."),
                    (current, fence, now) -> {
                        Appointment cancelled = current.cancel(c.reason(), now);
                        appointments.update(cancelled);
                        support.enqueue(cancelled, OutboxMessage.Kind.NOTIFY_CANCELLED);
                        flow.record(tenant, c.correlationId(), "appointment.cancelled", "appointment " + id);
                        return Result.ok(cancelled);
                    });
            if (result.isSuccess()) {
                metrics.increment("termin.appointments.cancelled");
                waitlist.offerFreedSlot(a, c.correlationId());
            }
            return result;
        }
    }

    private Result<Appointment> active(TenantId tenant, AppointmentId id, String otherwise) {
        Appointment current = appointments.find(tenant, id).orElseThrow();
        return current.isActive() ? Result.ok(current) : Result.failure(ErrorCode.INVALID_STATE, otherwise);
    }

    @Override
    public Result<Appointment> reschedule(RescheduleCommand c) {
        try (var m = LogContext.correlation(c.correlationId())) {
            TenantId tenant = c.tenant();
            AppointmentId id = c.appointment();
            Optional<Appointment> found = appointments.find(tenant, id);
            if (found.isEmpty()) {
                return notFound(id);
            }
            Appointment a = found.get();
            if (!a.isActive()) {
                return Result.failure(ErrorCode.INVALID_STATE, "A cancelled appointment cannot be moved.");
            }
            if (!c.override()) {
                BookingPolicy policy = support.policy(tenant, a.service());
                Result<Void> allowed = policy.checkReschedule(a.interval().start(), a.rescheduleCount(),
                        clock.instant());
                if (allowed instanceof Result.Failure<Void> f) {
                    flow.record(tenant, c.correlationId(), "reschedule.refused", f.message());
                    return f.cast();
                }
            }
            // a named staff member brings their branch: an appointment may move to another branch with them
            SlotRequest request = new SlotRequest(tenant, c.staff().isPresent() ? Optional.empty()
                    : Optional.of(a.branch()), a.service(), Optional.of(c.staff().orElse(a.staff())));
            var attempt = new AvailabilityLoader.Attempt(request, c.newStart(), Optional.empty(), Optional.of(id),
                    c.correlationId(), "reschedule.refused");
            var bookable = loader.bookable(attempt, () -> { });
            if (!(bookable instanceof Result.Success<AvailabilityLoader.Bookable> b)) {
                return ((Result.Failure<AvailabilityLoader.Bookable>) bookable).cast();
            }
            Slot slot = b.value().slot();
            BranchId branch = b.value().context().branch().id();
            var intent = new WriteIntent.Move(tenant, id, a.occupancies(), slot.occupancies());
            Result<Appointment> result = writer.write(intent, "reschedule:" + id,
                    now -> unchanged(tenant, a),
                    (current, fence, now) -> {
                        Appointment moved = current.rescheduleTo(slot, branch, fence, now);
                        appointments.update(moved);
                        support.enqueue(moved, OutboxMessage.Kind.NOTIFY_RESCHEDULED);
                        flow.record(tenant, c.correlationId(), "appointment.rescheduled", "appointment " + id
                                + " from " + a.interval() + " to " + moved.interval());
                        return Result.ok(moved, support.warnings(moved));
                    });
            if (result.isSuccess()) {
                metrics.increment("termin.appointments.rescheduled");
                waitlist.offerFreedSlot(a, c.correlationId());
            }
            return result;
        }
    }

    /** The stored appointment, if it is still the one {@code seen} (active, not moved meanwhile). */
    private Result<Appointment> unchanged(TenantId tenant, Appointment seen) {
        Appointment current = appointments.find(tenant, seen.id()).orElseThrow();
        if (!current.isActive() || current.rescheduleCount() != seen.rescheduleCount()) {
            return Result.failure(ErrorCode.INVALID_STATE, "The appointment changed meanwhile; please try again.");
        }
        return Result.ok(current);
    }

    /**
     * Locks the appointment's staff like any write (a concurrent reschedule or cancel is serialized with it),
     * re-reads it and stores the transition; it takes no new time, so nothing is re-checked.
     */
    @Override
    public Result<Appointment> recordAttendance(AttendanceCommand c) {
        try (var m = LogContext.correlation(c.correlationId())) {
            Optional<Appointment> found = appointments.find(c.tenant(), c.appointment());
            if (found.isEmpty()) {
                return notFound(c.appointment());
            }
            return writer.write(new WriteIntent.Release(c.tenant(), found.get().occupancies()),
                    "attendance:" + c.appointment(),
                    now -> Result.ok(appointments.find(c.tenant(), c.appointment()).orElseThrow()),
                    (current, fence, now) -> transition(current, c, now).flatMap(changed -> {
                        appointments.update(changed);
                        if (c.to() != AppointmentStatus.ARRIVED) {
                            support.announce(changed, c.to() == AppointmentStatus.COMPLETED
                                    ? WebhookEvent.APPOINTMENT_COMPLETED : WebhookEvent.APPOINTMENT_NO_SHOW);
                        }
                        flow.record(c.tenant(), c.correlationId(), "appointment." + c.to().code(),
                                "appointment " + c.appointment());
                        metrics.increment("termin.appointments.attendance", "status", c.to().code());
                        return Result.ok(changed);
                    }));
        }
    }

    private static Result<Appointment> transition(Appointment a, AttendanceCommand c, Instant now) {
        if (c.to() == AppointmentStatus.ARRIVED) {
            return a.markArrived(c.by(), now);
        }
        return c.to() == AppointmentStatus.COMPLETED ? a.complete(c.by(), now) : a.markNoShow(c.by(), now);
    }

    @Override
    public long noShows(TenantId tenant, Customer customer) {
        return Attendance.noShows(appointments.findByContact(tenant, customer.phone(), customer.email()), customer);
    }

    @Override
    public Result<Appointment> find(TenantId tenant, AppointmentId id) {
        return appointments.find(tenant, id).<Result<Appointment>>map(Result::ok).orElseGet(() -> notFound(id));
    }

    @Override
    public List<Appointment> list(TenantId tenant, Optional<StaffId> staff, TimeInterval range) {
        return appointments.list(tenant, staff, range);
    }

    @Override
    public List<FlowEvent> flow(TenantId tenant, String correlationId) {
        return flowLog.find(tenant, correlationId);
    }

    private static <T> Result<T> notFound(AppointmentId id) {
        return Result.failure(ErrorCode.NOT_FOUND, "Appointment " + id + " does not exist.");
    }
}
