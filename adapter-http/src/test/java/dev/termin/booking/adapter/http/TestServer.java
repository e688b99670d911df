package dev.termin.booking.adapter.http;

import dev.termin.booking.adapter.http.config.ServerSettings;
import dev.termin.booking.adapter.http.internal.MicrometerBookingMetrics;
import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.application.demo.DemoSalon;
import dev.termin.booking.application.port.out.ExternalCalendar;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.testing.MutableClock;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Instant;
import java.util.function.UnaryOperator;

/**
 * A real server on a random port over an in-memory engine with a hand-moved clock (Monday 2026-06-15 08:00 in
 * Berlin), the demo tenant and a second, empty tenant {@code acme}. Not thread-safe to build; the server is.
 */
final class TestServer implements AutoCloseable {

    static final String DEMO_KEY = "demo-key-0123456789abcdef";
    static final String ACME_KEY = "acme-key-0123456789abcdef";
    static final TenantId ACME = TenantId.of("acme");
    /** Monday 2026-06-15 08:00 Europe/Berlin. */
    static final Instant NOW = Instant.parse("2026-06-15T06:00:00Z");
    /** A Wednesday two days after {@link #NOW}. */
    static final String DAY = "2026-06-17";

    final MutableClock clock = new MutableClock(NOW);
    final BookingEngine engine;
    final TerminServer server;
    final Http demo;
    final Http acme;

    TestServer() {
        this(UnaryOperator.identity(), null, 100_000);
    }

    TestServer(UnaryOperator<ServerSettings> settings, ExternalCalendar calendar, long rateLimit) {
        this(settings, calendar, rateLimit, UnaryOperator.identity());
    }

    /** As above, with {@code extra} applied to the server builder (e.g. a Retell signing key). */
    TestServer(UnaryOperator<ServerSettings> settings, ExternalCalendar calendar, long rateLimit,
            UnaryOperator<TerminServer.Builder> extra) {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        BookingEngine.Builder b = BookingEngine.builder().clock(clock).metrics(new MicrometerBookingMetrics(registry));
        if (calendar != null) {
            b.externalCalendar(calendar);
        }
        engine = b.build();
        DemoSalon.load(engine.catalogue());
        ApiKeys keys = ApiKeys.inMemory();
        keys.register(DemoSalon.TENANT, DEMO_KEY);
        keys.register(ACME, ACME_KEY);
        server = extra.apply(TerminServer.builder(engine).apiKeys(keys).registry(registry)
                .settings(settings.apply(ServerSettings.defaults().withPort(0).withWorkers(false)
                        .withRateLimitPerMinute(rateLimit).withDrainTimeout(java.time.Duration.ofSeconds(2)))))
                .build().start();
        demo = new Http(server.port(), DEMO_KEY);
        acme = new Http(server.port(), ACME_KEY);
    }

    @Override
    public void close() {
        server.stop();
    }
}
