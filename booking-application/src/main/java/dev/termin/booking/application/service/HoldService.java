package dev.termin.booking.application.service;

import dev.termin.booking.application.port.in.ConfirmHoldCommand;
import dev.termin.booking.application.port.in.HoldCommand;
import dev.termin.booking.application.port.in.HoldUseCase;
import dev.termin.booking.application.port.out.OutboxMessage;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.hold.Hold;
import dev.termin.booking.domain.hold.HoldStatus;
import dev.termin.booking.domain.hold.HoldToken;
import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.result.Result;
import dev.termin.booking.domain.slot.Explanation;
import dev.termin.booking.domain.slot.Slot;
import dev.termin.booking.domain.slot.SlotSearch;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.slf4j.MDC;

/** Places, confirms and releases holds. Thread-safe; all state lives behind the ports. */
public final class HoldService implements HoldUseCase {

    private final Context ctx;
    private final AvailabilityLoader loader;
    private final BookingWriter writer;
    private final BookingSupport support;
    private final HoldErrors errors;

    public HoldService(Context ctx, HoldErrors errors) {
        this.ctx = ctx;
        this.loader = new AvailabilityLoader(ctx);
        this.writer = new BookingWriter(ctx);
        this.support = new BookingSupport(ctx);
        this.errors = errors;
    }

    @Override
    public Result<Hold> hold(HoldCommand c) {
        try (var m = MDC.putCloseable("correlationId", c.correlationId())) {
            var loaded = loader.loadAround(c.slot(), c.start(), 0, Optional.empty(), true);
            if (!(loaded instanceof Result.Success<AvailabilityLoader.Loaded> l)) {
                return ((Result.Failure<AvailabilityLoader.Loaded>) loaded).cast();
            }
            var context = l.value().context();
            Explanation e = SlotSearch.explain(context, c.start(), c.slot().staff(), Optional.of(c.owner()));
            if (!e.bookable()) {
                support.flow(c.slot().tenant(), c.correlationId(), "hold.refused",
                        e.reasons().get(0).code().code());
                ctx.metrics().increment("termin.holds", "event", "refused");
                return Explanations.failure(e);
            }
            Slot slot = e.slot().orElseThrow();
            var lifetime = c.lifetime().orElse(context.policy().holdLifetime());
            TenantId tenant = c.slot().tenant();
            Result<Hold> result = writer.write(tenant, slot.occupancies(), c.owner(),
                    fence -> {
                        Instant now = ctx.clock().instant();
                        Optional<String> conflict = writer.conflict(tenant, slot.occupancies(),
                                Optional.of(c.owner()), Optional.empty(), Optional.empty(), now);
                        if (conflict.isPresent()) {
                            return Result.failure(ErrorCode.SLOT_UNAVAILABLE,
                                    "That time was just taken; please choose another.");
                        }
                        Hold hold = Hold.place(new HoldToken(ctx.ids().newId()), tenant, context.branch().id(),
                                context.service().id(), c.owner(), slot, now, lifetime);
                        ctx.storage().holds().insert(hold, now);
                        support.flow(tenant, c.correlationId(), "hold.placed", "token " + hold.token()
                                + " staff " + hold.staff() + " " + hold.interval());
                        return Result.ok(hold, l.value().warnings());
                    });
            ctx.metrics().increment("termin.holds", "event", result.isSuccess() ? "created" : "refused");
            return result;
        }
    }

    @Override
    public Result<Appointment> confirm(ConfirmHoldCommand c) {
        try (var m = MDC.putCloseable("correlationId", c.correlationId())) {
            Result<Appointment> result = doConfirm(c);
            if (result instanceof Result.Failure<Appointment> f) {
                errors.record(c.tenant());
                ctx.metrics().increment("termin.holds", "event", "confirm_failed");
                ctx.metrics().increment("termin.holds.confirm.failures", "code", f.code().code());
                support.flow(c.tenant(), c.correlationId(), "hold.confirm_failed", f.code().code());
            } else {
                ctx.metrics().increment("termin.holds", "event", "converted");
                ctx.metrics().increment("termin.bookings", "outcome", "booked", "source", c.source().code());
            }
            return result;
        }
    }

    private Result<Appointment> doConfirm(ConfirmHoldCommand c) {
        Optional<Hold> found = ctx.storage().holds().find(c.tenant(), c.token());
        Result<Hold> usable = usable(found, c.owner(), ctx.clock().instant());
        if (usable instanceof Result.Failure<Hold> f) {
            if (f.code() == ErrorCode.INVALID_STATE && found.get().convertedTo().isPresent()) {
                // Confirming twice is a retry: answer with the appointment it became.
                return find(c.tenant(), found.get().convertedTo().get());
            }
            return f.cast();
        }
        Hold hold = found.get();
        return writer.write(c.tenant(), hold.occupancies(), c.owner(), fence -> {
            Instant now = ctx.clock().instant();
            Optional<Hold> current = ctx.storage().holds().find(c.tenant(), c.token());
            Result<Hold> stillUsable = usable(current, c.owner(), now);
            if (stillUsable instanceof Result.Failure<Hold> f) {
                return f.cast();
            }
            if (writer.conflict(c.tenant(), hold.occupancies(), Optional.of(c.owner()), Optional.empty(),
                    Optional.of(hold), now).isPresent()) {
                return Result.failure(ErrorCode.SLOT_UNAVAILABLE, "That time was just taken; please choose another.");
            }
            Slot slot = new Slot(hold.interval(), hold.staff(), hold.segments(), hold.occupancies());
            Appointment appointment = Appointment.book(new AppointmentId(ctx.ids().newId().toString()), c.tenant(),
                    hold.branch(), hold.service(), slot, c.customer(), c.notes(), c.source(),
                    support.initialSync(), hold.isComposite(), c.correlationId(), Optional.of(hold.token()),
                    fence.orElse(0), now);
            ctx.storage().holds().update(current.get().convert(appointment.id(), now));
            ctx.storage().appointments().insert(appointment);
            support.enqueue(appointment, OutboxMessage.Kind.NOTIFY_BOOKED);
            support.flow(c.tenant(), c.correlationId(), "hold.converted", "token " + hold.token()
                    + " appointment " + appointment.id());
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
        try (var m = MDC.putCloseable("correlationId", correlationId)) {
            return ctx.storage().transactions().inTransaction(() -> {
                Optional<Hold> found = ctx.storage().holds().find(tenant, token);
                Result<Hold> usable = usable(found, owner, ctx.clock().instant());
                if (usable instanceof Result.Failure<Hold> f) {
                    return f;
                }
                Hold cancelled = found.get().cancel(reason, ctx.clock().instant());
                ctx.storage().holds().update(cancelled);
                support.flow(tenant, correlationId, "hold.released", "token " + token);
                ctx.metrics().increment("termin.holds", "event", "cancelled");
                return Result.ok(cancelled);
            });
        }
    }

    @Override
    public Result<Hold> find(TenantId tenant, HoldToken token) {
        return ctx.storage().holds().find(tenant, token).<Result<Hold>>map(Result::ok).orElseGet(() ->
                Result.failure(ErrorCode.RESERVATION_NOT_FOUND, "There is no reservation with this token."));
    }

    private Result<Appointment> find(TenantId tenant, AppointmentId id) {
        return ctx.storage().appointments().find(tenant, id).<Result<Appointment>>map(Result::ok).orElseGet(() ->
                Result.failure(ErrorCode.NOT_FOUND, "Appointment " + id + " does not exist."));
    }
}
