package dev.termin.booking.application.service;

import dev.termin.booking.application.port.in.BookCommand;
import dev.termin.booking.application.port.out.AppointmentRepository;
import dev.termin.booking.application.port.out.IdempotencyStore;
import dev.termin.booking.application.port.out.IdempotencyStore.Claim;
import dev.termin.booking.application.port.out.InfrastructureException;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.result.Result;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a keyed booking once: claims the key with the request's fingerprint, replays the stored outcome of an earlier
 * run, refuses a reused key with another payload or while the first run is in flight, and stores the outcome.
 * Outcomes are stored as {@code appointment:<id>} or {@code failure:<code>\n<message>} with the stable
 * {@link ErrorCode#code()}; records stored with the enum name still replay. Thread-safe.
 */
final class BookingIdempotency {

    private static final Logger log = LoggerFactory.getLogger(BookingIdempotency.class);
    private static final String KEY_PREFIX = "book:";
    private static final String APPOINTMENT = "appointment:";
    private static final String FAILURE = "failure:";

    private final IdempotencyStore store;
    private final AppointmentRepository appointments;
    private final FlowRecorder flow;
    private final Clock clock;
    private final Duration ttl;
    private final Duration inFlightTimeout;

    BookingIdempotency(IdempotencyStore store, AppointmentRepository appointments, FlowRecorder flow, Clock clock,
            Duration ttl, Duration inFlightTimeout) {
        this.store = store;
        this.appointments = appointments;
        this.flow = flow;
        this.clock = clock;
        this.ttl = ttl;
        this.inFlightTimeout = inFlightTimeout;
    }

    /** Runs {@code booking} for the keyed command {@code c} at most once per key and payload. */
    Result<Appointment> once(BookCommand c, Supplier<Result<Appointment>> booking) {
        TenantId tenant = c.slot().tenant();
        String key = KEY_PREFIX + c.idempotencyKey().orElseThrow();
        Claim claim;
        try {
            claim = store.claim(tenant, key, fingerprint(c), clock.instant(), ttl, inFlightTimeout);
        } catch (InfrastructureException e) {
            // Booking without the key could book twice when the client retries, so refuse cleanly instead.
            log.warn("idempotency store unavailable, refusing a keyed booking: {}", e.getMessage());
            return Result.failure(ErrorCode.SERVICE_UNAVAILABLE,
                    "Bookings with an idempotency key cannot be accepted right now; please retry shortly.");
        }
        if (claim instanceof Claim.Replay r) {
            flow.record(tenant, c.correlationId(), "booking.replayed", "idempotency key reused");
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
            result = booking.get();
        } catch (RuntimeException e) {
            store.release(tenant, key);
            throw e;
        }
        try {
            store.complete(tenant, key, encode(result));
        } catch (InfrastructureException e) {
            // The booking stands; a retry after the in-flight timeout re-runs and meets the booked slot.
            log.warn("could not store the result of idempotency key {}: {}", c.idempotencyKey().get(),
                    e.getMessage());
        }
        return result;
    }

    private Result<Appointment> replay(TenantId tenant, String response) {
        if (response.startsWith(APPOINTMENT)) {
            AppointmentId id = new AppointmentId(response.substring(APPOINTMENT.length()));
            return appointments.find(tenant, id).<Result<Appointment>>map(Result::ok).orElseGet(() ->
                    Result.failure(ErrorCode.NOT_FOUND, "Appointment " + id + " does not exist."));
        }
        int nl = response.indexOf('\n');
        return Result.failure(errorCode(response.substring(FAILURE.length(), nl)), response.substring(nl + 1));
    }

    /** The code of a stored failure: the stable {@link ErrorCode#code()}, or the enum name older records hold. */
    static ErrorCode errorCode(String stored) {
        return Arrays.stream(ErrorCode.values()).filter(e -> e.code().equals(stored) || e.name().equals(stored))
                .findFirst().orElseThrow(() -> new IllegalStateException("unknown stored error code " + stored));
    }

    static String encode(Result<Appointment> r) {
        if (r instanceof Result.Success<Appointment> s) {
            return APPOINTMENT + s.value().id().value();
        }
        Result.Failure<Appointment> f = (Result.Failure<Appointment>) r;
        return FAILURE + f.code().code() + "\n" + f.message();
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
