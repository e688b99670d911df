package dev.termin.booking.application.service;

import dev.termin.booking.application.port.in.ConfirmHoldCommand;
import dev.termin.booking.application.port.in.HoldCommand;
import dev.termin.booking.application.port.in.HoldUseCase;
import dev.termin.booking.application.port.in.SlotRequest;
import dev.termin.booking.application.port.out.AppointmentRepository;
import dev.termin.booking.application.port.out.BookingMetrics;
import dev.termin.booking.application.port.out.HoldRepository;
import dev.termin.booking.application.port.out.IdGenerator;
import dev.termin.booking.application.port.out.Transactions;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.appointment.HoldToken;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.hold.Hold;
import dev.termin.booking.domain.hold.HoldStatus;
import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.result.Result;
import dev.termin.booking.domain.slot.Slot;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Places, confirms and releases holds. Thread-safe; all state lives behind the ports. */
final class HoldService implements HoldUseCase {

    private final HoldRepository holds;
    private final AppointmentRepository appointments;
    private final Transactions transactions;
    private final AvailabilityLoader loader;
    private final BookingWriter writer;
    private final BookingSupport support;
    private final BookingIdempotency idempotency;
    private final FlowRecorder flow;
    private final HoldErrors errors;
    private final IdGenerator ids;
    private final Clock clock;
    private final BookingMetrics metrics;

