package dev.termin.booking.adapter.http;

// Longer than most files here: the server's composition root. The builder with every option, the route wiring and
// the ordered start and stop (drain) stay together so that the life cycle reads in one place.

import dev.termin.booking.adapter.http.config.ServerSettings;
import dev.termin.booking.adapter.http.auth.BearerAuthenticator;
import dev.termin.booking.adapter.http.auth.JwtIssuer;
import dev.termin.booking.adapter.http.auth.JwtVerifier;
import dev.termin.booking.adapter.http.config.SecuritySettings;
import dev.termin.booking.adapter.http.internal.AccessRoutes;
import dev.termin.booking.adapter.http.internal.ApiProblem;
import dev.termin.booking.adapter.http.internal.CallerRoutes;
import dev.termin.booking.adapter.http.internal.DeskRoutes;
import dev.termin.booking.adapter.http.internal.CorsPreflight;
import dev.termin.booking.adapter.http.internal.CustomerDataRoutes;
import dev.termin.booking.adapter.http.internal.ManageRoutes;
import dev.termin.booking.adapter.http.internal.Ownership;
import dev.termin.booking.adapter.http.internal.Route;
import dev.termin.booking.adapter.http.internal.Seeds;
import dev.termin.booking.adapter.http.internal.BackgroundWorkers;
import dev.termin.booking.adapter.http.internal.BookingRoutes;
import dev.termin.booking.adapter.http.internal.CalComLink;
import dev.termin.booking.adapter.http.internal.CalComRoutes;
import dev.termin.booking.adapter.http.internal.CalComWorker;
import dev.termin.booking.adapter.http.internal.CatalogueRoutes;
import dev.termin.booking.adapter.http.internal.Idempotency;
import dev.termin.booking.adapter.http.internal.NotificationRoutes;
import dev.termin.booking.adapter.http.internal.OpsRoutes;
import dev.termin.booking.adapter.http.internal.Problems;
import dev.termin.booking.adapter.http.internal.RequestContext;
import dev.termin.booking.adapter.http.internal.Router;
import dev.termin.booking.adapter.http.internal.Security;
import dev.termin.booking.adapter.http.internal.PhoneMcpServer;
import dev.termin.booking.adapter.http.internal.PhoneRoutes;
import dev.termin.booking.adapter.http.internal.RetellSignature;
import dev.termin.booking.adapter.http.internal.ToolRoutes;
import dev.termin.booking.adapter.http.internal.WebCustomerPages;
import dev.termin.booking.adapter.http.internal.WebRoutes;
import dev.termin.booking.adapter.http.internal.WaitlistOfferRoutes;
import dev.termin.booking.adapter.http.internal.Zones;
import dev.termin.booking.adapter.inmemory.InMemoryRateLimiter;
import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.application.port.out.IdempotencyStore;
import dev.termin.booking.application.port.out.RateLimiter;
import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.sync.CircuitState;
import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The Termin HTTP server: the booking engine's use cases as a JSON API under {@code /v1} on Javalin (Jetty), with API
 * keys, per-key rate limits, idempotency keys, correlation ids, problem details, Prometheus metrics and the
 * background workers. Build with {@link #builder(BookingEngine)}, {@link #start()}, and {@link #stop()} (which
 * drains in-flight requests and stops the workers). Thread-safe; one instance serves once.
 */
