package dev.termin.booking.benchmarks;

import dev.termin.booking.adapter.http.TerminServer;
import dev.termin.booking.adapter.http.Wiring;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real Termin server in this JVM, wired as {@code serve} wires it ({@code Wiring.fromEnv}, demo tenant,
 * {@code TerminSettings.fromEnv}) on a free loopback port against a {@link BenchDatabase}, with the rate limit
 * raised, plus the {@link BenchTenant}; both API keys are fixed.
 */
final class BenchServer implements AutoCloseable {

    static final String DEMO_KEY = "termin_bench_demo_key_0123456789";
    static final String BENCH_KEY = "termin_bench_tenant_key_0123456789";

    private final Wiring wiring;
    private final TerminServer server;

    private BenchServer(Wiring wiring, TerminServer server) {
        this.wiring = wiring;
        this.server = server;
    }

    /** Starts a server on {@code database} with the demo tenant and {@code bench} loaded. */
    static BenchServer start(BenchDatabase database, BenchTenant bench) {
        Map<String, String> env = new HashMap<>(database.serverEnv());
        env.put("TERMIN_HOST", "127.0.0.1");
        env.put("TERMIN_PORT", "0");
        env.put("TERMIN_DEMO", "true");
        env.put("TERMIN_DEMO_API_KEY", DEMO_KEY);
        env.put("TERMIN_API_KEYS", bench.id() + ":" + BENCH_KEY);
        env.put("TERMIN_RATE_LIMIT_PER_MINUTE", "100000000");
        env.put("TERMIN_DRAIN_TIMEOUT", "2s");
        // the pool's size may be tried out: TERMIN_DB_POOL_SIZE=4 java … HttpLoadDriver
        Optional.ofNullable(System.getenv("TERMIN_DB_POOL_SIZE")).ifPresent(v -> env.put("TERMIN_DB_POOL_SIZE", v));
        Wiring wiring = Wiring.fromEnv(env);
        try {
            wiring.loadDemo();
            bench.load(wiring.engine().catalogue());
            TerminServer server = wiring.server(wiring.serverSettings(), wiring.apiKeys(Optional.empty()))
                    .build().start();
            return new BenchServer(wiring, server);
        } catch (RuntimeException e) {
            wiring.close();
            throw e;
        }
    }

    /**
     * Sends everything logged in this JVM (the server's access log at INFO, embedded PostgreSQL's output) to
     * {@code file} instead of the console, with the server's own pattern; the console keeps the driver's report.
     */
    static void logToFile(Path file) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{36} "
                + "cid=%X{correlationId:--} tenant=%X{tenant:--} - %msg%n");
        encoder.start();
        FileAppender<ILoggingEvent> appender = new FileAppender<>();
        appender.setContext(context);
        appender.setName("bench-file");
        appender.setFile(file.toString());
        appender.setEncoder(encoder);
        appender.start();
        root.detachAndStopAllAppenders();
        root.addAppender(appender);
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    String storage() {
        return wiring.storageDescription();
    }

    /** Stops the server (draining requests) and closes the storage. */
    @Override
    public void close() {
        server.stop();
    }
}
