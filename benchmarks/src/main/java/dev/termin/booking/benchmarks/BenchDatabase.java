package dev.termin.booking.benchmarks;

import dev.termin.booking.adapter.jdbc.testing.NonRootPostgresBinaries;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The database a benchmark server runs on: embedded PostgreSQL (with production durability settings), an external
 * PostgreSQL named by {@value #EXTERNAL_URL}, or a fresh H2 file database; it gives the server's environment
 * variables and plain JDBC connections for checks.
 */
final class BenchDatabase implements AutoCloseable {

    /** A JDBC URL of an external PostgreSQL to use instead of the embedded one. */
    static final String EXTERNAL_URL = "TERMIN_BENCH_POSTGRES_URL";
    static final String EXTERNAL_USER = "TERMIN_BENCH_POSTGRES_USER";
    static final String EXTERNAL_PASSWORD = "TERMIN_BENCH_POSTGRES_PASSWORD";

    private final String kind;
    private final String url;
    private final String user;
    private final String password;
    private final EmbeddedPostgres embedded;
    private final Path dataDir;

    private BenchDatabase(String kind, String url, String user, String password, EmbeddedPostgres embedded,
            Path dataDir) {
        this.kind = kind;
        this.url = url;
        this.user = user;
        this.password = password;
        this.embedded = embedded;
        this.dataDir = dataDir;
    }

    /**
     * PostgreSQL: the external server of {@value #EXTERNAL_URL} if set, else an embedded PostgreSQL in
     * {@code workDir} with PostgreSQL's own defaults for durability ({@code fsync}, {@code synchronous_commit} on;
     * zonky's builder turns the latter off).
     */
    static BenchDatabase postgres(Map<String, String> env, Path workDir, boolean statementStats) {
        String external = env.get(EXTERNAL_URL);
        if (external != null && !external.isBlank()) {
            return new BenchDatabase("PostgreSQL (external)", external.strip(), env.getOrDefault(EXTERNAL_USER, ""),
                    env.getOrDefault(EXTERNAL_PASSWORD, ""), null, null);
        }
        try {
            Path data = workDir.resolve("pgdata");
            EmbeddedPostgres.Builder b = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setDataDirectory(data)
                    .setCleanDataDirectory(true)
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("max_connections", "100");
            if (statementStats) {
                b.setServerConfig("shared_preload_libraries", "pg_stat_statements");
            }
            if (NonRootPostgresBinaries.runningAsRoot()) {
                b.setPgBinaryResolver(new NonRootPostgresBinaries());
            }
            EmbeddedPostgres pg = b.start();
            return new BenchDatabase("PostgreSQL (embedded)", pg.getJdbcUrl("postgres", "postgres"), "postgres", "",
                    pg, data);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
        }
    }

    /** A fresh H2 file database in {@code workDir}, as the server uses by default. */
    static BenchDatabase h2(Path workDir) {
        Path dir = workDir.resolve("h2");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String file = dir.toAbsolutePath().resolve("termin").toString();
        return new BenchDatabase("H2 (file)", "jdbc:h2:file:" + file + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000", "sa", "",
                null, dir);
    }

    /** The environment variables that point {@code Wiring.fromEnv} at this database. */
    Map<String, String> serverEnv() {
        Map<String, String> env = new LinkedHashMap<>();
        if (isH2()) {
            env.put("TERMIN_DATA_DIR", dataDir.toString());
        } else {
            env.put("TERMIN_DB_URL", url);
            env.put("TERMIN_DB_USER", user);
            env.put("TERMIN_DB_PASSWORD", password);
        }
        return env;
    }

    boolean isH2() {
        return url.startsWith("jdbc:h2:");
    }

    String kind() {
        return kind;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** The process id of the embedded PostgreSQL's postmaster, for CPU accounting; empty otherwise. */
    OptionalLong postmasterPid() {
        if (embedded == null) {
            return OptionalLong.empty();
        }
        try {
            String first = Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip();
            return OptionalLong.of(Long.parseLong(first));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * The sum over all statements since {@code pg_stat_statements} was reset, then the statements that took the most
     * execution time (needs the extension preloaded; see {@link #postgres}), one line each: total ms, calls, mean
     * ms, rows per call, SQL.
     */
    java.util.List<String> topStatements(int limit) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        try (Connection c = connect(); var s = c.createStatement()) {
            try (var rs = s.executeQuery("SELECT SUM(total_exec_time), SUM(calls), COUNT(*) FROM pg_stat_statements")) {
                rs.next();
                lines.add(String.format("%9.0f ms total | %7d calls | all %d statements", rs.getDouble(1),
                        rs.getLong(2), rs.getLong(3)));
            }
            try (var rs = s.executeQuery("SELECT total_exec_time, calls, mean_exec_time, rows, query "
                    + "FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT " + limit)) {
                while (rs.next()) {
                    long calls = rs.getLong(2);
                    lines.add(String.format("%9.0f ms total | %7d calls | %7.3f ms mean | %6.1f rows/call | %s",
                            rs.getDouble(1), calls, rs.getDouble(3), calls == 0 ? 0 : (double) rs.getLong(4) / calls,
                            rs.getString(5).replaceAll("\\s+", " ")));
                }
            }
        } catch (SQLException e) {
            lines.add("pg_stat_statements unavailable: " + e.getMessage());
        }
        return lines;
    }

    /** Creates the {@code pg_stat_statements} view (when preloaded) and resets it. */
    void resetStatementStats() {
        try (Connection c = connect(); var s = c.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            s.execute("SELECT pg_stat_statements_reset()");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reset pg_stat_statements", e);
        }
    }

    /** Updates the planner statistics of all tables ({@code ANALYZE}), as autovacuum does within a minute or so. */
    void analyze() {
        try (Connection c = connect(); var s = c.createStatement()) {
            s.execute("ANALYZE");
        } catch (SQLException e) {
            throw new IllegalStateException("ANALYZE failed", e);
        }
    }

    /** The server's version string, e.g. {@code PostgreSQL 17.6 on x86_64-pc-linux-gnu …}. */
    String version() {
        try (Connection c = connect(); var s = c.createStatement();
                var rs = s.executeQuery(isH2() ? "SELECT H2VERSION()" : "SELECT version()")) {
            rs.next();
            return (isH2() ? "H2 " : "") + rs.getString(1);
        } catch (SQLException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
