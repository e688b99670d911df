package dev.termin.booking.benchmarks;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The HTTP load test of the standalone server ({@code java -cp benchmarks/target/benchmarks.jar
 * dev.termin.booking.benchmarks.HttpLoadDriver}, sizes as {@code -Dbench.*} properties, see {@link Settings}), which
 * starts embedded PostgreSQL (or uses {@code TERMIN_BENCH_POSTGRES_URL}) and the real server in this JVM on a
 * loopback port, measures availability at a fixed rate, bookings on free slots with 8 and 32 clients and many clients
 * racing for one slot, repeats the bookings on H2, and prints the machine and the results as tables.
 */
public final class HttpLoadDriver {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    /**
     * The sizes of the runs, from system properties {@code bench.*}.
     *
     * @param warmupSeconds warm-up of each server before anything is recorded
     * @param availabilityRate offered availability requests a second
     * @param availabilitySeconds length of the availability run
     * @param bookingSeconds length of each booking run
     * @param bookingClients concurrent clients of the booking runs
     * @param bookingRate offered bookings a second of the open-loop booking run (0: no such run)
     * @param burstSize attempts on one slot at once
     * @param burstSlots slots raced for, each with appointments and with holds
     * @param h2 whether to repeat the bookings on H2
     * @param statementStats whether to print PostgreSQL's most expensive statements per run (pg_stat_statements)
     * @param analyze whether to update the planner statistics after the warm-up
     * @param branches branches the bench tenant's 50 staff are spread over
     */
    record Settings(int warmupSeconds, int availabilityRate, int availabilitySeconds, int bookingSeconds,
            List<Integer> bookingClients, int bookingRate, int burstSize, int burstSlots, boolean h2, boolean statementStats,
            boolean analyze, int branches) {

        static Settings fromSystemProperties() {
            return new Settings(Integer.getInteger("bench.warmupSeconds", 30),
                    Integer.getInteger("bench.availability.rate", 200),
                    Integer.getInteger("bench.availability.seconds", 20),
                    Integer.getInteger("bench.booking.seconds", 15),
                    Stream.of(System.getProperty("bench.booking.clients", "8,32").split(",")).map(String::strip)
                            .map(Integer::valueOf).toList(),
                    Integer.getInteger("bench.booking.rate", 500),
                    Integer.getInteger("bench.burst.size", 1000),
                    Integer.getInteger("bench.burst.slots", 3),
                    Boolean.parseBoolean(System.getProperty("bench.h2", "true")),
                    Boolean.getBoolean("bench.pgStatements"),
                    Boolean.parseBoolean(System.getProperty("bench.analyze", "true")),
                    Integer.getInteger("bench.branches", 10));
        }
    }

    /** What is checked after a run (stored rows, the outbox), as a short text for the table. */
    @FunctionalInterface
    private interface Check {
        String after(Outcomes outcomes) throws Exception;
    }

    /** One line of the results table. */
    private record Row(String run, String storage, String load, Outcomes outcomes, CpuMeter.Usage cpu, String check) {
    }

    private final Settings settings;
    private final Path work;
    private final LocalDate today = LocalDate.now(ZONE);
    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> statements = new ArrayList<>();

    private HttpLoadDriver(Settings settings, Path work) {
        this.settings = settings;
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        Path log = Files.createTempFile("termin-httpbench-", ".log");
        BenchServer.logToFile(log);
        Path work = Files.createTempDirectory("termin-httpbench-");
        // the embedded PostgreSQL runs as 'nobody' when started by root and must reach its data directory
        Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
        try {
            new HttpLoadDriver(Settings.fromSystemProperties(), work).run();
        } finally {
            deleteTree(work);
        }
        System.out.println("Server and PostgreSQL log: " + log);
        System.exit(0);
    }

    /** Runs everything and prints the report. */
    private void run() throws Exception {
        System.out.println("# Termin HTTP load test, " + OffsetDateTime.now(ZoneOffset.UTC).withNano(0));
        System.out.println();
        MachineInfo.describe().forEach(l -> System.out.println("    " + l));
        System.out.println("    settings:       " + settings);
        System.out.println();
        String tenant = "bench-" + Long.toString(System.currentTimeMillis() / 1000, 36);
        String loadBefore = MachineInfo.loadAverage();
        try (BenchDatabase pg = BenchDatabase.postgres(System.getenv(), work, settings.statementStats())) {
            notes.add(pg.kind() + ": " + pg.version());
            runOn(pg, tenant, true);
        }
        if (settings.h2()) {
            try (BenchDatabase h2 = BenchDatabase.h2(work)) {
                runOn(h2, tenant, false);
                notes.add("H2: " + h2.version());
            }
        }
        String loadAfter = MachineInfo.loadAverage();
        report(loadBefore, loadAfter);
    }

