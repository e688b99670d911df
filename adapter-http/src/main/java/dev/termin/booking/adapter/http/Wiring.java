package dev.termin.booking.adapter.http;

import dev.termin.booking.adapter.http.config.CalComSyncSettings;
import dev.termin.booking.adapter.http.config.InvalidSettingException;
import dev.termin.booking.adapter.http.config.MailVariables;
import dev.termin.booking.adapter.http.config.ServerSettings;
import dev.termin.booking.adapter.http.config.TerminSettings;
import dev.termin.booking.adapter.http.internal.CalComLink;
import dev.termin.booking.adapter.http.internal.ConnectedCalendars;
import dev.termin.booking.adapter.http.internal.MicrometerBookingMetrics;
import dev.termin.booking.adapter.http.internal.SecretBox;
import dev.termin.booking.adapter.http.internal.StoredSegmentEventTypes;
import dev.termin.booking.adapter.http.internal.WebCustomerPages;
import dev.termin.booking.adapter.http.webhook.JdkWebhookSender;
import dev.termin.booking.adapter.jdbc.JdbcStorage;
import dev.termin.booking.adapter.mail.SmtpNotifier;
import dev.termin.booking.adapter.redis.RedisConnections;
import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.application.demo.DemoSalon;
import dev.termin.booking.application.port.in.AccessUseCase;
import dev.termin.booking.application.port.in.Caller;
import dev.termin.booking.application.port.in.CreateKeyCommand;
import dev.termin.booking.domain.access.ApiKey;
import dev.termin.booking.domain.access.Principal;
import dev.termin.booking.domain.access.Role;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires the engine and the server from {@link TerminSettings}: the JDBC storage, Redis for slot locks, idempotency
 * keys and rate limits when configured, Cal.com when configured, e-mail over SMTP when configured (otherwise the
 * log notifier, said once at start), webhooks kept in the database and posted with the JDK's HTTP client,
 * Prometheus metrics, access control in the database, the configured API keys (imported as owner keys), the
 * operator key and the demo tenant.
 * Every choice of adapter is made here and nowhere else; the environment is read only by {@link TerminSettings}.
 * Not thread-safe; {@link #close()} releases connections.
 */
public final class Wiring implements AutoCloseable {

    private static final String DEMO_PAGE_LABEL = "Demo booking page";

    private static final Logger log = LoggerFactory.getLogger(Wiring.class);

    private final TerminSettings settings;
    private final Clock clock;
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final List<AutoCloseable> closeables = new ArrayList<>();
    private final BookingEngine engine;
    private final String storageDescription;
    private final Optional<RedisConnections> redis;
    private final Optional<ConnectedCalendars> calendar;
    /** The customer pages messages link to; their address is known once the server listens. */
    private final WebCustomerPages pages = new WebCustomerPages();

    private Wiring(TerminSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        BookingEngine.Builder b = BookingEngine.builder().clock(clock).metrics(new MicrometerBookingMetrics(registry));
        this.storageDescription = settings.storage().toString();
        JdbcStorage store = JdbcStorage.create(settings.storage(), clock);
        closeables.add(store);
        b.storage(store.storage()).accessStorage(store.accessStorage()).webhookStore(store.webhooks())
                .webhookSender(JdkWebhookSender.create(Duration.ofSeconds(5)));
        this.redis = settings.redis().map(RedisConnections::create);
        redis.ifPresent(connections -> {
            closeables.add(connections);
            b.slotLocks(connections.slotLocks()).idempotency(connections.idempotencyStore());
        });
        CalComSyncSettings sync = settings.calComSync();
        // Cal.com is on when the environment configures a tenant or a master key lets tenants store connections
        this.calendar = settings.calCom().isPresent() || settings.masterKeys().isPresent()
                ? Optional.of(ConnectedCalendars.create(settings.calCom(), sync.webhookSecret(),
                        settings.masterKeys().map(SecretBox::new),
                        new StoredSegmentEventTypes(store.mirroredEventTypes()), clock, sync.webhookTolerance()))
                : Optional.empty();
        calendar.ifPresent(b::externalCalendar);
        b.externalBookingLedger(store.externalBookingLedger()).calendarConnections(store.calendarConnections());
        AtomicReference<BookingEngine> built = new AtomicReference<>();
        settings.mail().ifPresentOrElse(
                // the tenant's sender is looked up when a message is sent, long after the engine below is built
                m -> b.notifier(SmtpNotifier.create(m.smtp(),
                        new TenantSenders(m.sender(), () -> built.get().catalogue()))),
                () -> log.info("no SMTP server configured ({} not set): notifications are logged, not sent",
                        MailVariables.HOST));
        b.settings(settings.engine()).customerPages(pages);
        this.engine = b.build();
        built.set(engine);
        calendar.ifPresent(c -> c.attach(engine.calendarConnections()));
    }

    /**
     * The wiring {@code env} describes, with the system clock.
     *
     * @throws InvalidSettingException if a variable is missing or malformed (before anything is opened)
     */
    public static Wiring fromEnv(Map<String, String> env) {
        return create(TerminSettings.fromEnv(env), Clock.systemUTC());
    }

    /** Like {@link #fromEnv(Map)} with another clock (tests). */
    public static Wiring fromEnv(Map<String, String> env, Clock clock) {
        return create(TerminSettings.fromEnv(env), clock);
    }

    /** The wiring of {@code settings}: opens the storage and connects Redis. */
    public static Wiring create(TerminSettings settings, Clock clock) {
        return new Wiring(Objects.requireNonNull(settings, "settings"), Objects.requireNonNull(clock, "clock"));
    }

    /** Applies the database's schema migrations (opening the store has already done so). Returns what was done. */
    public String migrate() {
        JdbcStorage.migrate(settings.storage());
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
        return settings.apiKeys().demoEnabled();
    }

    /** Loads the demo tenant (an upsert). */
    public void loadDemo() {
        DemoSalon.load(engine.catalogue());
    }

    /**
     * A fresh publishable {@code booking-page} key for the demo salon, for the booking-page address printed at start:
     * that address must never carry the owner key, which reads every customer's data. Keys are stored as hashes
     * only, so the key made at the previous start cannot be shown again; it is revoked instead. Call after the
     * server started (which imports the demo tenant).
     */
    public String demoBookingPageKey() {
        Caller caller = new Caller(new Principal.Operator("server start"), "demo-booking-page-key");
        AccessUseCase access = engine.access();
        for (ApiKey k : access.listKeys(caller, DemoSalon.TENANT).orElseThrow()) {
            if (k.role() == Role.BOOKING_PAGE && DEMO_PAGE_LABEL.equals(k.label()) && k.revokedAt().isEmpty()) {
                access.revokeKey(caller, DemoSalon.TENANT, k.id());
            }
        }
        return access.createKey(caller, CreateKeyCommand.of(DemoSalon.TENANT, Role.BOOKING_PAGE, DEMO_PAGE_LABEL))
                .orElseThrow().secret();
    }

    /** The configured API keys and, with the demo on, the demo key (configured or {@code generatedDemoKey}). */
    public ApiKeys apiKeys(Optional<String> generatedDemoKey) {
        ApiKeys keys = ApiKeys.inMemory();
        settings.apiKeys().tenantKeys().forEach(k -> keys.register(k.tenant(), k.key()));
        if (demoEnabled()) {
            demoKey().or(() -> generatedDemoKey).ifPresent(k -> keys.register(DemoSalon.TENANT, k));
        }
        return keys;
    }

    /** The demo key from {@code TERMIN_DEMO_API_KEY}, if set. */
    public Optional<String> demoKey() {
        return settings.apiKeys().demoKey();
    }

    /** The server settings read at start. */
    public ServerSettings serverSettings() {
        return settings.server();
    }

    /** A new random API key. */
    public static String generateKey() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return "termin_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A server builder with everything wired: rate limits and idempotency in Redis when configured. */
    public TerminServer.Builder server(ServerSettings settings, ApiKeys keys) {
        TerminServer.Builder b = TerminServer.builder(engine).settings(settings).apiKeys(keys).registry(registry)
                .security(this.settings.security()).customerPages(pages);
        this.settings.phone().retellApiKey().ifPresent(b::retellApiKey);
        redis.ifPresent(r -> b.rateLimiter(r.rateLimiter(settings.rateLimitPerMinute(), Duration.ofMinutes(1)))
                .rateLimiters(perMinute -> r.rateLimiter(perMinute, Duration.ofMinutes(1)))
                .dependency("redis", r::circuitState, r::ping, false));
        calendar.ifPresent(c -> b.dependency("calcom", c::circuitState, false).calCom(calComLink(c)));
        closeables.forEach(b::closeOnStop);
        return b;
    }

    private CalComLink calComLink(ConnectedCalendars c) {
        CalComSyncSettings sync = settings.calComSync();
        return new CalComLink(c, sync.reconcileEvery(), sync.driftCheckEvery(), sync.windowBack(),
                sync.windowAhead());
    }

    /** The Cal.com connection, if configured (for the CLI's reconcile, review and drift commands). */
    public Optional<CalComLink> calComLink() {
        return calendar.map(this::calComLink);
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
}
