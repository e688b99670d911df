package dev.termin.booking.adapter.http.cli;

import dev.termin.booking.adapter.http.TerminServer;
import dev.termin.booking.adapter.http.Wiring;
import dev.termin.booking.adapter.http.config.InvalidSettingException;
import dev.termin.booking.application.port.out.InfrastructureException;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.metrics.DurationStats;
import dev.termin.booking.domain.metrics.ReservationMetrics;
import dev.termin.booking.domain.sync.SyncAlert;
import dev.termin.booking.domain.sync.SyncHealthReport;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code termin}: the server and its operations commands, configured by environment variables (see
 * {@code docs/operations.md}). Each command builds its own {@link Wiring}. Not thread-safe.
 */
@Command(name = "termin", mixinStandardHelpOptions = true, version = "termin 0.1.0",
        description = "Termin booking server and operations commands.",
        subcommands = {TerminCommand.Serve.class, TerminCommand.Migrate.class, TerminCommand.Demo.class,
                TerminCommand.SyncHealth.class, TerminCommand.Metrics.class, AccessCommands.Tenants.class,
                AccessCommands.Keys.class, CalComCommand.class})
public final class TerminCommand implements Callable<Integer> {

    /** Returned by {@code serve}: the server runs on and the JVM must not exit. */
    public static final int KEEP_RUNNING = -1;

    /** The exit code when a setting is missing or malformed (also: a bad command line). */
    public static final int BAD_SETTING = 2;

    /** The exit code of {@code sync-health} when the sync health is critical. */
    public static final int CRITICAL = 1;

    /**
     * The exit code of {@code sync-health} and {@code metrics} when they cannot tell: the storage could not be opened
     * or read. Distinct from {@link #CRITICAL}, so that cron does not raise a false "critical" while the database is
     * briefly unreachable.
     */
    public static final int CANNOT_TELL = 3;

    final Map<String, String> env;
    final PrintWriter out;

    private TerminCommand(Map<String, String> env, PrintWriter out) {
        this.env = env;
        this.out = out;
    }

