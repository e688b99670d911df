package dev.termin.booking.adapter.http.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.termin.booking.application.port.out.InfrastructureException;
import dev.termin.booking.application.port.out.SlotConflictException;
import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.result.Warning;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.time.DateTimeException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders failures as RFC 9457 {@code application/problem+json} with the engine's stable {@code code} and the
 * request's {@code correlationId}, and maps error codes and exceptions to HTTP statuses. Stateless, thread-safe.
 */
public final class Problems {

    public static final String CONTENT_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://termin.dev/problems/";

    private static final Logger log = LoggerFactory.getLogger(Problems.class);

    private Problems() {
    }

    /** The HTTP status for an engine error code. */
    public static int statusOf(ErrorCode code) {
        return switch (code) {
            case INVALID_DATA, MISSING_REQUIRED_FIELD -> 400;
            case UNAUTHORIZED -> 401;
            case RESERVATION_OWNER_MISMATCH, FORBIDDEN -> 403;
            case NOT_FOUND, RESERVATION_NOT_FOUND -> 404;
            case SLOT_UNAVAILABLE, IDEMPOTENCY_IN_FLIGHT, INVALID_STATE -> 409;
            case RESERVATION_EXPIRED -> 410;
            case IDEMPOTENCY_CONFLICT, POLICY_VIOLATION -> 422;
            case RATE_LIMITED -> 429;
            case SERVICE_UNAVAILABLE -> 503;
            case GENERAL_ERROR -> 500;
        };
    }

    /** A title per code: the code in words. */
    static String titleOf(ErrorCode code) {
        String words = code.code().replace('_', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    /** Renders any exception thrown while handling a request. */
    public static void handle(Exception e, Context ctx) {
        if (e instanceof ApiProblem p) {
            Map<String, String> details = p.details();
            if (details.containsKey(Warning.IDEMPOTENT_REPLAY)) {
                ctx.header(Idempotency.REPLAYED_HEADER, "true");
                details = new TreeMap<>(details);
                details.remove(Warning.IDEMPOTENT_REPLAY);
            }
            write(ctx, p.status(), p.code(), p.getMessage(), details);
        } else if (e instanceof SlotConflictException) {
            write(ctx, 409, ErrorCode.SLOT_UNAVAILABLE, "That time was just taken; please choose another.", Map.of());
        } else if (e instanceof InfrastructureException) {
            log.warn("infrastructure failure on {} {}: {}", ctx.method(), ctx.path(), e.toString());
            write(ctx, 503, ErrorCode.SERVICE_UNAVAILABLE,
                    "A backing service is unavailable; please try again shortly.", Map.of());
        } else if (e instanceof IllegalArgumentException || e instanceof DateTimeException) {
            write(ctx, 400, ErrorCode.INVALID_DATA, e.getMessage() == null ? "Invalid data." : e.getMessage(),
                    Map.of());
        } else if (e instanceof HttpResponseException h) {
            int status = h.getStatus();
            ErrorCode code = status == 404 ? ErrorCode.NOT_FOUND : status == 401 ? ErrorCode.UNAUTHORIZED
                    : status == 429 ? ErrorCode.RATE_LIMITED : status >= 500 ? ErrorCode.SERVICE_UNAVAILABLE
                    : ErrorCode.INVALID_DATA;
            String message = status == 413 ? "The request body is too large." : h.getMessage();
            write(ctx, status, code, message, Map.of());
        } else {
            log.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
            write(ctx, 500, ErrorCode.GENERAL_ERROR,
                    "Something went wrong on our side; quote the correlation id when reporting it.", Map.of());
        }
    }

    /** Writes a problem response. */
    public static void write(Context ctx, int status, ErrorCode code, String detail, Map<String, String> details) {
        ObjectNode body = ApiJson.object();
        body.put("type", TYPE_BASE + code.code());
        body.put("title", titleOf(code));
        body.put("status", status);
        body.put("detail", detail);
        body.put("code", code.code());
        body.put("instance", ctx.path());
        String correlationId = ctx.attribute(RequestContext.CORRELATION_ID);
        if (correlationId != null) {
            body.put("correlationId", correlationId);
        }
        if (!details.isEmpty()) {
            ObjectNode d = body.putObject("details");
            new TreeMap<>(details).forEach(d::put);
        }
        ctx.status(status);
        ctx.contentType(CONTENT_TYPE);
        ctx.result(ApiJson.write(body));
    }
}