public final class TerminServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TerminServer.class);
    private static final Logger access = LoggerFactory.getLogger("dev.termin.access");
    /** Paths polled by infrastructure, left out of the access log. */
    private static final Set<String> QUIET_PATHS = Set.of("/health", "/ready", "/metrics", "/openapi.json");

    private final BookingEngine engine;
    private final ServerSettings settings;
    private final ApiKeys apiKeys;
    private final RateLimiter rateLimiter;
    private final IdempotencyStore idempotencyStore;
    private final PrometheusMeterRegistry registry;
    private final Map<String, OpsRoutes.Dependency> dependencies;
    private final List<AutoCloseable> closeables;
    private final List<String> routes = new CopyOnWriteArrayList<>();
    private final BackgroundWorkers workers;
    private final Optional<CalComLink> calCom;
    private final Optional<String> retellApiKey;
    private final Optional<WebCustomerPages> pages;
    private final SecuritySettings securitySettings;
    private final List<JwtIssuer> jwtIssuers;
    private final LongFunction<RateLimiter> limiters;
    private volatile List<Route> routeTable = List.of();
    private Javalin app;
    private PhoneMcpServer mcp;
    private volatile boolean stopped;

    private TerminServer(Builder b) {
        this.engine = b.engine;
        this.settings = b.settings;
        this.apiKeys = b.apiKeys;
        this.rateLimiter = b.rateLimiter != null ? b.rateLimiter
                : new InMemoryRateLimiter(b.settings.rateLimitPerMinute(), Duration.ofMinutes(1));
        this.idempotencyStore = b.idempotency != null ? b.idempotency : engine.idempotencyStore();
        this.registry = b.registry != null ? b.registry : new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        this.dependencies = new LinkedHashMap<>(b.dependencies);
        this.closeables = new ArrayList<>(b.closeables);
        this.workers = new BackgroundWorkers(engine, settings.workerInterval());
        this.calCom = Optional.ofNullable(b.calCom);
        this.retellApiKey = b.retellApiKey;
        this.pages = b.pages;
        this.securitySettings = b.security;
        this.jwtIssuers = Stream.concat(b.security.jwtIssuers().stream(), b.jwtIssuers.stream()).toList();
        this.limiters = b.limiters;
    }

    /** A builder for a server in front of {@code engine}. */
    public static Builder builder(BookingEngine engine) {
        return new Builder(engine);
    }

    /** Starts listening and, if configured, the background workers. */
    public synchronized TerminServer start() {
        if (app != null) {
            throw new IllegalStateException("already started");
        }
        Seeds.importAll(engine.access(), apiKeys.seeds(), engine.clock());
        Ownership ownership = new Ownership(engine.appointments(), engine.settings().defaultCountryCode());
        BearerAuthenticator authenticator = new BearerAuthenticator(engine.access(),
                jwtIssuers.isEmpty() ? Optional.empty() : Optional.of(JwtVerifier.create(jwtIssuers, engine.clock())),
                securitySettings.operatorKey());
        Security security = new Security(authenticator, engine.access(),
                ownership,
                new Security.Limits(rateLimiter, limiters.apply(securitySettings.bookingPageRatePerMinute()),
                        limiters.apply(securitySettings.manageRatePerMinute())), engine.clock());
        CorsPreflight preflight = new CorsPreflight(engine.access(), engine.clock());
        Idempotency idempotency = new Idempotency(idempotencyStore, engine.clock(),
                engine.settings().idempotencyTtl(), engine.settings().idempotencyInFlightTimeout());
        gauges();
        Zones zones = new Zones(engine);
        mcp = new PhoneMcpServer(engine, zones, authenticator, rateLimiter);
        app = Javalin.create(config -> {
            config.jetty.modifyServletContextHandler(mcp::mount);
            config.showJavalinBanner = false;
            config.useVirtualThreads = false;
            config.http.maxRequestSize = settings.maxBodyBytes();
            config.jetty.modifyServer(server -> server.setStopTimeout(settings.drainTimeout().toMillis()));
            config.events.handlerAdded(meta -> {
                if (meta.getHttpMethod().isHttpMethod()) {
                    routes.add(meta.getHttpMethod().name() + " " + meta.getPath());
                }
            });
            config.requestLogger.http((ctx, ms) -> {
                String route;
                try {
                    route = ctx.endpointHandlerPath();
                } catch (RuntimeException e) {
                    route = "unmatched";
                }
                if (route == null || route.equals("*")) {
                    route = "unmatched";
                }
                Timer.builder("http.server.requests").tag("method", ctx.method().name()).tag("route", route)
                        .tag("status", Integer.toString(ctx.statusCode())).publishPercentileHistogram()
                        .register(registry).record(ms.longValue(), TimeUnit.MILLISECONDS);
                if (!QUIET_PATHS.contains(ctx.path())) {
                    // a manage link's path is its credential: log the route, not the token
                    String logged = ctx.path().startsWith(ManageRoutes.PATH) ? route : ctx.path();
                    access.info("{} {} {} {} ms", ctx.method(), logged, ctx.statusCode(), ms.longValue());
                }
                MDC.clear();
            });
        });
        app.before(ctx -> {
            MDC.clear();
            String id = ctx.header(RequestContext.CORRELATION_HEADER);
            if (!RequestContext.validCorrelationId(id)) {
                id = UUID.randomUUID().toString();
            }
            ctx.attribute(RequestContext.CORRELATION_ID, id);
            ctx.attribute(RequestContext.MAX_BODY, settings.maxBodyBytes());
            ctx.header(RequestContext.CORRELATION_HEADER, id);
            MDC.put(RequestContext.MDC_CORRELATION_ID, id);
            if (stopped) {
                ctx.header("Connection", "close");
            }
            if (preflight.answer(ctx)) {
                ctx.skipRemainingHandlers();
            }
        });
        app.exception(Exception.class, Problems::handle);
        app.exception(HttpResponseException.class, (e, ctx) -> {
            if (e.getStatus() == 404) {
                Problems.write(ctx, 404, ErrorCode.NOT_FOUND, "No such resource: " + ctx.method() + " "
                        + ctx.path(), Map.of());
            } else {
                Problems.handle(e, ctx);
            }
        });
        app.exception(ApiProblem.class, Problems::handle);

        Router router = new Router(app, idempotency, security);
        new OpsRoutes(engine, registry, dependencies).register(router);
        new CatalogueRoutes(engine, zones).register(router);
        new BookingRoutes(engine, zones).register(router);
        new PhoneRoutes(engine, zones).register(router);
        new ToolRoutes(engine, zones, retellApiKey.map(RetellSignature::new)).register(router);
        new WebRoutes(engine.clock()).register(router);
        new ManageRoutes(engine, zones).register(router);
        new AccessRoutes(engine.access()).register(router);
        new CustomerDataRoutes(engine, zones).register(router);
        new CallerRoutes(engine, zones, ownership).register(router);
        new DeskRoutes(engine, zones).register(router);
        new NotificationRoutes(engine, zones).register(router);
        new WaitlistOfferRoutes(engine, zones, security).register(router);
        new CalComRoutes(engine, zones, calCom).register(router);
        router.verify(Set.copyOf(routes));
        routeTable = router.routes();

        app.start(settings.host(), settings.port());
        pages.ifPresent(p -> p.serveAt(settings.publicAddress(port())));
        if (settings.runWorkers()) {
            workers.start();
            calCom.map(l -> new CalComWorker(engine, l)).ifPresent(w -> {
                w.start();
                closeables.add(0, w);
            });
        }
        log.info("Termin server listening on port {}", port());
        return this;
    }

    private void gauges() {
        Gauge.builder("termin.outbox.pending", engine, e -> {
            try {
                return e.operations().pendingOutbox();
            } catch (RuntimeException ex) {
                return Double.NaN;
            }
        }).strongReference(true).description("Outbox messages not yet completed or parked").register(registry);
        Map<String, Supplier<CircuitState>> circuits = new LinkedHashMap<>();
        circuits.put("calendar", () -> engine.operations().calendarCircuit());
        dependencies.values().forEach(d -> circuits.putIfAbsent(d.name(), d.circuit()));
        circuits.forEach((name, state) -> Gauge.builder("termin.circuit.state", state, s -> {
            try {
                return switch (s.get()) {
                    case CLOSED -> 0;
                    case HALF_OPEN -> 1;
                    case OPEN -> 2;
                    case NOT_CONFIGURED -> -1;
                };
            } catch (RuntimeException ex) {
                return 2;
            }
        }).strongReference(true).tag("dependency", name).description("0 closed, 1 half-open, 2 open, -1 not configured")
                .register(registry));
    }

    /** The port the server listens on (the chosen one when started with port 0). */
    public int port() {
        return app.port();
    }

    /** The route table: every route with its operation id and declared access. */
    public List<Route> routeTable() {
        return routeTable;
    }

    /** Every registered route as {@code METHOD /path} (path parameters as {@code {name}}). */
    public Set<String> routes() {
        return Set.copyOf(routes);
    }

    public BookingEngine engine() {
        return engine;
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    /** One round of background work, for tests that run without the scheduled workers. */
    public void runBackgroundWork() {
        workers.tick();
    }

    /**
     * Stops accepting requests, lets in-flight ones finish (up to the drain timeout), stops the background workers
     * and closes what was handed to {@link Builder#closeOnStop}. Idempotent.
     */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        log.info("Termin server stopping: draining requests for up to {}", settings.drainTimeout());
        if (mcp != null) {
            // MCP sessions keep streams open; ending them first lets the drain finish
            mcp.close();
        }
        if (app != null) {
            try {
                app.stop();
            } catch (RuntimeException e) {
                log.warn("server did not stop cleanly: {}", e.toString());
            }
        }
        workers.stop(Duration.ofSeconds(10));
        for (AutoCloseable c : closeables) {
            try {
                c.close();
            } catch (Exception e) {
                log.warn("closing {} failed: {}", c, e.toString());
            }
        }
        registry.close();
        log.info("Termin server stopped");
    }

    @Override
    public void close() {
        stop();
    }

    /** Builds a {@link TerminServer}. Not thread-safe. */
    public static final class Builder {
        private final BookingEngine engine;
        private ServerSettings settings = ServerSettings.defaults();
        private ApiKeys apiKeys = ApiKeys.inMemory();
        private SecuritySettings security = SecuritySettings.defaults();
        private final List<JwtIssuer> jwtIssuers = new ArrayList<>();
        private LongFunction<RateLimiter> limiters = perMinute -> new InMemoryRateLimiter(perMinute,
                Duration.ofMinutes(1));
        private RateLimiter rateLimiter;
        private IdempotencyStore idempotency;
        private PrometheusMeterRegistry registry;
        private final Map<String, OpsRoutes.Dependency> dependencies = new LinkedHashMap<>();
        private final List<AutoCloseable> closeables = new ArrayList<>();
        private CalComLink calCom;
        private Optional<String> retellApiKey = Optional.empty();
        private Optional<WebCustomerPages> pages = Optional.empty();

        private Builder(BookingEngine engine) {
            this.engine = Objects.requireNonNull(engine, "engine");
        }

        public Builder settings(ServerSettings settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /** Keys configured at start, imported as owner keys of their tenants when the server starts. */
        public Builder apiKeys(ApiKeys keys) {
            this.apiKeys = Objects.requireNonNull(keys, "keys");
            return this;
        }

        /** The operator key and the rate limits of public credentials; default {@link SecuritySettings#defaults()}. */
        public Builder security(SecuritySettings settings) {
            this.security = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /** An identity provider whose staff JWTs the server accepts; none by default (JWTs are refused). */
        public Builder jwtIssuer(JwtIssuer issuer) {
            jwtIssuers.add(Objects.requireNonNull(issuer, "issuer"));
            return this;
        }

        /**
         * Makes the stricter rate limiters (booking-page keys, manage links) from a limit per minute; default in
         * memory.
         */
        public Builder rateLimiters(LongFunction<RateLimiter> perMinute) {
            this.limiters = Objects.requireNonNull(perMinute, "perMinute");
            return this;
        }

        /** The per-key rate limiter; default in memory with {@link ServerSettings#rateLimitPerMinute()}. */
        public Builder rateLimiter(RateLimiter limiter) {
            this.rateLimiter = Objects.requireNonNull(limiter, "limiter");
            return this;
        }

        /** Where idempotency keys of the API live; default the engine's storage. */
        public Builder idempotency(IdempotencyStore store) {
            this.idempotency = Objects.requireNonNull(store, "store");
            return this;
        }

        /** The registry {@code /metrics} shows; pass the one the engine's metrics write to. */
        public Builder registry(PrometheusMeterRegistry registry) {
            this.registry = Objects.requireNonNull(registry, "registry");
            return this;
        }

        /** A dependency shown on {@code /ready} by its circuit; a required one whose circuit is open makes the server
         * unready. */
        public Builder dependency(String name, Supplier<CircuitState> circuit, boolean required) {
            dependencies.put(name, new OpsRoutes.Dependency(name, circuit, null, required));
            return this;
        }

        /** A dependency probed by {@code /ready} with {@code reachable} (within the probe budget, result cached
         * briefly); a required one that is down makes the server unready. */
        public Builder dependency(String name, Supplier<CircuitState> circuit, BooleanSupplier reachable,
                boolean required) {
            dependencies.put(name, new OpsRoutes.Dependency(name, circuit, Objects.requireNonNull(reachable,
                    "reachable"), required));
            return this;
        }

        /** Cal.com both ways: webhooks, reconciliation and drift checks (their routes answer 404 without it). */
        public Builder calCom(CalComLink link) {
            this.calCom = Objects.requireNonNull(link, "link");
            return this;
        }

        /** Closed after the server stopped (connection pools and the like). */
        public Builder closeOnStop(AutoCloseable closeable) {
            closeables.add(Objects.requireNonNull(closeable, "closeable"));
            return this;
        }

        /** The Retell API key that signs Retell's requests; then {@code /v1/phone/retell} checks the signature. */
        public Builder retellApiKey(String key) {
            this.retellApiKey = Optional.of(Objects.requireNonNull(key, "key"));
            return this;
        }

        /**
         * The engine's {@link WebCustomerPages}: told the public address ({@link ServerSettings#publicAddress}) once
         * the server listens, so that messages link to this server's pages.
         */
        public Builder customerPages(WebCustomerPages pages) {
            this.pages = Optional.of(Objects.requireNonNull(pages, "pages"));
            return this;
        }

        public TerminServer build() {
            return new TerminServer(this);
        }
    }
}
