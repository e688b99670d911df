package dev.termin.booking.adapter.http.internal;

import dev.termin.booking.application.port.in.AccessUseCase;
import dev.termin.booking.application.port.in.Caller;
import dev.termin.booking.domain.access.ApiKey;
import dev.termin.booking.domain.access.KeyStatus;
import dev.termin.booking.domain.access.Principal;
import dev.termin.booking.domain.access.Role;
import dev.termin.booking.domain.access.TenantAccount;
import dev.termin.booking.domain.result.Result;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Answers CORS preflight requests. A preflight carries no credential, so the grant goes to an origin that some active
 * booking-page key of an active tenant allows; the request that follows still gets its
 * {@code Access-Control-Allow-Origin} only for its own key's origins (in {@link Security}). The set of such origins
 * is read from the store at most once a second, so a revoked key's origins disappear within a second. Thread-safe.
 */
public final class CorsPreflight {

    private static final Duration REFRESH = Duration.ofSeconds(1);
    private static final Caller SERVER = new Caller(new Principal.Operator("cors-preflight"), "");

    private final AccessUseCase access;
    private final Clock clock;
    private volatile Snapshot snapshot;

    /** {@code readNanos}: {@link System#nanoTime()} of the read; the cache's age is not a business time. */
    private record Snapshot(long readNanos, Set<String> origins) {
    }

    public CorsPreflight(AccessUseCase access, Clock clock) {
        this.access = access;
        this.clock = clock;
    }

    /** Answers {@code ctx} with 204 if it is a preflight; returns whether it was one. */
    public boolean answer(Context ctx) {
        String origin = ctx.header("Origin");
        if (!ctx.method().name().equals("OPTIONS") || origin == null
                || ctx.header("Access-Control-Request-Method") == null) {
            return false;
        }
        ctx.header("Vary", "Origin");
        if (origins().contains(origin)) {
            ctx.header("Access-Control-Allow-Origin", origin);
            ctx.header("Access-Control-Allow-Methods", "GET, POST, PUT, DELETE");
            ctx.header("Access-Control-Allow-Headers", "Authorization, Content-Type, Idempotency-Key, "
                    + "X-Correlation-Id");
            ctx.header("Access-Control-Max-Age", "600");
        }
        ctx.status(204);
        return true;
    }

    private Set<String> origins() {
        Snapshot s = snapshot;
        long nanos = System.nanoTime();
        if (s != null && nanos - s.readNanos() < REFRESH.toNanos()) {
            return s.origins();
        }
        Instant now = clock.instant();
        Set<String> origins = new HashSet<>();
        for (TenantAccount tenant : values(access.listTenants(SERVER))) {
            if (tenant.isActive()) {
                values(access.listKeys(SERVER, tenant.id())).stream()
                        .filter(k -> k.role() == Role.BOOKING_PAGE && k.status(now) == KeyStatus.ACTIVE)
                        .map(ApiKey::allowedOrigins).forEach(origins::addAll);
            }
        }
        snapshot = new Snapshot(nanos, Set.copyOf(origins));
        return Set.copyOf(origins);
    }

    private static <T> List<T> values(Result<List<T>> r) {
        return r instanceof Result.Success<List<T>> s ? s.value() : List.of();
    }
}
