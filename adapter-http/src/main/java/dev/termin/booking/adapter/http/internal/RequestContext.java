package dev.termin.booking.adapter.http.internal;

import dev.termin.booking.domain.access.ManageGrant;
import dev.termin.booking.domain.access.Permission;
import dev.termin.booking.domain.access.Principal;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.result.ErrorCode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;

/**
 * Per-request state kept as Javalin context attributes (tenant, principal, manage grant, correlation id) and the bounded body
 * reader. Stateless, thread-safe.
 */
public final class RequestContext {

    public static final String TENANT = "termin.tenant";
    public static final String PRINCIPAL = "termin.principal";
    public static final String GRANT = "termin.manageGrant";
    /** Set when the use case wrote the request's audit line itself. */
    public static final String AUDITED = "termin.audited";
    public static final String CORRELATION_ID = "termin.correlationId";
    public static final String STARTED_NANOS = "termin.startedNanos";
    public static final String BODY = "termin.body";
    public static final String MAX_BODY = "termin.maxBody";
    public static final String CORRELATION_HEADER = "X-Correlation-Id";
    /** The MDC key the engine uses too. */
    public static final String MDC_CORRELATION_ID = "correlationId";
    public static final String MDC_TENANT = "tenant";

    private static final Pattern CORRELATION_ID_PATTERN = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    private RequestContext() {
    }

    public static boolean validCorrelationId(String id) {
        return id != null && CORRELATION_ID_PATTERN.matcher(id).matches();
    }

    public static TenantId tenant(Context ctx) {
        TenantId t = ctx.attribute(TENANT);
        if (t == null) {
            throw new ApiProblem(ErrorCode.UNAUTHORIZED, "An API key is required.");
        }
        return t;
    }

    /** Whether the request's principal holds {@code permission} on its own tenant. */
    public static boolean may(Context ctx, Permission permission) {
        Principal p = ctx.attribute(PRINCIPAL);
        return p instanceof Principal.Member m && m.may(permission, m.tenant());
    }

    /** The request's principal (routes that need a bearer credential). */
    public static Principal principal(Context ctx) {
        Principal p = ctx.attribute(PRINCIPAL);
        if (p == null) {
            throw new ApiProblem(ErrorCode.UNAUTHORIZED, "A credential is required.");
        }
        return p;
    }

    /** The appointment a manage token opens (manage routes only). */
    public static ManageGrant grant(Context ctx) {
        ManageGrant g = ctx.attribute(GRANT);
        if (g == null) {
            throw ApiProblem.notFound("No appointment for this link.");
        }
        return g;
    }

    public static String correlationId(Context ctx) {
        String id = ctx.attribute(CORRELATION_ID);
        return id == null ? "none" : id;
    }

    /** The request body, read at most once and at most the configured size ({@code 413} beyond it). */
    public static byte[] body(Context ctx) {
        byte[] cached = ctx.attribute(BODY);
        if (cached != null) {
            return cached;
        }
        Long max = ctx.attribute(MAX_BODY);
        long limit = max == null ? 65536 : max;
        if (ctx.req().getContentLengthLong() > limit) {
            throw tooLarge(limit);
        }
        byte[] body;
        try (InputStream in = ctx.req().getInputStream()) {
            body = in.readNBytes((int) limit + 1);
        } catch (IOException e) {
            throw new ApiProblem(ErrorCode.INVALID_DATA, "The request body could not be read.");
        }
        if (body.length > limit) {
            throw tooLarge(limit);
        }
        ctx.attribute(BODY, body);
        return body;
    }

    private static ApiProblem tooLarge(long limit) {
        return new ApiProblem(ErrorCode.INVALID_DATA, 413, "The request body is larger than " + limit + " bytes.",
                java.util.Map.of("limit", Long.toString(limit)));
    }

    public static JsonBody json(Context ctx) {
        return JsonBody.parse(body(ctx));
    }
}