    HoldService(HoldRepository holds, AppointmentRepository appointments, Transactions transactions,
            AvailabilityLoader loader, BookingWriter writer, BookingSupport support, BookingIdempotency idempotency,
            FlowRecorder flow, HoldErrors errors, IdGenerator ids, Clock clock, BookingMetrics metrics) {
        this.holds = holds;
        this.appointments = appointments;
        this.transactions = transactions;
        this.loader = loader;
        this.writer = writer;
        this.support = support;
        this.idempotency = idempotency;
        this.flow = flow;
        this.errors = errors;
        this.ids = ids;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Override
    public Result<Hold> hold(HoldCommand c) {
        try (var m = LogContext.correlation(c.correlationId())) {
            if (c.idempotencyKey().isEmpty()) {
                return place(c, BookingIdempotency.Committer.none());
            }
            return idempotency.once(c, committer -> place(c, committer));
        }
    }

    private Result<Hold> place(HoldCommand c, BookingIdempotency.Committer<Hold> committer) {
        return place(c.slot(), c.start(), c.owner(), c.lifetime(), new HoldToken(ids.newId()), c.correlationId(),
                committer::committed);
    }

    /**
     * Places a hold with this token for {@code owner}, for {@code lifetime} (the policy's hold lifetime when empty;
     * not limited to an hour, so a waitlist offer can be held for the tenant's offer window), and runs
     * {@code alsoInTransaction} with it before the transaction commits.
     */
    Result<Hold> place(SlotRequest request, Instant start, String owner, Optional<Duration> lifetime,
            HoldToken token, String correlationId, Consumer<Hold> alsoInTransaction) {
        var attempt = new AvailabilityLoader.Attempt(request, start, Optional.of(owner), Optional.empty(),
                correlationId, "hold.refused");
        var bookable = loader.bookable(attempt, () -> metrics.increment("termin.holds", "event", "refused"));
        if (!(bookable instanceof Result.Success<AvailabilityLoader.Bookable> b)) {
            return ((Result.Failure<AvailabilityLoader.Bookable>) bookable).cast();
        }
        var context = b.value().context();
        Slot slot = b.value().slot();
        Duration life = lifetime.orElse(context.policy().holdLifetime());
        TenantId tenant = request.tenant();
        var intent = new WriteIntent.NewBooking(tenant, slot.occupancies(), Optional.of(owner));
        Result<Hold> result = writer.write(intent, owner, (none, fence, now) -> {
            Hold hold = Hold.place(token, tenant, context.branch().id(), context.service().id(), owner, slot, now,
                    life);
            holds.insert(hold, now);
            flow.record(tenant, correlationId, "hold.placed", "token " + hold.token()
                    + " staff " + hold.staff() + " " + hold.interval());
            alsoInTransaction.accept(hold);
            return Result.ok(hold, b.value().warnings());
        });
        metrics.increment("termin.holds", "event", result.isSuccess() ? "created" : "refused");
        return result;
    }

    @Override
    public Result<Appointment> confirm(ConfirmHoldCommand c) {
        try (var m = LogContext.correlation(c.correlationId())) {
            Result<Appointment> result = c.idempotencyKey().isEmpty()
                    ? doConfirm(c, BookingIdempotency.Committer.none())
                    : idempotency.once(c, committer -> doConfirm(c, committer));
            if (result instanceof Result.Failure<Appointment> f) {
                errors.record(c.tenant());
                metrics.increment("termin.holds", "event", "confirm_failed");
                metrics.increment("termin.holds.confirm.failures", "code", f.code().code());
                flow.record(c.tenant(), c.correlationId(), "hold.confirm_failed", f.code().code());
            } else {
                metrics.increment("termin.holds", "event", "converted");
                metrics.increment("termin.bookings", "outcome", "booked", "source", c.source().code());
            }
            return result;
        }
    }

    private Result<Appointment> doConfirm(ConfirmHoldCommand c, BookingIdempotency.Committer<Appointment> committer) {
        Optional<Hold> found = holds.find(c.tenant(), c.token());
        Result<Hold> usable = usable(found, c.owner(), clock.instant());
        if (usable instanceof Result.Failure<Hold> f) {
            if (f.code() == ErrorCode.INVALID_STATE && found.get().convertedTo().isPresent()) {
                // Confirming twice is a retry: answer with the appointment it became.
                return find(c.tenant(), found.get().convertedTo().get());
            }
            return f.cast();
        }
        Hold hold = found.get();
        return writer.write(new WriteIntent.ConvertHold(c.tenant(), hold), c.owner(),
                now -> usable(holds.find(c.tenant(), c.token()), c.owner(), now),
                (current, fence, now) -> {
                    Slot slot = new Slot(hold.interval(), hold.staff(), hold.segments(), hold.occupancies());
                    AppointmentId id = support.newAppointmentId();
                    holds.update(current.convert(id, now));
                    Appointment appointment = support.create(id, new BookingSupport.NewAppointment(c.tenant(),
                            hold.branch(), hold.service(), slot, c.customer(), c.notes(), c.source(),
                            hold.isComposite(), c.correlationId(), Optional.of(hold.token())), fence, now);
                    flow.record(c.tenant(), c.correlationId(), "hold.converted", "token " + hold.token()
                            + " appointment " + appointment.id());
                    committer.committed(appointment);
                    return Result.ok(appointment, support.warnings(appointment));
                });
    }

    /** The hold if {@code owner} may still convert it at {@code now}. */
    private static Result<Hold> usable(Optional<Hold> found, String owner, Instant now) {
        if (found.isEmpty()) {
            return Result.failure(ErrorCode.RESERVATION_NOT_FOUND, "There is no reservation with this token.");
        }
        Hold hold = found.get();
        if (!hold.owner().equals(owner)) {
            return Result.failure(ErrorCode.RESERVATION_OWNER_MISMATCH,
                    "This reservation belongs to another caller.");
        }
        if (hold.status() == HoldStatus.CONVERTED) {
            return Result.failure(ErrorCode.INVALID_STATE, "This reservation has already been booked.");
        }
        if (!hold.isActiveAt(now)) {
            return Result.failure(ErrorCode.RESERVATION_EXPIRED,
                    "Your reservation expired; please check availability again.",
                    Map.of("expiredAt", hold.expiresAt().toString()));
        }
        return Result.ok(hold);
    }

    @Override
    public Result<Hold> release(TenantId tenant, HoldToken token, String owner, String reason, String correlationId) {
        try (var m = LogContext.correlation(correlationId)) {
            return transactions.inTransaction(() -> {
                Optional<Hold> found = holds.find(tenant, token);
                Result<Hold> usable = usable(found, owner, clock.instant());
                if (usable instanceof Result.Failure<Hold> f) {
                    return f;
                }
                Hold cancelled = found.get().cancel(reason, clock.instant());
                holds.update(cancelled);
                flow.record(tenant, correlationId, "hold.released", "token " + token);
                metrics.increment("termin.holds", "event", "cancelled");
                return Result.ok(cancelled);
            });
        }
    }

    @Override
    public Result<Hold> find(TenantId tenant, HoldToken token) {
        return holds.find(tenant, token).<Result<Hold>>map(Result::ok).orElseGet(() ->
                Result.failure(ErrorCode.RESERVATION_NOT_FOUND, "There is no reservation with this token."));
    }

    private Result<Appointment> find(TenantId tenant, AppointmentId id) {
        return appointments.find(tenant, id).<Result<Appointment>>map(Result::ok).orElseGet(() ->
                Result.failure(ErrorCode.NOT_FOUND, "Appointment " + id + " does not exist."));
    }
}
