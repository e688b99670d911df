package dev.termin.booking.application.service;

import dev.termin.booking.application.port.in.AppointmentUseCase;
import dev.termin.booking.application.port.in.BookCommand;
import dev.termin.booking.application.port.in.SlotRequest;
import dev.termin.booking.application.port.out.FlowEvent;
import dev.termin.booking.application.port.out.IdempotencyStore.Claim;
import dev.termin.booking.application.port.out.InfrastructureException;
import dev.termin.booking.application.port.out.OutboxMessage;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.hold.Hold;
import dev.termin.booking.domain.policy.BookingPolicy;
import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.result.Result;
import dev.termin.booking.domain.result.Warning;
import dev.termin.booking.domain.slot.Explanation;
import dev.termin.booking.domain.slot.Occupancy;
import dev.termin.booking.domain.slot.Slot;
import dev.termin.booking.domain.slot.SlotSearch;
import dev.termin.booking.domain.time.TimeInterval;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** Direct bookings (idempotent per client key), cancellations, reschedules and appointment queries. Thread-safe. */
public final class AppointmentService implements AppointmentUseCase {

    private static final Logger log = LoggerFactory.getLogger(AppointmentService.class);

    private static final String IDEMPOTENCY_PREFIX = "book:";

    private final Context ctx;
    private final AvailabilityLoader loader;
    private final BookingWriter writer;
    private final BookingSupport support;
    private final WaitlistService waitlist;

    public AppointmentService(Context ctx, WaitlistService waitlist) {
        this.ctx = ctx;
        this.loader = new AvailabilityLoader(ctx);
        this.writer = new BookingWriter(ctx);
        this.support = new BookingSupport(ctx);
        this.waitlist = waitlist;
    }

    @Override
    public Result<Appointment> book(BookCommand c) {
        try (var m = MDC.putCloseable("correlationId", c.correlationId())) {
            if (c.idempotencyKey().isEmpty()) {
                return count(c, doBook(c));
            }
            TenantId tenant = c.slot().tenant();
            String key = IDEMPOTENCY_PREFIX + c.idempotencyKey().get();
            Claim claim;
            try {
                claim = ctx.storage().idempotency().claim(tenant, key, fingerprint(c), ctx.clock().instant(),
                        ctx.settings().idempotencyTtl(), ctx.settings().idempotencyInFlightTimeout());
            } catch (InfrastructureException e) {
                // Booking without the key could book twice when the client retries, so refuse cleanly instead.
                log.warn("idempotency store unavailable, refusing a keyed booking: {}", e.getMessage());
                return Result.failure(ErrorCode.SERVICE_UNAVAILABLE,
                        "Bookings with an idempotency key cannot be accepted right now; please retry shortly.");
            }
            if (claim instanceof Claim.Replay r) {
                support.flow(tenant, c.correlationId(), "booking.replayed", "idempotency key reused");
                return replay(tenant, r.response());
            }
            if (claim instanceof Claim.Mismatch) {
                return Result.failure(ErrorCode.IDEMPOTENCY_CONFLICT,
                        "This idempotency key was already used for a different booking request.");
            }
            if (claim instanceof Claim.InFlight) {
                return Result.failure(ErrorCode.IDEMPOTENCY_IN_FLIGHT,
                        "A booking request with this idempotency key is still being processed.");
            }
            Result<Appointment> result;
            try {
                result = doBook(c);
            } catch (RuntimeException e) {
                ctx.storage().idempotency().release(tenant, key);
                throw e;
            }
            try {
                ctx.storage().idempotency().complete(tenant, key, encode(result));
            } catch (InfrastructureException e) {
                // The booking stands; a retry after the in-flight timeout re-runs and meets the booked slot.
                log.warn("could not store the result of idempotency key {}: {}", c.idempotencyKey().get(),
                        e.getMessage());
            }
            return count(c, result);
        }
    }

    private Result<Appointment> count(BookCommand c, Result<Appointment> r) {
        String outcome = r instanceof Result.Failure<Appointment> f ? f.code().code() : "booked";
        ctx.metrics().increment("termin.bookings", "outcome", outcome, "source", c.source().code());
        return r;
    }

