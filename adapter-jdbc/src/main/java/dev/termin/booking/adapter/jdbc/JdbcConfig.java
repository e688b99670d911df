package dev.termin.booking.adapter.jdbc;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Where the store lives and how many connections to pool. The database is chosen by the URL: {@code
 * jdbc:postgresql:…} (production) or {@code jdbc:h2:…} (embedded). Immutable and thread-safe.
 *
 * @param url the JDBC URL
 * @param user the database user
 * @param password the password; empty for none
 * @param poolSize the maximum number of pooled connections, at least 1 ({@value #DEFAULT_POOL_SIZE} by default)
 * @param connectionTimeout how long a request waits for a pooled connection before it fails, at least 250 ms
 *     ({@link #DEFAULT_CONNECTION_TIMEOUT} by default; the pool's own default of 30 s kept callers waiting for half a
 *     minute while the database was down)
 * @param statementTimeout how long one statement may run on PostgreSQL, waiting for row locks included, before it is
 *     cancelled ({@code statement_timeout}; {@link #DEFAULT_STATEMENT_TIMEOUT} by default; positive). Booking
 *     statements take milliseconds; the bound keeps a request stuck behind an unreachable or overloaded database
 *     from holding its caller and its slot lock. Migrations run without it.
 */
public record JdbcConfig(String url, String user, String password, int poolSize, Duration connectionTimeout,
        Duration statementTimeout) {

    /** The pool size of {@link #of} and {@link #h2File}. */
    public static final int DEFAULT_POOL_SIZE = 10;

    /** The default {@link #connectionTimeout()}: 1 s. */
    public static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(1);

    /** The default {@link #statementTimeout()}: 1.5 s. */
    public static final Duration DEFAULT_STATEMENT_TIMEOUT = Duration.ofMillis(1500);

    /** A store with the default timeouts. */
    public JdbcConfig(String url, String user, String password, int poolSize) {
        this(url, user, password, poolSize, DEFAULT_CONNECTION_TIMEOUT, DEFAULT_STATEMENT_TIMEOUT);
    }

    /**
     * @throws NullPointerException if {@code url}, {@code user} or {@code password} is null
     * @throws IllegalArgumentException if the URL is for neither PostgreSQL nor H2, or {@code poolSize} is below 1
     */
    public JdbcConfig {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        String lower = url.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("jdbc:postgresql:") && !lower.startsWith("jdbc:h2:")) {
            throw new IllegalArgumentException("only jdbc:postgresql: and jdbc:h2: URLs are supported: " + url);
        }
        if (poolSize < 1) {
            throw new IllegalArgumentException("'poolSize' must be at least 1");
        }
        Objects.requireNonNull(connectionTimeout, "connectionTimeout");
        Objects.requireNonNull(statementTimeout, "statementTimeout");
        if (connectionTimeout.toMillis() < 250) {
            throw new IllegalArgumentException("'connectionTimeout' must be at least 250 ms");
        }
        if (statementTimeout.isNegative() || statementTimeout.isZero()) {
            throw new IllegalArgumentException("'statementTimeout' must be positive");
        }
    }

    /** A store at {@code url} with the default pool size. */
    public static JdbcConfig of(String url, String user, String password) {
        return new JdbcConfig(url, user, password, DEFAULT_POOL_SIZE);
    }

    /**
     * The embedded default: an H2 database in file mode in {@code directory} (created if missing), user {@code sa}
     * without password, default pool size. The first process to open it serves it to the others
     * ({@code AUTO_SERVER=TRUE}, on a local TCP port written to the lock file), so the operations commands work
     * beside a running server; when that process ends, the next one takes over. Every commit is written to the file
     * before it returns ({@code WRITE_DELAY=0}; H2's default of 500 ms would lose bookings confirmed just before
     * the process dies), and a writer waits up to 10 s for a lock ({@code LOCK_TIMEOUT=10000}).
     */
    public static JdbcConfig h2File(Path directory) {
        Objects.requireNonNull(directory, "directory");
        String file = directory.toAbsolutePath().resolve("termin").toString().replace('\\', '/');
        return of("jdbc:h2:file:" + file + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000;AUTO_SERVER=TRUE", "sa", "");
    }

    public JdbcConfig withPoolSize(int size) {
        return new JdbcConfig(url, user, password, size, connectionTimeout, statementTimeout);
    }

    /** This store with other request time bounds. */
    public JdbcConfig withTimeouts(Duration connection, Duration statement) {
        return new JdbcConfig(url, user, password, poolSize, connection, statement);
    }

    /** True for PostgreSQL, false for H2. */
    public boolean isPostgres() {
        return url.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:");
    }

    /** The URL (with any password parameter masked) and user; never the password. */
    @Override
    public String toString() {
        String safeUrl = url.replaceAll("(?i)(password=)[^&;]*", "$1***");
        return "JdbcConfig[url=" + safeUrl + ", user=" + user + ", password=***, poolSize=" + poolSize
                + ", connectionTimeout=" + connectionTimeout + ", statementTimeout=" + statementTimeout + "]";
    }
}
