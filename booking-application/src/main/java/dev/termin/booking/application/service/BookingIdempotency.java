package dev.termin.booking.application.service;

import dev.termin.booking.application.port.in.BookCommand;
import dev.termin.booking.application.port.in.ConfirmHoldCommand;
import dev.termin.booking.application.port.in.HoldCommand;
import dev.termin.booking.application.port.out.AppointmentRepository;
import dev.termin.booking.application.port.out.HoldRepository;
import dev.termin.booking.application.port.out.IdempotencyStore;
import dev.termin.booking.application.port.out.IdempotencyStore.Claim;
import dev.termin.booking.application.port.out.InfrastructureException;
import dev.termin.booking.application.port.out.StorageUnavailableException;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.appointment.HoldToken;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.hold.Hold;
import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.result.Result;
import dev.termin.booking.domain.result.Warning;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a keyed booking, hold or hold confirmation once: claims the key with the request's fingerprint, replays the
 * stored outcome of an earlier run, refuses a reused key with another payload or while the first run is in flight,
 * and stores the outcome.
 *
 * <p>The store is the storage's own idempotency store, never a separate one (Redis): a successful write records its
 * outcome through {@link Committer} inside the write's transaction, so the key's record and the booking commit
 * together. A process that dies after the commit and before its answer leaves a completed record, and the client's
 * retry replays the booking instead of waiting for the claim to time out and then meeting its own booking as a
 * taken slot. Outcomes are stored as {@code appointment:<id>}, {@code hold:<token>} or
 * {@code failure:<code>\n<message>} with the stable {@link ErrorCode#code()}; records stored with the enum name
 * still replay. Thread-safe.
 */
final class BookingIdempotency {

    /** Records the outcome of a keyed write inside the write's transaction; does nothing for an unkeyed one. */
    @FunctionalInterface
    interface Committer<T> {
        void committed(T value);

        static <T> Committer<T> none() {
            return value -> { };
        }
    }

    private static final Logger log = LoggerFactory.getLogger(BookingIdempotency.class);
    private static final String APPOINTMENT = "appointment:";
    private static final String HOLD = "hold:";
    private static final String FAILURE = "failure:";
    private static final Warning REPLAYED = new Warning(Warning.IDEMPOTENT_REPLAY,
            "This is the stored outcome of an earlier request with the same idempotency key.");

    private final IdempotencyStore store;
    private final AppointmentRepository appointments;
    private final HoldRepository holds;
    private final FlowRecorder flow;
    private final Clock clock;
    private final Duration ttl;
    private final Duration inFlightTimeout;

    BookingIdempotency(IdempotencyStore store, AppointmentRepository appointments, HoldRepository holds,
            FlowRecorder flow, Clock clock, Duration ttl, Duration inFlightTimeout) {
        this.store = store;
        this.appointments = appointments;
        this.holds = holds;
        this.flow = flow;
        this.clock = clock;
        this.ttl = ttl;
        this.inFlightTimeout = inFlightTimeout;
    }

    /** Runs {@code booking} for the keyed command {@code c} at most once per key and payload. */
    Result<Appointment> once(BookCommand c, Function<Committer<Appointment>, Result<Appointment>> booking) {
        return once(c.slot().tenant(), "book:" + c.idempotencyKey().orElseThrow(), fingerprint(c), c.correlationId(),
                APPOINTMENT, a -> a.id().value(), this::appointment, booking);
    }

    /** Runs {@code placing} for the keyed hold command {@code c} at most once per key and payload. */
    Result<Hold> once(HoldCommand c, Function<Committer<Hold>, Result<Hold>> placing) {
        return once(c.slot().tenant(), "hold:" + c.idempotencyKey().orElseThrow(), fingerprint(c), c.correlationId(),
                HOLD, h -> h.token().value().toString(), this::hold, placing);
    }

    /** Runs {@code confirming} for the keyed confirmation {@code c} at most once per key and payload. */
    Result<Appointment> once(ConfirmHoldCommand c, Function<Committer<Appointment>, Result<Appointment>> confirming) {
        return once(c.tenant(), "confirm:" + c.idempotencyKey().orElseThrow(), fingerprint(c), c.correlationId(),
                APPOINTMENT, a -> a.id().value(), this::appointment, confirming);
    }

    private <T> Result<T> once(TenantId tenant, String key, String fingerprint, String correlationId, String prefix,
            Function<T, String> reference, BiFunction<TenantId, String, Result<T>> replaySuccess,
            Function<Committer<T>, Result<T>> run) {
        Claim claim;
        try {
            claim = store.claim(tenant, key, fingerprint, clock.instant(), ttl, inFlightTimeout);
        } catch (InfrastructureException e) {
            // The store is the database itself: nothing could be booked now anyway.
            log.warn("idempotency store unavailable, refusing a keyed request: {}", e.getMessage());
            return Result.failure(ErrorCode.SERVICE_UNAVAILABLE,
                    "Requests with an idempotency key cannot be accepted right now; please retry shortly.");
        }
        if (claim instanceof Claim.Replay r) {
            flow.record(tenant, correlationId, "booking.replayed", "idempotency key reused");
            String response = r.response();
            Result<T> replayed = response.startsWith(prefix)
                    ? replaySuccess.apply(tenant, response.substring(prefix.length())) : failure(response);
            return replayed instanceof Result.Success<T> ok ? Result.ok(ok.value(), List.of(REPLAYED)) : replayed;
        }
        if (claim instanceof Claim.Mismatch) {
            return Result.failure(ErrorCode.IDEMPOTENCY_CONFLICT,
                    "This idempotency key was already used for a different request.");
        }
        if (claim instanceof Claim.InFlight) {
            return Result.failure(ErrorCode.IDEMPOTENCY_IN_FLIGHT,
                    "A request with this idempotency key is still being processed.");
        }
        AtomicBoolean recorded = new AtomicBoolean();
        Result<T> result;
        try {
            result = run.apply(value -> {
                store.complete(tenant, key, prefix + reference.apply(value));
                recorded.set(true);
            });
        } catch (StorageUnavailableException e) {
            // The database cannot be reached now (no connection in time, no reply in time, or it shuts down): a
            // release would wait for a connection and fail the same way, doubling the caller's wait for its 503.
            // The claim is taken over after the in-flight timeout, as when the process dies.
            throw e;
        } catch (RuntimeException e) {
            releaseQuietly(tenant, key);
            throw e;
        }
        if (result instanceof Result.Success<T> s && !recorded.get()) {
            // answered without a write of its own (a confirmation met the appointment its hold already became)
            completeQuietly(tenant, key, prefix + reference.apply(s.value()));
        } else if (result instanceof Result.Failure<T> f) {
            // A failure rolled back everything, including an outcome recorded inside the transaction.
            completeQuietly(tenant, key, encode(f));
        }
        return result;
    }

    private void completeQuietly(TenantId tenant, String key, String response) {
        try {
            store.complete(tenant, key, response);
        } catch (InfrastructureException e) {
            // The claim stays in flight; a retry after the in-flight timeout runs again and meets the same state.
            log.warn("could not store the outcome of an idempotency key: {}", e.getMessage());
        }
    }

    private void releaseQuietly(TenantId tenant, String key) {
        try {
            store.release(tenant, key);
        } catch (InfrastructureException e) {
            log.warn("could not release an idempotency key; it is taken over after the in-flight timeout: {}",
                    e.getMessage());
        }
    }

    private Result<Appointment> appointment(TenantId tenant, String id) {
        AppointmentId appointment = new AppointmentId(id);
        return appointments.find(tenant, appointment).<Result<Appointment>>map(Result::ok).orElseGet(() ->
                Result.failure(ErrorCode.NOT_FOUND, "Appointment " + appointment + " does not exist."));
    }

    private Result<Hold> hold(TenantId tenant, String token) {
        Optional<Hold> found = holds.find(tenant, HoldToken.parse(token));
        return found.<Result<Hold>>map(Result::ok).orElseGet(() ->
                Result.failure(ErrorCode.RESERVATION_NOT_FOUND, "There is no reservation with this token."));
    }

    private static <T> Result<T> failure(String response) {
        int nl = response.indexOf('\n');
        return Result.failure(errorCode(response.substring(FAILURE.length(), nl)), response.substring(nl + 1),
                Map.of(Warning.IDEMPOTENT_REPLAY, "true"));
    }

    /** The code of a stored failure: the stable {@link ErrorCode#code()}, or the enum name older records hold. */
    static ErrorCode errorCode(String stored) {
        return Arrays.stream(ErrorCode.values()).filter(e -> e.code().equals(stored) || e.name().equals(stored))
                .findFirst().orElseThrow(() -> new IllegalStateException("unknown stored error code " + stored));
    }

    static String encode(Result.Failure<?> f) {
        return FAILURE + f.code().code() + "\n" + f.message();
    }

    /** A digest of everything that makes two booking requests the same request. */
    static String fingerprint(BookCommand c) {
        return digest(c.slot().tenant().value(), c.slot().branch().map(Object::toString).orElse(""),
                c.slot().service().value(), c.slot().staff().map(Object::toString).orElse(""), c.start().toString(),
                c.customer().name(), c.customer().phone().map(p -> p.e164()).orElse(""),
                c.customer().email().map(e -> e.value()).orElse(""), c.notes(), c.source().code(),
                c.owner().orElse(""));
    }

    /** A digest of everything that makes two hold requests the same request. */
    static String fingerprint(HoldCommand c) {
        return digest("hold", c.slot().tenant().value(), c.slot().branch().map(Object::toString).orElse(""),
                c.slot().service().value(), c.slot().staff().map(Object::toString).orElse(""), c.start().toString(),
                c.owner(), c.lifetime().map(Duration::toString).orElse(""));
    }

    /** A digest of everything that makes two confirmations the same request. */
    static String fingerprint(ConfirmHoldCommand c) {
        return digest("confirm", c.tenant().value(), c.token().value().toString(), c.owner(), c.customer().name(),
                c.customer().phone().map(p -> p.e164()).orElse(""),
                c.customer().email().map(e -> e.value()).orElse(""), c.notes(), c.source().code());
    }

    private static String digest(String... parts) {
        String canonical = String.join("\u001f", parts);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