    private Result<Appointment> doBook(BookCommand c) {
        var loaded = loader.loadAround(c.slot(), c.start(), 0, Optional.empty(), true);
        if (!(loaded instanceof Result.Success<AvailabilityLoader.Loaded> l)) {
            return ((Result.Failure<AvailabilityLoader.Loaded>) loaded).cast();
        }
        var context = l.value().context();
        Explanation e = SlotSearch.explain(context, c.start(), c.slot().staff(), c.owner());
        if (!e.bookable()) {
            support.flow(c.slot().tenant(), c.correlationId(), "booking.refused", e.reasons().get(0).code().code());
            return Explanations.failure(e);
        }
        Slot slot = e.slot().orElseThrow();
        TenantId tenant = c.slot().tenant();
        String lockOwner = c.owner().orElse(c.correlationId());
        return writer.write(tenant, slot.occupancies(), lockOwner, fence -> {
            Instant now = ctx.clock().instant();
            if (writer.conflict(tenant, slot.occupancies(), c.owner(), Optional.empty(), Optional.empty(), now)
                    .isPresent()) {
                return Result.failure(ErrorCode.SLOT_UNAVAILABLE, "That time was just taken; please choose another.");
            }
            if (c.owner().isPresent()) {
                supersedeOwnHolds(tenant, slot.occupancies(), c.owner().get(), now, c.correlationId());
            }
            Appointment a = Appointment.book(new AppointmentId(ctx.ids().newId().toString()), tenant,
                    context.branch().id(), context.service().id(), slot, c.customer(), c.notes(), c.source(),
                    support.initialSync(), context.service().isComposite(), c.correlationId(), Optional.empty(),
                    fence.orElse(0), now);
            ctx.storage().appointments().insert(a);
            support.enqueue(a, OutboxMessage.Kind.NOTIFY_BOOKED);
            support.flow(tenant, c.correlationId(), "booking.created", "appointment " + a.id() + " staff "
                    + a.staff() + " " + a.interval());
            List<Warning> warnings = new ArrayList<>(l.value().warnings());
            warnings.addAll(support.warnings(a));
            return Result.ok(a, warnings);
        });
    }

    /** The owner's own holds over the same time give way to the booking (a caller booking what they held). */
    private void supersedeOwnHolds(TenantId tenant, List<Occupancy> occupancies, String owner, Instant now,
            String correlationId) {
        for (Occupancy o : occupancies) {
            for (Hold h : ctx.storage().holds().findActiveOccupying(tenant, List.of(o.staff()), o.interval(), now)) {
                if (h.owner().equals(owner) && h.isActiveAt(now)) {
                    ctx.storage().holds().update(h.cancel("superseded by a direct booking", now));
                    support.flow(tenant, correlationId, "hold.superseded", "token " + h.token());
                }
            }
        }
    }

    @Override
    public Result<Appointment> cancel(TenantId tenant, AppointmentId id, String reason, boolean override,
            String correlationId) {
        try (var m = MDC.putCloseable("correlationId", correlationId)) {
            Optional<Appointment> found = ctx.storage().appointments().find(tenant, id);
            if (found.isEmpty()) {
                return notFound(id);
            }
            Appointment a = found.get();
            if (!a.isActive()) {
                return Result.failure(ErrorCode.INVALID_STATE, "This appointment is already cancelled.");
            }
            if (!override) {
                BookingPolicy policy = support.policy(tenant, a.service());
                Result<Void> allowed = policy.checkCancellation(a.interval().start(), ctx.clock().instant());
                if (allowed instanceof Result.Failure<Void> f) {
                    support.flow(tenant, correlationId, "cancel.refused", f.message());
                    return f.cast();
                }
            }
            Result<Appointment> result = writer.write(tenant, a.occupancies(), "cancel:" + id, fence -> {
                Appointment current = ctx.storage().appointments().find(tenant, id).orElseThrow();
                if (!current.isActive()) {
                    return Result.failure(ErrorCode.INVALID_STATE, "This appointment is already cancelled.");
                }
                Appointment cancelled = current.cancel(reason, ctx.clock().instant());
                ctx.storage().appointments().update(cancelled);
                support.enqueue(cancelled, OutboxMessage.Kind.NOTIFY_CANCELLED);
                support.flow(tenant, correlationId, "appointment.cancelled", "appointment " + id);
                return Result.ok(cancelled);
            });
            if (result.isSuccess()) {
                ctx.metrics().increment("termin.appointments.cancelled");
                waitlist.offerFreedSlot(a, correlationId);
            }
            return result;
        }
    }

