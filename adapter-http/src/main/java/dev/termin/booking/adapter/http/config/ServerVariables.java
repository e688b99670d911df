package dev.termin.booking.adapter.http.config;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** Reads the HTTP server's {@link ServerSettings} from {@code TERMIN_HOST}, {@code TERMIN_PORT} and the rest. */
public final class ServerVariables {

    public static final String HOST = "TERMIN_HOST";
    public static final String PORT = "TERMIN_PORT";
    public static final String MAX_BODY_BYTES = "TERMIN_MAX_BODY_BYTES";
    public static final String RATE_LIMIT_PER_MINUTE = "TERMIN_RATE_LIMIT_PER_MINUTE";
    public static final String WORKER_INTERVAL = "TERMIN_WORKER_INTERVAL";
    /** Deprecated alias of {@link #WORKER_INTERVAL} in milliseconds. */
    public static final String WORKER_INTERVAL_MS = "TERMIN_WORKER_INTERVAL_MS";
    public static final String DRAIN_TIMEOUT = "TERMIN_DRAIN_TIMEOUT";
    /** Deprecated alias of {@link #DRAIN_TIMEOUT} in milliseconds. */
    public static final String DRAIN_TIMEOUT_MS = "TERMIN_DRAIN_TIMEOUT_MS";
    /** The address customers reach the server at; links in messages start with it. */
    public static final String PUBLIC_URL = "TERMIN_PUBLIC_URL";

    private ServerVariables() {
    }

    /**
     * {@link ServerSettings#defaults()} overridden by the variables that are set.
     *
     * @throws InvalidSettingException if a value is malformed or out of range
     */
    public static ServerSettings read(Environment env) {
        ServerSettings d = ServerSettings.defaults();
        String host = env.text(HOST).orElse(d.host());
        int port = env.integer(PORT, d.port(), 0, 65535);
        long maxBody = env.whole(MAX_BODY_BYTES, d.maxBodyBytes(), 1024, 16 * 1024 * 1024);
        long rate = env.whole(RATE_LIMIT_PER_MINUTE, d.rateLimitPerMinute(), 1, Long.MAX_VALUE);
        Duration worker = env.duration(WORKER_INTERVAL, WORKER_INTERVAL_MS, d.workerInterval(),
                Duration.ofMillis(10));
        Duration drain = env.duration(DRAIN_TIMEOUT, DRAIN_TIMEOUT_MS, d.drainTimeout(), Duration.ZERO);
        Optional<URI> publicUrl = env.text(PUBLIC_URL).map(u -> env.check(PUBLIC_URL, () -> URI.create(u.strip())));
        ServerSettings read = env.check(HOST, () -> new ServerSettings(host, port, maxBody, rate, worker, drain,
                d.runWorkers()));
        return publicUrl.map(u -> env.check(PUBLIC_URL, () -> read.withPublicUrl(u))).orElse(read);
    }
}
