package dev.termin.booking.adapter.http.internal;

import dev.termin.booking.domain.Checks;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One entry of the route table: method, path (parameters as {@code {name}}), the operation id the OpenAPI document
 * and the audit log use, and the declared {@link Access}. Immutable.
 */
public record Route(String method, String path, String operationId, Access access) {

    private static final Pattern OPERATION_ID = Pattern.compile("[a-z][A-Za-z0-9]{1,79}");

    /** @throws IllegalArgumentException if a part is missing or the operation id is not lowerCamelCase */
    public Route {
        method = Checks.text(method, "method", 3, 7).toUpperCase(Locale.ROOT);
        path = Checks.text(path, "path", 1, 200);
        Objects.requireNonNull(operationId, "a route needs an operationId: " + method + " " + path);
        if (!OPERATION_ID.matcher(operationId).matches()) {
            throw new IllegalArgumentException("operationId must be lowerCamelCase: " + operationId);
        }
        Objects.requireNonNull(access, "a route needs a declared access: " + method + " " + path);
    }

    /** {@code METHOD /path}, as {@code TerminServer.routes()} lists it. */
    public String key() {
        return method + " " + path;
    }

    /** Whether the route changes something (and is therefore audited). */
    public boolean writes() {
        return !method.equals("GET");
    }
}