    /** Starts a server on {@code db} and measures; {@code full} adds the availability run and all bursts. */
    private void runOn(BenchDatabase db, String tenant, boolean full) throws Exception {
        BenchTenant bench = new BenchTenant(tenant, today.plusDays(2), 85, settings.branches());
        String storage = db.isH2() ? "H2" : "PostgreSQL";
        progress("starting the server on " + db.kind());
        try (BenchServer server = BenchServer.start(db, bench)) {
            CpuMeter meter = new CpuMeter(db.postmasterPid());
            Requests requests = new Requests(server.base(), today);
            warmUp(requests, bench, db, full);

            if (full) {
                progress("availability: " + settings.availabilityRate() + " req/s for "
                        + settings.availabilitySeconds() + " s");
                measure(db, meter, "a. availability (demo salon, one day)", storage,
                        settings.availabilityRate() + "/s open loop, " + settings.availabilitySeconds() + " s",
                        () -> {
                            try (LoadClient client = new LoadClient(4)) {
                                return client.openLoop(requests::availability, 200, settings.availabilityRate(),
                                        Duration.ofSeconds(settings.availabilitySeconds()), 512);
                            }
                        }, o -> String.format("max send lag %.1f ms", o.maxSendLagMillis()));
            }

            for (int clients : settings.bookingClients()) {
                progress("bookings on free slots, " + clients + " clients, " + settings.bookingSeconds() + " s");
                int before = appointments(db, tenant);
                measure(db, meter, (full ? "b" : "d") + ". bookings, spread slots", storage,
                        clients + " clients, " + settings.bookingSeconds() + " s", () -> {
                            try (LoadClient client = new LoadClient(4)) {
                                return client.closedLoop(() -> requests.book(bench.next()), 201, clients,
                                        Duration.ofSeconds(settings.bookingSeconds()));
                            }
                        }, o -> {
                            int total = appointments(db, tenant);
                            int stored = total - before;
                            return "stored " + stored + (stored == o.successes() ? " = 201s" : " != 201s (!)")
                                    + String.format(" (tenant now %d, %.0f per branch and day); ", total,
                                            (double) total / bench.days() / bench.branches()) + drainOutbox(db);
                        });
            }

            if (full && settings.bookingRate() > 0) {
                progress("bookings on free slots: " + settings.bookingRate() + " req/s for "
                        + settings.bookingSeconds() + " s");
                measure(db, meter, "b. bookings, spread slots, open loop", storage,
                        settings.bookingRate() + "/s open loop, " + settings.bookingSeconds() + " s", () -> {
                            try (LoadClient client = new LoadClient(4)) {
                                return client.openLoop(() -> requests.book(bench.next()), 201,
                                        settings.bookingRate(), Duration.ofSeconds(settings.bookingSeconds()), 512);
                            }
                        }, o -> String.format("max send lag %.1f ms; ", o.maxSendLagMillis()) + drainOutbox(db));
            }

            int slots = full ? settings.burstSlots() : 1;
            for (String kind : full ? List.of("appointments", "holds") : List.of("appointments")) {
                for (int s = 0; s < slots; s++) {
                    BenchTenant.Slot slot = bench.next();
                    progress(settings.burstSize() + " " + kind + " at once on " + slot);
                    List<HttpRequest> attempts = new ArrayList<>();
                    for (int i = 0; i < settings.burstSize(); i++) {
                        attempts.add(kind.equals("holds") ? requests.hold(slot, "race-" + s + "-" + i)
                                : requests.book(slot));
                    }
                    try (LoadClient client = new LoadClient(4)) {
                        client.openConnections(requests::health, settings.burstSize());
                        measure(db, meter, (full ? "c" : "d") + ". one slot, POST /v1/" + kind, storage,
                                settings.burstSize() + " at once, " + slot.staff() + " " + slot.start(),
                                () -> client.burst(attempts, 201, 4),
                                o -> "active occupancies of the slot: " + occupancies(db, tenant, slot));
                    }
                }
            }
        }
    }

