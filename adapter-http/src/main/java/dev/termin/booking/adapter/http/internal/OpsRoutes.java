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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Operations routes: liveness, readiness (storage reachable, required dependencies' circuits not open), Prometheus
 * metrics, the OpenAPI document, sync health and reservation metrics of the caller's tenant. Thread-safe.
 */
public final class OpsRoutes {

    private static final Logger log = LoggerFactory.getLogger(OpsRoutes.class);

    /** A dependency shown on {@code /ready}; {@code required} ones make the server unready while their circuit is open. */
    public record Dependency(String name, Supplier<CircuitState> circuit, boolean required) {
    }

    private final BookingEngine engine;
    private final PrometheusMeterRegistry registry;
    private final Map<String, Dependency> dependencies;
    private final String openApi;

    public OpsRoutes(BookingEngine engine, PrometheusMeterRegistry registry, Map<String, Dependency> dependencies) {
        this.engine = engine;
        this.registry = registry;
        this.dependencies = new LinkedHashMap<>(dependencies);
        this.openApi = loadOpenApi();
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
            ObjectNode n = ApiJson.object();
            ObjectNode checks = n.putObject("checks");
            boolean ready = true;
            try {
                engine.operations().probeStorage();
                checks.put("storage", "up");
            } catch (RuntimeException e) {
                log.warn("readiness: storage unreachable: {}", e.toString());
                checks.put("storage", "down");
                ready = false;
            }
            for (Dependency d : dependencies.values()) {
                CircuitState state;
                try {
                    state = d.circuit().get();
                } catch (RuntimeException e) {
                    state = CircuitState.OPEN;
                }
                checks.put(d.name(), state.code());
                if (d.required() && state == CircuitState.OPEN) {
                    ready = false;
                }
            }
            n.put("status", ready ? "ready" : "not_ready");
            Router.json(ctx, ready ? 200 : 503, n);
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
