package dev.termin.booking.adapter.http;

import static dev.termin.booking.adapter.http.Http.j;

import dev.termin.booking.adapter.http.config.SecuritySettings;
import dev.termin.booking.adapter.http.config.ServerSettings;
import dev.termin.booking.adapter.jdbc.JdbcConfig;
import dev.termin.booking.adapter.jdbc.JdbcStorage;
import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.application.demo.DemoSalon;
import dev.termin.booking.domain.access.Role;
import dev.termin.booking.testing.MutableClock;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * A real server over a real database (H2 file or PostgreSQL) with access control in that database: the demo tenant
 * and {@code acme} seeded from configured keys (owners), an operator key, and helpers that create keys of each role
 * through the API. Several instances may share one database. Not thread-safe to build; the server is.
 */
final class AccessServer implements AutoCloseable {

    static final String OPERATOR_KEY = "operator-key-0123456789abcdef-0123456789";

    final MutableClock clock;
    final BookingEngine engine;
    final TerminServer server;
    final Http demo;
    final Http acme;
    final Http anonymous;

    AccessServer(JdbcConfig database, MutableClock clock, boolean loadDemo) {
        this(database, clock, loadDemo, UnaryOperator.identity());
    }

    AccessServer(JdbcConfig database, MutableClock clock, boolean loadDemo,
            UnaryOperator<TerminServer.Builder> customize) {
        this.clock = clock;
        JdbcStorage store = JdbcStorage.create(database, clock);
        engine = BookingEngine.builder().clock(clock).storage(store.storage()).accessStorage(store.accessStorage())
                .build();
        if (loadDemo) {
            DemoSalon.load(engine.catalogue());
        }
        ApiKeys keys = ApiKeys.inMemory();
        keys.register(DemoSalon.TENANT, TestServer.DEMO_KEY);
        keys.register(TestServer.ACME, TestServer.ACME_KEY);
        server = customize.apply(TerminServer.builder(engine).apiKeys(keys).closeOnStop(store)
                .settings(ServerSettings.defaults().withPort(0).withWorkers(false).withRateLimitPerMinute(100_000)
                        .withDrainTimeout(Duration.ofSeconds(2)))
                .security(SecuritySettings.defaults().withOperatorKey(OPERATOR_KEY).withRates(100_000, 100_000)))
                .build().start();
        demo = new Http(server.port(), TestServer.DEMO_KEY);
        acme = new Http(server.port(), TestServer.ACME_KEY);
        anonymous = new Http(server.port(), null);
    }

    /** A new key of the demo tenant with {@code role}, created by its owner through the API; returns the secret. */
    String createKey(Role role, String... allowedOrigins) {
        StringBuilder origins = new StringBuilder();
        for (String o : allowedOrigins) {
            origins.append(origins.length() == 0 ? "" : ",").append('\'').append(o).append('\'');
        }
        Http.Resp r = demo.post("/v1/keys", j("{'role':'" + role.code() + "','label':'" + role.code()
                + " key','allowedOrigins':[" + origins + "]}"));
        if (r.status() != 201) {
            throw new IllegalStateException("key not created: " + r);
        }
        return r.json().get("secret").asText();
    }

    Http as(String key) {
        return new Http(server.port(), key);
    }

    @Override
    public void close() {
        server.stop();
    }
}