    /** The command line with {@code env} as environment and {@code out} for what it prints. */
    public static CommandLine commandLine(Map<String, String> env, PrintWriter out) {
        TerminCommand root = new TerminCommand(env, out);
        CommandLine cl = new CommandLine(root, new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (Sub.class.isAssignableFrom(cls)) {
                    K k = cls.getDeclaredConstructor().newInstance();
                    ((Sub) k).root = root;
                    return k;
                }
                return CommandLine.defaultFactory().create(cls);
            }
        });
        cl.setExecutionExceptionHandler(TerminCommand::handle);
        return cl;
    }

    /**
     * A bad setting ends any command with one line naming the variable, and exit code 2 ({@link #BAD_SETTING}):
     * the operator needs the variable, not a stack trace. An unreachable storage ends it with one line and exit code
     * 3 ({@link #CANNOT_TELL}). Anything else is left to picocli.
     */
    private static int handle(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) throws Exception {
        if (e instanceof InvalidSettingException) {
            cmd.getErr().println(e.getMessage());
            cmd.getErr().flush();
            return BAD_SETTING;
        }
        if (e instanceof InfrastructureException) {
            cmd.getErr().println("cannot tell: the storage cannot be reached (" + e.getMessage() + ")");
            cmd.getErr().flush();
            return CANNOT_TELL;
        }
        throw e;
    }

    @Override
    public Integer call() {
        Serve serve = new Serve();
        serve.root = this;
        return serve.call();
    }

    /** Base of the sub-commands: access to the environment and output. */
    abstract static class Sub {
        TerminCommand root;

    }

    @Command(name = "serve", description = "Start the HTTP server (the default).")
    static final class Serve extends Sub implements Callable<Integer> {
        @Override
        public Integer call() {
            Wiring wiring = Wiring.fromEnv(root.env);
            Optional<String> generated = Optional.empty();
            if (wiring.demoEnabled()) {
                wiring.loadDemo();
                if (wiring.demoKey().isEmpty()) {
                    generated = Optional.of(Wiring.generateKey());
                }
            }
            TerminServer server = wiring.server(wiring.serverSettings(), wiring.apiKeys(generated)).build();
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "termin-shutdown"));
            root.out.println("Termin listening on port " + server.port() + " (storage: "
                    + wiring.storageDescription() + ")");
            generated.ifPresent(k -> root.out.println("Demo tenant API key (generated, shown once): " + k));
            if (wiring.demoEnabled()) {
                String base = "http://localhost:" + server.port();
                // the booking page gets a publishable key of its own: never the owner key in a browser's address bar
                root.out.println("Booking page of the demo salon: " + base + "/book/demo?key="
                        + wiring.demoBookingPageKey());
                root.out.println("Console (sign in with the demo tenant's key): " + base + "/console");
            }
            root.out.flush();
            return KEEP_RUNNING;
        }
    }

    @Command(name = "migrate", description = "Apply the storage's schema migrations and exit.")
    static final class Migrate extends Sub implements Callable<Integer> {
        @Override
        public Integer call() {
            try (Wiring wiring = Wiring.fromEnv(root.env)) {
                root.out.println(wiring.migrate());
                return 0;
            }
        }
    }

    @Command(name = "demo", description = "Load the demo tenant (Salon Schnittpunkt) into the storage and exit.")
    static final class Demo extends Sub implements Callable<Integer> {
        @Override
        public Integer call() {
            try (Wiring wiring = Wiring.fromEnv(root.env)) {
                wiring.loadDemo();
                root.out.println("Demo tenant 'demo' loaded into " + wiring.storageDescription());
                return 0;
            }
        }
    }

    @Command(name = "sync-health", description = "Print calendar-sync health and alerts; exit code 1 when critical, "
            + "3 when it cannot tell (storage unreachable).")
    static final class SyncHealth extends Sub implements Callable<Integer> {
        @Option(names = "--tenant", defaultValue = "demo", description = "Tenant id (default: ${DEFAULT-VALUE}).")
        String tenant;

        @Option(names = "--verbose", description = "List every affected appointment id.")
        boolean verbose;

        @Option(names = "--dry-run", description = "Print the report but touch nothing and always exit 0.")
        boolean dryRun;

        @Override
        public Integer call() {
            try (Wiring wiring = Wiring.fromEnv(root.env)) {
                SyncHealthReport r = wiring.engine().operations().syncHealth(TenantId.of(tenant));
                PrintWriter out = root.out;
                if (dryRun) {
                    out.println("(dry run: nothing is changed, the exit code is always 0)");
                }
                out.printf("Sync health of tenant %s: %s%n", tenant, r.status().code().toUpperCase());
                out.printf("  success rate (%s): %.1f %%%n", r.window(), r.successRate() * 100);
                out.printf("  pending %d (stale %d), failed %d (older than 24 h %d), manual review %d%n",
                        r.counts().pending(), r.counts().stalePending(), r.counts().failed(),
                        r.counts().ancientFailed(), r.counts().manualReview());
                out.printf("  external calendar circuit: %s%n", r.circuit().code());
                if (r.alerts().isEmpty()) {
                    out.println("  no alerts");
                }
                for (SyncAlert a : r.alerts()) {
                    out.printf("  [%s] %s: %s%n", a.severity().code().toUpperCase(), a.code(), a.message());
                    out.printf("      action: %s%n", a.suggestedAction());
                    if (verbose || a.appointmentIds().size() <= 5) {
                        out.printf("      appointments (%d): %s%n", a.totalAppointments(),
                                String.join(", ", a.appointmentIds()));
                    } else {
                        out.printf("      appointments: %d (use --verbose to list)%n", a.totalAppointments());
                    }
                }
                out.flush();
                return r.isCritical() && !dryRun ? CRITICAL : 0;
            }
        }
    }

    @Command(name = "metrics", description = "Operational metrics.", subcommands = Metrics.Reservations.class)
    static final class Metrics extends Sub implements Callable<Integer> {
        @Override
        public Integer call() {
            root.out.println("Usage: termin metrics reservations [--company ID] [--window PT24H] [--watch]");
            return 2;
        }

        @Command(name = "reservations", description = "Hold (reservation) metrics of a tenant as tables.")
        static final class Reservations extends Sub implements Callable<Integer> {
            @Option(names = "--company", defaultValue = "demo", description = "Tenant id (default: ${DEFAULT-VALUE}).")
            String company;

            @Option(names = "--window", defaultValue = "PT24H", description = "ISO-8601 window (default: ${DEFAULT-VALUE}).")
            String window;

            @Option(names = "--watch", description = "Refresh every 5 seconds until interrupted.")
            boolean watch;

            @Override
            public Integer call() throws InterruptedException {
                Duration w;
                try {
                    w = Duration.parse(window);
                } catch (DateTimeParseException e) {
                    root.out.println("--window must be an ISO-8601 duration such as PT24H");
                    return 2;
                }
                try (Wiring wiring = Wiring.fromEnv(root.env)) {
                    do {
                        try {
                            ReservationMetrics m = wiring.engine().operations().reservationMetrics(TenantId.of(company),
                                    w);
                            print(root.out, company, w, m);
                        } catch (InfrastructureException e) {
                            if (!watch) {
                                throw e;
                            }
                            // a watch goes on: the database may be back at the next refresh
                            root.out.println("cannot tell: the storage cannot be reached (" + e.getMessage() + ")");
                            root.out.flush();
                        }
                        if (watch) {
                            Thread.sleep(5000);
                        }
                    } while (watch);
                }
                return 0;
            }
        }
    }

    static void print(PrintWriter out, String company, Duration window, ReservationMetrics m) {
        out.printf("Reservations of %s over %s%n", company, window);
        out.println("+-------------+---------+-----------+");
        out.println("| holds       |   total | compound  |");
        out.println("+-------------+---------+-----------+");
        out.printf("| created     | %7d | %9d |%n", m.created(), m.createdCompound());
        out.printf("| converted   | %7d | %9d |%n", m.converted(), m.convertedCompound());
        out.printf("| expired     | %7d |           |%n", m.expired());
        out.printf("| cancelled   | %7d |           |%n", m.cancelled());
        out.printf("| active      | %7d |           |%n", m.active());
        out.printf("| errors      | %7d |           |%n", m.errors());
        out.println("+-------------+---------+-----------+");
        out.printf("| conversion %6.1f %% | completion %6.1f %% | active %6.1f %% |%n", m.conversionRate() * 100,
                m.completionRate() * 100, m.activeRate() * 100);
        out.println("+------------------+-------+--------+--------+--------+--------+");
        out.println("| duration         | count |    p50 |    p90 |    p99 |    max |");
        out.println("+------------------+-------+--------+--------+--------+--------+");
        row(out, "time to convert", m.timeToConversion());
        row(out, "lifetime", m.lifetime());
        out.println("+------------------+-------+--------+--------+--------+--------+");
        out.flush();
    }

    private static void row(PrintWriter out, String name, DurationStats s) {
        out.printf("| %-16s | %5d | %6s | %6s | %6s | %6s |%n", name, s.count(), human(s.p50()), human(s.p90()),
                human(s.p99()), human(s.max()));
    }

    static String human(Duration d) {
        long s = d.toSeconds();
        return s < 60 ? s + "s" : s < 3600 ? (s / 60) + "m" + (s % 60) + "s" : (s / 3600) + "h" + (s % 3600 / 60) + "m";
    }
}