    /** Runs each kind of load once, unrecorded, so that the JIT and the pools are warm. */
    private void warmUp(Requests requests, BenchTenant bench, BenchDatabase db, boolean full) throws Exception {
        int seconds = Math.max(1, settings.warmupSeconds() / 2);
        progress("warming up for about " + (full ? seconds * 2 : seconds) + " s");
        try (LoadClient client = new LoadClient(4)) {
            client.closedLoop(() -> requests.book(bench.next()), 201, 16, Duration.ofSeconds(seconds));
            BenchTenant.Slot slot = bench.next();
            client.burst(Stream.generate(() -> requests.book(slot)).limit(200).toList(), 201, 4);
            drainOutbox(db);
            if (settings.analyze()) {
                db.analyze();
            }
            if (full) {
                client.openLoop(requests::availability, 200, settings.availabilityRate(),
                        Duration.ofSeconds(seconds), 512);
            }
        }
    }

    private void measure(BenchDatabase db, CpuMeter meter, String run, String storage, String load,
            Callable<Outcomes> work, Check check) throws Exception {
        boolean stats = settings.statementStats() && !db.isH2();
        if (stats) {
            db.resetStatementStats();
        }
        CpuMeter.Snapshot a = meter.snapshot();
        Outcomes o = work.call();
        CpuMeter.Snapshot b = meter.snapshot();
        if (stats) {
            statements.add("");
            statements.add(run + ", " + load + ":");
            db.topStatements(8).forEach(l -> statements.add("    " + l));
        }
        Row row = new Row(run, storage, load, o, CpuMeter.between(a, b), check.after(o));
        rows.add(row);
        progress(String.format("  %d responses, %d as expected, p50 %.1f ms, p99 %.1f ms; %s", o.responses(),
                o.successes(), o.percentileMillis(50), o.percentileMillis(99), row.check()));
    }

    private void report(String loadBefore, String loadAfter) {
        System.out.println();
        System.out.println("## Results");
        System.out.println();
        System.out.println("| run | storage | load | requests | expected status | expected/s | p50 ms | p90 ms | p99 ms "
                + "| max ms | other statuses | no response |");
        System.out.println("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---|---:|");
        for (Row r : rows) {
            Outcomes o = r.outcomes();
            Map<Integer, Integer> others = o.statuses();
            int expected = r.run().startsWith("a.") ? 200 : 201;
            others.remove(expected);
            String rate = r.run().contains("one slot") ? "–"
                    : String.format("%.0f", o.successes() / Math.max(1e-9, o.spanSeconds()));
            System.out.printf("| %s | %s | %s | %d | %d × %d | %s | %.1f | %.1f | %.1f | %.1f | %s | %d |%n", r.run(),
                    r.storage(), r.load(), o.responses() + o.failures(), o.successes(), expected,
                    rate, o.percentileMillis(50), o.percentileMillis(90),
                    o.percentileMillis(99), o.percentileMillis(100), others.isEmpty() ? "–" : others.entrySet()
                            .stream().map(e -> e.getValue() + " × " + e.getKey()).collect(Collectors.joining(", ")),
                    o.failures());
        }
        System.out.println();
        System.out.println("`expected/s`: responses with the expected status (200 for availability, 201 for bookings "
                + "and holds) per second, from the first send to the last response; latencies from the scheduled send "
                + "(open loop) or the send (the others) to the complete response.");
        System.out.println();
        System.out.println("## CPU during each run (cores; the machine has " + Runtime.getRuntime()
                .availableProcessors() + ")");
        System.out.println();
        System.out.println("| run | storage | load | machine busy | server threads | driver threads | JVM GC+JIT "
                + "| PostgreSQL | other processes | GCs (ms) | JIT ms | load 1/5/15 before → after | check |");
        System.out.println("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|");
        for (Row r : rows) {
            CpuMeter.Usage u = r.cpu();
            System.out.printf("| %s | %s | %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %d (%d) | %d | %s → %s | %s |%n",
                    r.run(), r.storage(), r.load(), u.machineBusy(), u.server(), u.driver(), u.jvmInternal(),
                    u.postgres(), u.other(), u.gcCount(), u.gcMillis(), u.jitMillis(), u.loadBefore(), u.loadAfter(),
                    r.check());
        }
        System.out.println();
        System.out.println("## Against the targets");
        System.out.println();
        rows.stream().filter(r -> r.run().startsWith("a.")).forEach(r -> System.out.printf(
                "- availability p99 %.1f ms at %.0f req/s achieved (target: p99 < 20 ms at 1000 req/s offered): %s%n",
                r.outcomes().percentileMillis(99), r.outcomes().successes() / r.outcomes().spanSeconds(),
                r.outcomes().percentileMillis(99) < 20 && r.outcomes().failures() == 0 ? "met" : "MISSED"));
        rows.stream().filter(r -> r.run().contains("open loop")).forEach(r -> System.out.printf(
                "- bookings, %s on %s: p99 %.1f ms at %.0f successful/s (target: p99 < 50 ms at 500/s): %s%n",
                r.load(), r.storage(), r.outcomes().percentileMillis(99),
                r.outcomes().successes() / r.outcomes().spanSeconds(),
                r.outcomes().percentileMillis(99) < 50 && r.outcomes().failures() == 0 ? "met" : "MISSED"));
        rows.stream().filter(r -> r.run().contains("spread") && !r.run().contains("open loop")).forEach(r -> {
            double rate = r.outcomes().successes() / r.outcomes().spanSeconds();
            int target = r.storage().equals("H2") ? 300 : 1000;
            System.out.printf("- bookings with %s on %s: %.0f successful/s (target: at least %d/s): %s%n", r.load(),
                    r.storage(), rate, target, rate >= target ? "met" : "MISSED");
        });
        rows.stream().filter(r -> r.run().contains("one slot")).forEach(r -> System.out.printf(
                "- %s on %s (%s): %d × 201, %d × 409 (expected 1 and %d): %s%n", r.run().substring(3), r.storage(),
                r.load(), r.outcomes().statuses().getOrDefault(201, 0), r.outcomes().statuses().getOrDefault(409, 0),
                settings.burstSize() - 1, r.outcomes().statuses().getOrDefault(201, 0) == 1
                        && r.outcomes().statuses().getOrDefault(409, 0) == settings.burstSize() - 1 ? "as expected"
                        : "NOT as expected"));
        System.out.println();
        System.out.println("## Notes");
        System.out.println();
        notes.forEach(n -> System.out.println("- " + n));
        System.out.println("- load average (1, 5, 15 min) before: " + loadBefore + ", after: " + loadAfter);
        if (!statements.isEmpty()) {
            System.out.println("- PostgreSQL statements by execution time (pg_stat_statements):");
            System.out.println("```");
            statements.forEach(System.out::println);
            System.out.println("```");
        }
        for (Row r : rows) {
            r.outcomes().sampleBodies().forEach((status, body) -> System.out.println("- " + r.run() + " on "
                    + r.storage() + ", first " + status + ": " + body));
            r.outcomes().failureTypes().forEach((type, n) -> System.out.println("- " + r.run() + " on "
                    + r.storage() + ": " + n + " × no response (" + type + ")"));
        }
    }

