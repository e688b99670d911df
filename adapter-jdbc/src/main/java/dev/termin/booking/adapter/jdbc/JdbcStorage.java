package dev.termin.booking.adapter.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.termin.booking.adapter.jdbc.internal.Db;
import dev.termin.booking.adapter.jdbc.internal.Dialect;
import dev.termin.booking.adapter.jdbc.internal.JdbiApiKeyRepository;
import dev.termin.booking.adapter.jdbc.internal.JdbiAppointmentRepository;
import dev.termin.booking.adapter.jdbc.internal.JdbiBookedTime;
import dev.termin.booking.adapter.jdbc.internal.JdbiAuditLog;
import dev.termin.booking.adapter.jdbc.internal.JdbiCalendarConnectionRepository;
import dev.termin.booking.adapter.jdbc.internal.JdbiBookingFlowLog;
import dev.termin.booking.adapter.jdbc.internal.CachedCatalogueRepository;
import dev.termin.booking.adapter.jdbc.internal.CatalogueCache;
import dev.termin.booking.adapter.jdbc.internal.JdbiExternalBookingLedger;
import dev.termin.booking.adapter.jdbc.internal.JdbiHoldRepository;
import dev.termin.booking.adapter.jdbc.internal.JdbiIdempotencyStore;
import dev.termin.booking.adapter.jdbc.internal.JdbiManageTokenRepository;
import dev.termin.booking.adapter.jdbc.internal.JdbiMirroredEventTypeRepository;
import dev.termin.booking.adapter.jdbc.internal.JdbiOutbox;
import dev.termin.booking.adapter.jdbc.internal.JdbiWebhookDeliveries;
import dev.termin.booking.adapter.jdbc.internal.JdbiStaffLocks;
import dev.termin.booking.adapter.jdbc.internal.JdbiTenantAccountRepository;
import dev.termin.booking.adapter.jdbc.internal.JdbiTransactions;
import dev.termin.booking.adapter.jdbc.internal.JdbiWaitlistRepository;
import dev.termin.booking.application.port.out.AccessStorage;
import dev.termin.booking.application.port.out.BookedTime;
import dev.termin.booking.application.port.out.BookingStorage;
import dev.termin.booking.application.port.out.CalendarConnectionRepository;
import dev.termin.booking.application.port.out.ExternalBookingLedger;
import dev.termin.booking.application.port.out.MirroredEventTypeRepository;
import dev.termin.booking.application.port.out.StorageException;
import dev.termin.booking.application.port.out.WebhookDeliveries;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The JDBC store: a connection pool on PostgreSQL or H2, its schema migrated on start, and every storage port of
 * the application on top ({@link #storage()}). Several instances (several engine processes) may share one
 * PostgreSQL database; the database keeps their bookings free of overlaps. The catalogue (company, branches, staff,
 * services, holidays, blocks, resource types) is cached per tenant: a change made through one instance is seen by it
 * at once and by the others within one second (see docs/performance.md). Close it to close the pool.
 *
 * <pre>{@code
 * try (JdbcStorage store = JdbcStorage.create(JdbcConfig.h2File(Path.of("data")))) {
 *     BookingStorage storage = store.storage();
 *     ...
 * }
 * }</pre>
 *
 * <p>This class is thread-safe.
 */
public final class JdbcStorage implements AutoCloseable {

    private final JdbcConfig config;
    private final HikariDataSource dataSource;
    private final BookingStorage storage;
    private final AccessStorage accessStorage;
    private final ExternalBookingLedger externalBookingLedger;
    private final CalendarConnectionRepository calendarConnections;
    private final MirroredEventTypeRepository mirroredEventTypes;
    private final WebhookDeliveries webhooks;

    private JdbcStorage(JdbcConfig config, HikariDataSource dataSource, BookingStorage storage,
            AccessStorage accessStorage, Db db, CatalogueCache cache) {
        this.config = config;
        this.dataSource = dataSource;
        this.storage = storage;
        this.accessStorage = accessStorage;
        this.externalBookingLedger = new JdbiExternalBookingLedger(db);
        this.calendarConnections = new JdbiCalendarConnectionRepository(db);
        this.mirroredEventTypes = new JdbiMirroredEventTypeRepository(db);
        this.webhooks = new JdbiWebhookDeliveries(db, cache);
    }

    /**
     * Opens the store with the system clock (UTC): see {@link #create(JdbcConfig, Clock)}.
     *
     * @throws StorageException if the database cannot be reached or migrated
     */
    public static JdbcStorage create(JdbcConfig config) {
        return create(config, Clock.systemUTC());
    }

    /**
     * Migrates the schema to the newest version, opens a connection pool and returns the store. {@code clock} is
     * the store's notion of "now" where a port method takes no time: when an appointment is inserted or updated,
     * active holds whose expiry is at or before {@code clock.instant()} no longer block it.
     *
     * @throws NullPointerException if {@code config} or {@code clock} is null
     * @throws StorageException if the database cannot be reached or migrated
     */
    public static JdbcStorage create(JdbcConfig config, Clock clock) {
        return create(config, clock, UnaryOperator.identity(), System::nanoTime);
    }

    /**
     * As {@link #create(JdbcConfig, Clock)}, with every connection the ports use taken from {@code connections}
     * applied to the pool (the tests count the statements and commits of a use case this way) and the age of the
     * cached catalogue measured by {@code ticker} (nanoseconds, like {@link System#nanoTime}).
     */
    static JdbcStorage create(JdbcConfig config, Clock clock, UnaryOperator<DataSource> connections,
            LongSupplier ticker) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(clock, "clock");
        migrate(config);
        HikariDataSource pool = pool(config, true);
        try {
            Db db = Db.create(connections.apply(pool), Dialect.of(config), clock);
            CatalogueCache cache = new CatalogueCache(db, ticker);
            JdbiAppointmentRepository appointments = new JdbiAppointmentRepository(db);
            JdbiHoldRepository holds = new JdbiHoldRepository(db);
            BookingStorage storage = new BookingStorage(
                    new JdbiTransactions(db),
                    new JdbiStaffLocks(db),
                    new CachedCatalogueRepository(db, cache),
                    appointments,
                    holds,
                    db.dialect() == Dialect.POSTGRESQL ? new JdbiBookedTime(db) : BookedTime.of(appointments, holds),
                    new JdbiWaitlistRepository(db),
                    new JdbiOutbox(db),
                    new JdbiIdempotencyStore(db),
                    new JdbiBookingFlowLog(db));
            AccessStorage access = new AccessStorage(storage.transactions(),
                    new JdbiTenantAccountRepository(db),
                    new JdbiApiKeyRepository(db),
                    new JdbiAuditLog(db),
                    new JdbiManageTokenRepository(db));
            return new JdbcStorage(config, pool, storage, access, db, cache);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /**
     * Migrates the schema of the database at {@code config} to the newest version and closes the connection again,
     * for deployments that migrate in a separate step. {@link #create} does the same on its own.
     *
     * @throws StorageException if the database cannot be reached or migrated
     */
    public static void migrate(JdbcConfig config) {
        Objects.requireNonNull(config, "config");
        // Flyway works on two connections at once (its lock and the migration), whatever the configured pool size
        try (HikariDataSource pool = pool(config.withPoolSize(2))) {
            migrate(pool, Dialect.of(config));
        }
    }

    /** The storage ports, all sharing this store's transactions. */
    public BookingStorage storage() {
        return storage;
    }

    /** The access-control ports (tenants, API keys, audit log, manage tokens), sharing {@link #storage()}'s transactions. */
    public AccessStorage accessStorage() {
        return accessStorage;
    }

    /** What the engine applied of the external calendar's changes, sharing {@link #storage()}'s transactions. */
    public ExternalBookingLedger externalBookingLedger() {
        return externalBookingLedger;
    }

    /** The tenants' external calendar connections. */
    public CalendarConnectionRepository calendarConnections() {
        return calendarConnections;
    }

    /** The event types the external calendar holds for composite services' segments. */
    public MirroredEventTypeRepository mirroredEventTypes() {
        return mirroredEventTypes;
    }

    /** Webhook endpoints and deliveries, sharing {@link #storage()}'s transactions. */
    public WebhookDeliveries webhooks() {
        return webhooks;
    }

    /** The configuration this store was opened with. */
    public JdbcConfig config() {
        return config;
    }

    /** Closes the connection pool; the ports fail afterwards. Closing twice does nothing. */
    @Override
    public void close() {
        dataSource.close();
    }

    /**
     * How long PostgreSQL's driver waits for a reply on an open connection before it gives the connection up (the
     * driver's {@code socketTimeout}, whole seconds): the statement timeout plus 500 ms, so that the server's own
     * cancel of a statement arrives first, rounded up, at least 2 s; 2 s with the default statement timeout of
     * 1.5 s. It only matters when the server vanishes without closing the connection (a lost host or network); a
     * server that stops or restarts closes its connections, and the request fails at once.
     */
    static long socketTimeoutSeconds(Duration statementTimeout) {
        long millis = statementTimeout.toMillis() + 500;
        return Math.max(2, (millis + 999) / 1000);
    }

    /** How long opening the store waits for its first connection (to migrate): 5 s. */
    private static final Duration MIGRATION_CONNECTION_TIMEOUT = Duration.ofSeconds(5);

    private static HikariDataSource pool(JdbcConfig config) {
        return pool(config, false);
    }

    /** A pool for {@code config}; a {@code serving} one has the request time bounds (migrations have none). */
    private static HikariDataSource pool(JdbcConfig config, boolean serving) {
        HikariConfig hc = new HikariConfig();
        hc.setPoolName("termin-jdbc");
        hc.setJdbcUrl(config.url());
        hc.setUsername(config.user());
        hc.setPassword(config.password());
        hc.setMaximumPoolSize(config.poolSize());
        hc.setMinimumIdle(Math.min(2, config.poolSize()));
        hc.setAutoCommit(true);
        hc.setInitializationFailTimeout(-1);
        if (config.isPostgres()) {
            // server error details quote row values (personal data): keep them out of exception messages
            hc.addDataSourceProperty("logServerErrorDetail", "false");
            hc.addDataSourceProperty("connectTimeout", "1");
            hc.addDataSourceProperty("loginTimeout", "2");
            // a cancel request (query timeout) opens a connection of its own; the driver's default waits 10 s for it
            hc.addDataSourceProperty("cancelSignalTimeout", "1");
            // pooled connections to a host that vanished are noticed by the system even while idle
            hc.addDataSourceProperty("tcpKeepAlive", "true");
        }
        // a migration (at start, or an operations command) waits a little longer, but not the pool's 30 s
        hc.setConnectionTimeout(Math.max(config.connectionTimeout().toMillis(),
                MIGRATION_CONNECTION_TIMEOUT.toMillis()));
        if (serving) {
            hc.setConnectionTimeout(config.connectionTimeout().toMillis());
            hc.setValidationTimeout(Math.max(250, config.connectionTimeout().toMillis() / 2));
            if (config.isPostgres()) {
                hc.addDataSourceProperty("socketTimeout",
                        Long.toString(socketTimeoutSeconds(config.statementTimeout())));
                hc.addDataSourceProperty("options", "-c statement_timeout=" + config.statementTimeout().toMillis());
            }
        }
        try {
            return new HikariDataSource(hc);
        } catch (RuntimeException e) {
            throw new StorageException("cannot open a connection pool for " + config, e);
        }
    }

    private static void migrate(DataSource dataSource, Dialect dialect) {
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:" + dialect.migrations())
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StorageException("cannot migrate the " + dialect.displayName() + " schema", e);
        }
    }
}
