package dev.termin.booking.adapter.http.internal;

import dev.termin.booking.domain.access.Permission;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.domain.sync.CircuitState;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Operations routes: liveness, readiness ({@link Readiness}: bounded, cached, storage required), Prometheus
 * metrics, the OpenAPI document, sync health and reservation metrics of the caller's tenant. Thread-safe.
 */
public final class OpsRoutes {

    /**
     * A dependency shown on {@code /ready}: probed with {@code reachable} when given (null: its circuit state is
     * shown); a {@code required} one makes the server unready while down or its circuit is open. See
     * {@link Readiness} for the rules.
     */
    public record Dependency(String name, Supplier<CircuitState> circuit, BooleanSupplier reachable,
            boolean required) {
    }

    private final BookingEngine engine;
    private final PrometheusMeterRegistry registry;
    private final Map<String, Dependency> dependencies;
    private final String openApi;
    private final Readiness readiness;

    public OpsRoutes(BookingEngine engine, PrometheusMeterRegistry registry, Map<String, Dependency> dependencies) {
        this.engine = engine;
        this.registry = registry;
        this.dependencies = new LinkedHashMap<>(dependencies);
        this.openApi = loadOpenApi();
        List<Readiness.Check> checks = new ArrayList<>();
        checks.add(new Readiness.Check("storage", () -> {
            engine.operations().probeStorage();
            return true;
        }, null, true));
        this.dependencies.values().forEach(d -> checks.add(new Readiness.Check(d.name(), d.reachable(), d.circuit(),
                d.required())));
        this.readiness = new Readiness(checks);
    }

    public static String loadOpenApi() {
        try (InputStream in = OpsRoutes.class.getResourceAsStream("/openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void register(Router r) {
        r.get("/health", "getHealth", Access.PUBLIC, ctx -> {
            ObjectNode n = ApiJson.object();
            n.put("status", "up");
            Router.json(ctx, 200, n);
        });
        r.get("/ready", "getReadiness", Access.PUBLIC, ctx -> {
            Readiness.Answer answer = readiness.answer();
            ObjectNode n = ApiJson.object();
            ObjectNode checks = n.putObject("checks");
            answer.checks().forEach(checks::put);
            n.put("status", answer.ready() ? "ready" : "not_ready");
            Router.json(ctx, answer.ready() ? 200 : 503, n);
        });
        r.get("/metrics", "getMetrics", Access.PUBLIC, ctx -> {
            ctx.status(200);
            ctx.contentType("text/plain; version=0.0.4; charset=utf-8");
            ctx.result(registry.scrape());
        });
        r.get("/openapi.json", "getOpenApi", Access.PUBLIC, ctx -> {
            ctx.status(200);
            ctx.contentType("application/json");
            ctx.result(openApi);
        });
        r.get("/v1/ops/sync-health", "getSyncHealth", Access.of(Permission.READ_SYNC_HEALTH), ctx -> Router.json(ctx, 200,
                Views.syncHealth(engine.operations().syncHealth(RequestContext.tenant(ctx)))));
        r.get("/v1/ops/reservation-metrics", "getReservationMetrics", Access.of(Permission.READ_METRICS), ctx -> {
            Duration window = BookingRoutes.query(ctx, "window").map(w -> Times.duration(w, "window"))
                    .orElse(Duration.ofHours(24));
            if (window.isNegative() || window.isZero() || window.compareTo(Duration.ofDays(366)) > 0) {
                throw ApiProblem.invalid("'window' must be positive and at most P366D.");
            }
            Router.json(ctx, 200, Views.reservationMetrics(engine.operations().reservationMetrics(
                    RequestContext.tenant(ctx), window), window));
        });
    }
}