    /** Active appointments of {@code tenant}. */
    private static int appointments(BenchDatabase db, String tenant) {
        return count(db, "SELECT COUNT(*) FROM appointment WHERE tenant = ? AND status <> 'cancelled'", tenant);
    }

    /** Active occupancies (appointments and holds) overlapping {@code slot}. */
    private static String occupancies(BenchDatabase db, String tenant, BenchTenant.Slot slot) {
        OffsetDateTime start = LocalDateTime.parse(slot.start()).atZone(ZONE).toOffsetDateTime();
        try (Connection c = db.connect(); PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM occupancy "
                + "WHERE tenant = ? AND staff_id = ? AND active AND starts_at < ? AND ends_at > ?")) {
            s.setString(1, tenant);
            s.setString(2, slot.staff());
            s.setObject(3, start.plusMinutes(30));
            s.setObject(4, start);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return Integer.toString(rs.getInt(1));
            }
        } catch (SQLException e) {
            return "check failed: " + e.getMessage();
        }
    }

    /**
     * Waits until the outbox messages due now are worked off (up to 120 s); says how long that took. Reminders are
     * due days later and stay pending.
     */
    private static String drainOutbox(BenchDatabase db) throws InterruptedException {
        IntSupplier pending = () -> count(db, "SELECT COUNT(*) FROM outbox WHERE state = 'pending' "
                + "AND next_attempt_at <= CURRENT_TIMESTAMP", null);
        int atEnd = pending.getAsInt();
        long start = System.nanoTime();
        while (pending.getAsInt() > 0 && System.nanoTime() - start < 120_000_000_000L) {
            Thread.sleep(200);
        }
        return String.format("outbox pending at end %d, worked off after %.1f s", atEnd,
                (System.nanoTime() - start) / 1e9);
    }

    private static int count(BenchDatabase db, String sql, String parameter) {
        try (Connection c = db.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            if (parameter != null) {
                s.setString(1, parameter);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("check query failed: " + sql, e);
        }
    }

    private static void progress(String message) {
        System.out.println("[" + java.time.LocalTime.now().withNano(0) + "] " + message);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