    @Override
    public Result<Appointment> reschedule(TenantId tenant, AppointmentId id, Instant newStart,
            Optional<StaffId> staff, boolean override, String correlationId) {
        try (var m = MDC.putCloseable("correlationId", correlationId)) {
            Optional<Appointment> found = ctx.storage().appointments().find(tenant, id);
            if (found.isEmpty()) {
                return notFound(id);
            }
            Appointment a = found.get();
            if (!a.isActive()) {
                return Result.failure(ErrorCode.INVALID_STATE, "A cancelled appointment cannot be moved.");
            }
            if (!override) {
                BookingPolicy policy = support.policy(tenant, a.service());
                Result<Void> allowed = policy.checkReschedule(a.interval().start(), a.rescheduleCount(),
                        ctx.clock().instant());
                if (allowed instanceof Result.Failure<Void> f) {
                    support.flow(tenant, correlationId, "reschedule.refused", f.message());
                    return f.cast();
                }
            }
            SlotRequest request = new SlotRequest(tenant, Optional.of(a.branch()), a.service(),
                    Optional.of(staff.orElse(a.staff())));
            var loaded = loader.loadAround(request, newStart, 0, Optional.of(id), true);
            if (!(loaded instanceof Result.Success<AvailabilityLoader.Loaded> l)) {
                return ((Result.Failure<AvailabilityLoader.Loaded>) loaded).cast();
            }
            Explanation e = SlotSearch.explain(l.value().context(), newStart, request.staff(), Optional.empty());
            if (!e.bookable()) {
                support.flow(tenant, correlationId, "reschedule.refused", e.reasons().get(0).code().code());
                return Explanations.failure(e);
            }
            Slot slot = e.slot().orElseThrow();
            List<Occupancy> both = new ArrayList<>(a.occupancies());
            both.addAll(slot.occupancies());
            Result<Appointment> result = writer.write(tenant, both,
                    "reschedule:" + id, fence -> {
                        Instant now = ctx.clock().instant();
                        Appointment current = ctx.storage().appointments().find(tenant, id).orElseThrow();
                        if (!current.isActive() || current.rescheduleCount() != a.rescheduleCount()) {
                            return Result.failure(ErrorCode.INVALID_STATE,
                                    "The appointment changed meanwhile; please try again.");
                        }
                        if (writer.conflict(tenant, slot.occupancies(), Optional.empty(), Optional.of(id),
                                Optional.empty(), now).isPresent()) {
                            return Result.failure(ErrorCode.SLOT_UNAVAILABLE,
                                    "That time was just taken; please choose another.");
                        }
                        Appointment moved = current.rescheduleTo(slot, fence.orElse(0), now);
                        ctx.storage().appointments().update(moved);
                        support.enqueue(moved, OutboxMessage.Kind.NOTIFY_RESCHEDULED);
                        support.flow(tenant, correlationId, "appointment.rescheduled", "appointment " + id + " from "
                                + a.interval() + " to " + moved.interval());
                        return Result.ok(moved, support.warnings(moved));
                    });
            if (result.isSuccess()) {
                ctx.metrics().increment("termin.appointments.rescheduled");
                waitlist.offerFreedSlot(a, correlationId);
            }
            return result;
        }
    }

    @Override
    public Result<Appointment> find(TenantId tenant, AppointmentId id) {
        return ctx.storage().appointments().find(tenant, id).<Result<Appointment>>map(Result::ok)
                .orElseGet(() -> notFound(id));
    }

    @Override
    public List<Appointment> list(TenantId tenant, Optional<StaffId> staff, TimeInterval range) {
        return ctx.storage().appointments().list(tenant, staff, range);
    }

    @Override
    public List<FlowEvent> flow(TenantId tenant, String correlationId) {
        return ctx.storage().flowLog().find(tenant, correlationId);
    }

    private static <T> Result<T> notFound(AppointmentId id) {
        return Result.failure(ErrorCode.NOT_FOUND, "Appointment " + id + " does not exist.");
    }

    private Result<Appointment> replay(TenantId tenant, String response) {
        if (response.startsWith("appointment:")) {
            return find(tenant, new AppointmentId(response.substring("appointment:".length())));
        }
        int nl = response.indexOf('\n');
        ErrorCode code = ErrorCode.valueOf(response.substring("failure:".length(), nl));
        return Result.failure(code, response.substring(nl + 1));
    }

    private static String encode(Result<Appointment> r) {
        if (r instanceof Result.Success<Appointment> s) {
            return "appointment:" + s.value().id().value();
        }
        Result.Failure<Appointment> f = (Result.Failure<Appointment>) r;
        return "failure:" + f.code().name() + "\n" + f.message();
    }

    /** A digest of everything that makes two booking requests the same request. */
    static String fingerprint(BookCommand c) {
        String canonical = String.join("\u001f", c.slot().tenant().value(),
                c.slot().branch().map(Object::toString).orElse(""), c.slot().service().value(),
                c.slot().staff().map(Object::toString).orElse(""), c.start().toString(), c.customer().name(),
                c.customer().phone().map(p -> p.e164()).orElse(""),
                c.customer().email().map(e -> e.value()).orElse(""), c.notes(), c.source().code(),
                c.owner().orElse(""));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
