package dev.termin.booking.adapter.http.internal;

import dev.termin.booking.adapter.http.ApiKeys;
import dev.termin.booking.application.port.out.InfrastructureException;
import dev.termin.booking.application.port.out.RateLimiter;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.result.ErrorCode;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Authenticates {@code Authorization: Bearer <key>} (except on the open operations paths), puts the key's tenant on
 * the request, and applies the per-key rate limit ({@code 429} with {@code Retry-After}); a rate limiter that is
 * down lets requests through. Thread-safe.
 */
public final class Security {

    /** Paths that need no API key. */
    public static final Set<String> OPEN_PATHS = Set.of("/health", "/ready", "/metrics", "/openapi.json");

    private static final Logger log = LoggerFactory.getLogger(Security.class);

    private final ApiKeys keys;
    private final RateLimiter limiter;
    private final Clock clock;

    public Security(ApiKeys keys, RateLimiter limiter, Clock clock) {
        this.keys = keys;
        this.limiter = limiter;
        this.clock = clock;
    }

    public void check(Context ctx) {
        if (OPEN_PATHS.contains(ctx.path()) || WebRoutes.isPublic(ctx.path())) {
            return;
        }
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiProblem(ErrorCode.UNAUTHORIZED, 401,
                    "An API key is required: Authorization: Bearer <key>.", Map.of());
        }
        String key = header.substring(7).strip();
        Optional<TenantId> tenant = keys.tenantOf(key);
        if (tenant.isEmpty()) {
            ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            throw new ApiProblem(ErrorCode.UNAUTHORIZED, 401, "The API key is not valid.", Map.of());
        }
        ctx.attribute(RequestContext.TENANT, tenant.get());
        MDC.put(RequestContext.MDC_TENANT, tenant.get().value());
        String keyHash = ApiKeys.hash(key);
        ctx.attribute(RequestContext.API_KEY_HASH, keyHash);
        RateLimiter.Decision decision;
        try {
            decision = limiter.tryAcquire("http:" + keyHash, clock.instant());
        } catch (InfrastructureException e) {
            log.warn("rate limiter unavailable, letting the request through: {}", e.getMessage());
            return;
        }
        if (decision instanceof RateLimiter.Decision.Limited l) {
            long seconds = Math.max(1, (l.retryAfter().toMillis() + 999) / 1000);
            ctx.header("Retry-After", Long.toString(seconds));
            throw new ApiProblem(ErrorCode.RATE_LIMITED, 429, "Too many requests for this API key; retry in "
                    + seconds + " s.", Map.of("retryAfterSeconds", Long.toString(seconds)));
        }
        if (decision instanceof RateLimiter.Decision.Allowed a) {
            ctx.header("RateLimit-Remaining", Long.toString(a.remaining()));
        }
    }
}
