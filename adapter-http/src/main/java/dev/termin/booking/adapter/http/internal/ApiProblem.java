package dev.termin.booking.adapter.http.internal;

import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.result.Result;
import java.util.Map;
import java.util.Objects;

/**
 * A request that ends in an RFC 9457 problem: the engine's stable code, a human message, details, and optionally an
 * HTTP status other than the code's usual one. Thrown by handlers, rendered by {@link Problems}. Immutable.
 */
public final class ApiProblem extends RuntimeException {

    private final ErrorCode code;
    private final int status;
    private final Map<String, String> details;

    public ApiProblem(ErrorCode code, String message) {
        this(code, Problems.statusOf(code), message, Map.of());
    }

    public ApiProblem(ErrorCode code, int status, String message, Map<String, String> details) {
        super(Objects.requireNonNull(message, "message"), null, false, false);
        this.code = Objects.requireNonNull(code, "code");
        this.status = status;
        this.details = Map.copyOf(details);
    }

    /** The problem for an engine failure. */
    public static ApiProblem of(Result.Failure<?> failure) {
        return new ApiProblem(failure.code(), Problems.statusOf(failure.code()), failure.message(),
                failure.details());
    }

    public static ApiProblem invalid(String message) {
        return new ApiProblem(ErrorCode.INVALID_DATA, message);
    }

    public static ApiProblem missing(String field) {
        return new ApiProblem(ErrorCode.MISSING_REQUIRED_FIELD, "'" + field + "' is required.");
    }

    public static ApiProblem notFound(String message) {
        return new ApiProblem(ErrorCode.NOT_FOUND, message);
    }

    public ErrorCode code() {
        return code;
    }

    public int status() {
        return status;
    }

    public Map<String, String> details() {
        return details;
    }
}
