package dev.termin.booking.adapter.http;

import dev.termin.booking.adapter.calcom.CalComCalendar;
import dev.termin.booking.adapter.calcom.CalComConfig;
import dev.termin.booking.adapter.http.internal.MicrometerBookingMetrics;
import dev.termin.booking.adapter.jdbc.JdbcConfig;
import dev.termin.booking.adapter.jdbc.JdbcStorage;
import dev.termin.booking.adapter.redis.RedisConnections;
import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.application.settings.EngineSettings;
import dev.termin.booking.application.settings.EngineSettings.ExternalCalendarFallback;
import dev.termin.booking.application.demo.DemoSalon;
import dev.termin.booking.application.port.out.BookingStorage;
import dev.termin.booking.domain.catalogue.TenantId;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires the engine and the server from environment variables: the JDBC storage ({@link #jdbcConfig}), Redis for slot locks,
 * idempotency keys and rate limits when {@code TERMIN_REDIS_URL} is set, Cal.com when
 * {@code TERMIN_CALCOM_API_KEY} is set, Prometheus metrics, API keys and the demo tenant. Every choice of adapter is
 * made here and nowhere else. Not thread-safe; {@link #close()} releases connections.
 */
public final class Wiring implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Wiring.class);

    public static final String ENV_DEMO = "TERMIN_DEMO";
    public static final String ENV_DEMO_API_KEY = "TERMIN_DEMO_API_KEY";
    public static final String ENV_API_KEYS = "TERMIN_API_KEYS";
    public static final String ENV_DATA_DIR = "TERMIN_DATA_DIR";
    public static final String ENV_DB_URL = "TERMIN_DB_URL";
    public static final String ENV_REDIS_URL = "TERMIN_REDIS_URL";
    public static final String ENV_CALCOM_API_KEY = "TERMIN_CALCOM_API_KEY";
    /** {@code warn} (default: answer from local data with a warning) or {@code refuse} when Cal.com is down. */
    public static final String ENV_CALENDAR_FALLBACK = "TERMIN_CALENDAR_FALLBACK";

    private final Map<String, String> env;
    private final Clock clock;
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final List<AutoCloseable> closeables = new ArrayList<>();
    private final BookingEngine engine;
    private final String storageDescription;
    private final JdbcConfig jdbc;
    private final Optional<RedisConnections> redis;
    private final Optional<CalComCalendar> calendar;

    private Wiring(Map<String, String> env, Clock clock) {
        this.env = Map.copyOf(env);
        this.clock = clock;
        BookingEngine.Builder b = BookingEngine.builder().clock(clock).metrics(new MicrometerBookingMetrics(registry));
        this.jdbc = jdbcConfig(env);
        this.storageDescription = jdbc.toString();
        JdbcStorage store = JdbcStorage.create(jdbc, clock);
        closeables.add(store);
        b.storage(store.storage());
        if (present(env, ENV_REDIS_URL)) {
            RedisConnections connections = RedisConnections.fromEnv(env);
            closeables.add(connections);
            b.slotLocks(connections.slotLocks()).idempotency(connections.idempotencyStore());
            this.redis = Optional.of(connections);
        } else {
            this.redis = Optional.empty();
        }
        if (present(env, ENV_CALCOM_API_KEY)) {
            CalComCalendar cal = CalComCalendar.create(CalComConfig.fromEnv(env));
            b.externalCalendar(cal);
            this.calendar = Optional.of(cal);
        } else {
            this.calendar = Optional.empty();
        }
        b.settings(EngineSettings.defaults().withExternalCalendarFallback(calendarFallback(env)));
        this.engine = b.build();
    }

    static ExternalCalendarFallback calendarFallback(Map<String, String> env) {
        String value = env.getOrDefault(ENV_CALENDAR_FALLBACK, "warn").strip().toUpperCase(Locale.ROOT);
        try {
            return ExternalCalendarFallback.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(ENV_CALENDAR_FALLBACK + " must be 'warn' or 'refuse', not '"
                    + env.get(ENV_CALENDAR_FALLBACK) + "'", e);
        }
    }

    /**
     * The wiring {@code env} describes, with the system clock.
     *
     * @throws IllegalArgumentException if a variable is malformed
     */
    public static Wiring fromEnv(Map<String, String> env) {
        return new Wiring(env, Clock.systemUTC());
    }

    /** Like {@link #fromEnv(Map)} with another clock (tests). */
    public static Wiring fromEnv(Map<String, String> env, Clock clock) {
        return new Wiring(env, Objects.requireNonNull(clock, "clock"));
    }

    /**
     * The database: PostgreSQL when {@code TERMIN_DB_URL} is set (with {@code TERMIN_DB_USER},
     * {@code TERMIN_DB_PASSWORD}), otherwise an H2 file database in {@code TERMIN_DATA_DIR} (default {@code ./data}).
     */
    public static JdbcConfig jdbcConfig(Map<String, String> env) {
        if (present(env, ENV_DB_URL)) {
            return JdbcConfig.of(env.get(ENV_DB_URL).strip(), env.getOrDefault("TERMIN_DB_USER", ""),
                    env.getOrDefault("TERMIN_DB_PASSWORD", ""));
        }
        return JdbcConfig.h2File(Path.of(env.getOrDefault(ENV_DATA_DIR, "data").strip()));
    }

    /** Applies the database's schema migrations (opening the store has already done so). Returns what was done. */
    public String migrate() {
        JdbcStorage.migrate(jdbc);
        return "database " + storageDescription + ": schema is up to date";
    }

    public String storageDescription() {
        return storageDescription;
    }

    public BookingEngine engine() {
        return engine;
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    /** Whether the demo tenant is loaded at start ({@code TERMIN_DEMO}, default true). */
    public boolean demoEnabled() {
        return !"false".equalsIgnoreCase(env.getOrDefault(ENV_DEMO, "true").strip());
    }

    /** Loads the demo tenant (an upsert). */
    public void loadDemo() {
        DemoSalon.load(engine.catalogue());
    }

    /**
     * The API keys: {@code TERMIN_API_KEYS} ({@code tenant:key,tenant:key}) and, with the demo on, the demo key
     * ({@code TERMIN_DEMO_API_KEY} or {@code generatedDemoKey}).
     */
    public ApiKeys apiKeys(Optional<String> generatedDemoKey) {
        ApiKeys keys = ApiKeys.inMemory();
        String configured = env.getOrDefault(ENV_API_KEYS, "");
        for (String pair : configured.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int colon = pair.indexOf(':');
            if (colon < 1 || colon == pair.length() - 1) {
                throw new IllegalArgumentException(ENV_API_KEYS + " must be tenant:key pairs separated by commas");
            }
            keys.register(TenantId.of(pair.substring(0, colon).strip()), pair.substring(colon + 1).strip());
        }
        if (demoEnabled()) {
            demoKey().or(() -> generatedDemoKey).ifPresent(k -> keys.register(DemoSalon.TENANT, k));
        }
        return keys;
    }

    /** The demo key from {@code TERMIN_DEMO_API_KEY}, if set. */
    public Optional<String> demoKey() {
        return Optional.ofNullable(env.get(ENV_DEMO_API_KEY)).map(String::strip).filter(k -> !k.isEmpty());
    }

    /** A new random API key. */
    public static String generateKey() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return "termin_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A server builder with everything wired: rate limits and idempotency in Redis when configured. */
    public TerminServer.Builder server(ServerSettings settings, ApiKeys keys) {
        TerminServer.Builder b = TerminServer.builder(engine).settings(settings).apiKeys(keys).registry(registry);
        redis.ifPresent(r -> b.rateLimiter(r.rateLimiter(settings.rateLimitPerMinute(), java.time.Duration.ofMinutes(1)))
                .dependency("redis", r::circuitState, true));
        calendar.ifPresent(c -> b.dependency("calcom", c::circuitState, false));
        closeables.forEach(b::closeOnStop);
        return b;
    }

    public Clock clock() {
        return clock;
    }

    @Override
    public void close() {
        for (AutoCloseable c : closeables) {
            try {
                c.close();
            } catch (Exception e) {
                log.warn("closing {} failed: {}", c, e.toString());
            }
        }
    }

    private static boolean present(Map<String, String> env, String name) {
        String v = env.get(name);
        return v != null && !v.isBlank();
    }
}
