package dev.termin.booking.adapter.http.internal;

import dev.termin.booking.adapter.http.auth.BearerAuthenticator;
import dev.termin.booking.application.port.in.AccessUseCase;
import dev.termin.booking.application.port.in.Caller;
import dev.termin.booking.application.port.in.ManageTokenLookup;
import dev.termin.booking.application.port.out.InfrastructureException;
import dev.termin.booking.application.port.out.RateLimiter;
import dev.termin.booking.domain.access.ManageGrant;
import dev.termin.booking.domain.access.Permission;
import dev.termin.booking.domain.access.Principal;
import dev.termin.booking.domain.access.Role;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.result.ErrorCode;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The {@link Router.Guard} of every route: resolves {@code Authorization: Bearer <credential>} with the
 * {@link BearerAuthenticator} (operator key, staff JWT or API key, read from the store on every request), puts the
 * principal and its tenant on the request (the tenant comes from the principal only, so no request can name another
 * tenant), checks the route's declared {@link Access} ({@code 401 unauthorized} without a valid credential,
 * {@code 403 forbidden} without the permission), applies the rate limit of the credential (a stricter one for
 * booking-page keys and manage tokens; a limiter that is down lets requests through), and grants CORS to a
 * booking-page key's allowed origins. Afterwards it removes what the caller may not see and audits a successful
 * write once, here. Thread-safe.
 */
public final class Security implements Router.Guard {

    private static final Logger log = LoggerFactory.getLogger(Security.class);

    private final BearerAuthenticator authenticator;
    private final AccessUseCase access;
    private final Ownership ownership;
    private final Limits limits;
    private final Clock clock;

    /** The rate limiters: members' keys and tokens, booking-page keys, manage tokens. */
    public record Limits(RateLimiter members, RateLimiter bookingPages, RateLimiter manageTokens) {
    }

