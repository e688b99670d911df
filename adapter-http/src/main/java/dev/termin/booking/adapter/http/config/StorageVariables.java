package dev.termin.booking.adapter.http.config;

import dev.termin.booking.adapter.jdbc.JdbcConfig;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Reads the database: PostgreSQL when {@code TERMIN_DB_URL} is set (with {@code TERMIN_DB_USER},
 * {@code TERMIN_DB_PASSWORD}), otherwise an H2 file database in {@code TERMIN_DATA_DIR} (default {@code ./data});
 * the request time bounds {@code TERMIN_DB_CONNECTION_TIMEOUT} (default 1 s, at least 250 ms) and
 * {@code TERMIN_DB_STATEMENT_TIMEOUT} (default 1.5 s, PostgreSQL only), and the connection pool's size
 * {@code TERMIN_DB_POOL_SIZE} (default 10).
 */
public final class StorageVariables {

    public static final String DB_URL = "TERMIN_DB_URL";
    public static final String DB_USER = "TERMIN_DB_USER";
    public static final String DB_PASSWORD = "TERMIN_DB_PASSWORD";
    public static final String DATA_DIR = "TERMIN_DATA_DIR";
    public static final String DB_CONNECTION_TIMEOUT = "TERMIN_DB_CONNECTION_TIMEOUT";
    public static final String DB_STATEMENT_TIMEOUT = "TERMIN_DB_STATEMENT_TIMEOUT";
    public static final String DB_POOL_SIZE = "TERMIN_DB_POOL_SIZE";

    private StorageVariables() {
    }

    /** @throws InvalidSettingException if the URL is for neither PostgreSQL nor H2, or the folder is not a path */
    public static JdbcConfig read(Environment env) {
        Duration connection = env.duration(DB_CONNECTION_TIMEOUT, JdbcConfig.DEFAULT_CONNECTION_TIMEOUT,
                Duration.ofMillis(250));
        Duration statement = env.duration(DB_STATEMENT_TIMEOUT, JdbcConfig.DEFAULT_STATEMENT_TIMEOUT,
                Duration.ofMillis(1));
        JdbcConfig config;
        if (env.isSet(DB_URL)) {
            String url = env.text(DB_URL).orElseThrow();
            // user and password are taken as written: blanks may be part of them
            config = env.check(DB_URL, () -> JdbcConfig.of(url, env.rawOrEmpty(DB_USER),
                    env.rawOrEmpty(DB_PASSWORD)));
        } else {
            config = env.check(DATA_DIR, () -> JdbcConfig.h2File(Path.of(env.text(DATA_DIR).orElse("data"))));
        }
        int pool = env.integer(DB_POOL_SIZE, JdbcConfig.DEFAULT_POOL_SIZE, 1, 1000);
        return config.withTimeouts(connection, statement).withPoolSize(pool);
    }
}
