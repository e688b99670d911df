package dev.termin.booking.adapter.http.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.termin.booking.application.port.out.IdempotencyStore;
import dev.termin.booking.application.port.out.IdempotencyStore.Claim;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.result.ErrorCode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} for POSTs that create or change something (IETF httpapi idempotency-key draft): the first
 * response (status, content type, body) is stored under {@code http:<key>} per tenant and replayed for the same key
 * and payload; the same key with another payload is {@code 422 idempotency_conflict}; while the first request runs,
 * {@code 409 idempotency_in_flight}. The fingerprint is SHA-256 of tenant, method, path and body. Responses with a
 * 5xx status are not kept, so a retry runs again. Bookings, holds and confirmations hand the key to their use case
 * instead ({@link #key}), which commits it with the booking in the database. Thread-safe.
 */
public final class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final String PREFIX = "http:";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private final IdempotencyStore store;
    private final Clock clock;
    private final Duration ttl;
    private final Duration inFlightTimeout;

    public Idempotency(IdempotencyStore store, Clock clock, Duration ttl, Duration inFlightTimeout) {
        this.store = store;
        this.clock = clock;
        this.ttl = ttl;
        this.inFlightTimeout = inFlightTimeout;
    }

    /**
     * The request's {@code Idempotency-Key} (surrounding quotes removed), for routes whose use case keeps the key
     * itself in the database, committed with what it writes; empty without the header.
     *
     * @throws ApiProblem if the key is not 1 to 200 printable ASCII characters
     */
    public static Optional<String> key(Context ctx) {
        String key = ctx.header(HEADER);
        if (key == null) {
            return Optional.empty();
        }
        key = key.strip();
        if (key.startsWith("\"") && key.endsWith("\"") && key.length() > 2) {
            key = key.substring(1, key.length() - 1);
        }
        if (!KEY.matcher(key).matches()) {
            throw ApiProblem.invalid("'Idempotency-Key' must be 1 to 200 printable ASCII characters.");
        }
        return Optional.of(key);
    }

    /** {@code handler} made idempotent per {@code Idempotency-Key}; requests without the header run as they are. */
    public Handler wrap(Handler handler) {
        return ctx -> {
            Optional<String> header = key(ctx);
            if (header.isEmpty()) {
                handler.handle(ctx);
                return;
            }
            String key = header.get();
            TenantId tenant = RequestContext.tenant(ctx);
            byte[] body = RequestContext.body(ctx);
            String storeKey = PREFIX + key;
            Claim claim = store.claim(tenant, storeKey, fingerprint(tenant, ctx.method().name(), ctx.path(), body),
                    clock.instant(), ttl, inFlightTimeout);
            if (claim instanceof Claim.Replay r) {
                replay(ctx, r.response());
                return;
            }
            if (claim instanceof Claim.Mismatch) {
                throw new ApiProblem(ErrorCode.IDEMPOTENCY_CONFLICT, 422,
                        "This Idempotency-Key was already used with a different request.", Map.of());
            }
            if (claim instanceof Claim.InFlight) {
                throw new ApiProblem(ErrorCode.IDEMPOTENCY_IN_FLIGHT, 409,
                        "A request with this Idempotency-Key is still being processed; retry shortly.", Map.of());
            }
            try {
                handler.handle(ctx);
            } catch (Exception e) {
                Problems.handle(e, ctx);
            }
            int status = ctx.statusCode();
            if (status >= 500) {
                store.release(tenant, storeKey);
                return;
            }
            ObjectNode stored = ApiJson.object();
            stored.put("status", status);
            stored.put("contentType", ctx.res().getContentType() == null ? "application/json"
                    : ctx.res().getContentType());
            String location = ctx.res().getHeader("Location");
            if (location != null) {
                stored.put("location", location);
            }
            stored.put("body", ctx.result() == null ? "" : ctx.result());
            store.complete(tenant, storeKey, ApiJson.write(stored));
        };
    }

    private static void replay(Context ctx, String response) {
        JsonNode stored = ApiJson.read(response);
        ctx.status(stored.get("status").intValue());
        ctx.contentType(stored.get("contentType").textValue());
        if (stored.hasNonNull("location")) {
            ctx.header("Location", stored.get("location").textValue());
        }
        ctx.header(REPLAYED_HEADER, "true");
        ctx.result(stored.get("body").textValue());
    }

    static String fingerprint(TenantId tenant, String method, String path, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((tenant.value() + "\n" + method + "\n" + path + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(body);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