    public Security(BearerAuthenticator authenticator, AccessUseCase access, Ownership ownership, Limits limits,
            Clock clock) {
        this.authenticator = authenticator;
        this.access = access;
        this.ownership = ownership;
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    public void admit(Context ctx, Route route) {
        switch (route.access().kind()) {
            case PUBLIC -> {
            }
            case MANAGE_TOKEN -> admitManageToken(ctx);
            case OPERATOR, MEMBER -> admitBearer(ctx, route);
        }
    }

    private void admitManageToken(Context ctx) {
        String token = ctx.pathParam("token");
        ManageTokenLookup lookup = access.resolveManageToken(token);
        if (lookup instanceof ManageTokenLookup.Expired) {
            throw new ApiProblem(ErrorCode.NOT_FOUND, 410, "This link has expired: the appointment is over.",
                    Map.of());
        }
        if (!(lookup instanceof ManageTokenLookup.Valid valid)) {
            throw ApiProblem.notFound("No appointment for this link.");
        }
        ManageGrant grant = valid.grant();
        ctx.attribute(RequestContext.GRANT, grant);
        ctx.attribute(RequestContext.TENANT, grant.tenant());
        limit(ctx, limits.manageTokens(), "manage:" + grant.appointment().value());
    }

    private void admitBearer(Context ctx, Route route) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiProblem(ErrorCode.UNAUTHORIZED, 401,
                    "A credential is required: Authorization: Bearer <key or token>.", Map.of());
        }
        BearerAuthenticator.Outcome outcome = authenticator.authenticate(header.substring(7).strip());
        if (outcome instanceof BearerAuthenticator.Outcome.Refused refused) {
            log.info("credential refused: {}", refused.reason());
            if (refused.status() == 503) {
                throw new ApiProblem(ErrorCode.SERVICE_UNAVAILABLE, 503,
                        "The identity provider's keys cannot be fetched; try again shortly.", Map.of());
            }
            ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            throw new ApiProblem(ErrorCode.UNAUTHORIZED, 401, "The credential is not valid.", Map.of());
        }
        BearerAuthenticator.Outcome.Authenticated ok = (BearerAuthenticator.Outcome.Authenticated) outcome;
        Principal principal = ok.principal();
        ctx.attribute(RequestContext.PRINCIPAL, principal);
        cors(ctx, ok.allowedOrigins());
        if (principal instanceof Principal.Member member) {
            ctx.attribute(RequestContext.TENANT, member.tenant());
            MDC.put(RequestContext.MDC_TENANT, member.tenant().value());
        }
        boolean page = principal.memberRole().filter(r -> r == Role.BOOKING_PAGE).isPresent();
        limit(ctx, page ? limits.bookingPages() : limits.members(), "http:" + principal.credential().actor());
        authorize(ctx, route.access(), principal);
    }

    private void authorize(Context ctx, Access required, Principal principal) {
        if (required.kind() == Access.Kind.OPERATOR) {
            if (!(principal instanceof Principal.Operator)) {
                throw forbidden("Only the server operator may do this.");
            }
            return;
        }
        if (!(principal instanceof Principal.Member member)) {
            throw forbidden("The operator key opens tenant management only.");
        }
        Set<Permission> held = required.anyOf().stream().filter(p -> member.may(p, member.tenant()))
                .collect(Collectors.toSet());
        if (held.isEmpty()) {
            throw forbidden("The role " + member.role().code() + " may not do this (needs "
                    + required.describe() + ").");
        }
        if (held.equals(Set.of(Permission.OWN_APPOINTMENTS_BY_PHONE))) {
            ownership.requireCallersOwn(ctx, member.tenant());
        }
    }

    /** Refuses an override of a deadline unless the caller holds {@link Permission#OVERRIDE_DEADLINES}. */
    public static boolean override(Context ctx, boolean requested) {
        if (requested && !RequestContext.may(ctx, Permission.OVERRIDE_DEADLINES)) {
            throw forbidden("Overriding a deadline needs override_deadlines (the owner; the desk where the "
                    + "tenant's policy allows it).");
        }
        return requested;
    }

    private void cors(Context ctx, Set<String> allowedOrigins) {
        String origin = ctx.header("Origin");
        if (origin != null && allowedOrigins.contains(origin)) {
            ctx.header("Access-Control-Allow-Origin", origin);
            ctx.header("Access-Control-Expose-Headers", "Location, X-Correlation-Id, RateLimit-Remaining, Retry-After");
        }
        ctx.header("Vary", "Origin");
    }

    /**
     * Applies the manage links' rate limit to a public route whose credential is in its path (a waitlist offer
     * code), per client address and {@code scope}: every guess at a code counts, whatever code it tries.
     */
    public void limitPublic(Context ctx, String scope) {
        limit(ctx, limits.manageTokens(), scope + ":" + ctx.ip());
    }

    private void limit(Context ctx, RateLimiter limiter, String key) {
        RateLimiter.Decision decision;
        try {
            decision = limiter.tryAcquire(key, clock.instant());
        } catch (InfrastructureException e) {
            log.warn("rate limiter unavailable, letting the request through: {}", e.getMessage());
            return;
        }
        if (decision instanceof RateLimiter.Decision.Limited l) {
            long seconds = Math.max(1, (l.retryAfter().toMillis() + 999) / 1000);
            ctx.header("Retry-After", Long.toString(seconds));
            throw new ApiProblem(ErrorCode.RATE_LIMITED, 429, "Too many requests for this credential; retry in "
                    + seconds + " s.", Map.of("retryAfterSeconds", Long.toString(seconds)));
        }
        if (decision instanceof RateLimiter.Decision.Allowed a) {
            ctx.header("RateLimit-Remaining", Long.toString(a.remaining()));
        }
    }

    @Override
    public void after(Context ctx, Route route) {
        Principal principal = ctx.attribute(RequestContext.PRINCIPAL);
        if (principal instanceof Principal.Member member) {
            Redaction.apply(ctx, member);
        }
        if (route.writes() && ctx.statusCode() < 400 && ctx.attribute(RequestContext.AUDITED) == null) {
            audit(ctx, route, principal);
        }
    }

    private void audit(Context ctx, Route route, Principal principal) {
        TenantId tenant = ctx.attribute(RequestContext.TENANT);
        if (tenant == null) {
            return;
        }
        String action = "api." + route.operationId().replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
        String correlationId = RequestContext.correlationId(ctx);
        try {
            if (route.access().kind() == Access.Kind.MANAGE_TOKEN) {
                ManageGrant grant = ctx.attribute(RequestContext.GRANT);
                access.recordManageLink(tenant, action, grant.appointment().value(), correlationId);
            } else if (principal != null) {
                String target = ctx.pathParamMap().isEmpty() ? route.path()
                        : String.join(",", ctx.pathParamMap().values());
                access.record(new Caller(principal, correlationId), tenant, action, target);
            }
        } catch (InfrastructureException e) {
            log.warn("audit line for {} not written: {}", route.operationId(), e.getMessage());
        }
    }

    static ApiProblem forbidden(String message) {
        return new ApiProblem(ErrorCode.FORBIDDEN, 403, message, Map.of());
    }
}
