package dev.termin.booking.adapter.jdbc.bench;

import dev.termin.booking.adapter.jdbc.JdbcConfig;
import dev.termin.booking.adapter.jdbc.JdbcStorage;
import dev.termin.booking.adapter.jdbc.testing.TestH2;
import dev.termin.booking.adapter.jdbc.testing.TestPostgres;
import dev.termin.booking.application.port.out.BookingStorage;
import dev.termin.booking.application.port.out.SlotConflictException;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.appointment.AppointmentStatus;
import dev.termin.booking.domain.customer.Customer;
import dev.termin.booking.domain.appointment.Source;
import dev.termin.booking.domain.appointment.SyncState;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.slot.Occupancy;
import dev.termin.booking.domain.slot.OccupancyKind;
import dev.termin.booking.domain.slot.SegmentAssignment;
import dev.termin.booking.domain.time.TimeInterval;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Storage-level booking throughput: each attempt is one engine-style booking transaction (begin, lock the staff
 * row, re-check with {@code findActiveOccupying} for appointments and holds, insert the appointment with its
 * occupancy, commit), with 1, 8 and 32 threads, in two scenarios:
 *
 * <ul>
 *   <li>{@code spread}: every thread books its own staff member's consecutive slots, so attempts never conflict;</li>
 *   <li>{@code contended}: all threads race for the same next slot of one staff member; exactly one wins each slot
 *       (the others are refused by the re-check), then everybody races for the next.</li>
 * </ul>
 *
 * Then pgbench runs a one-row insert transaction against the same server as a baseline. Not a test; run it with
 * the test classpath (see docs/storage.md). Arguments: {@code [postgres|h2] [seconds per run] [--durable]};
 * {@code --durable} keeps PostgreSQL's fsync and synchronous commit on (the tests turn them off).
 */
public final class BookingThroughput {

    private static final Instant BASE = Instant.parse("2031-01-06T08:00:00Z");
    private static final int POOL_SIZE = 10;

    private BookingThroughput() {
    }

    public static void main(String[] args) throws Exception {
        String db = args.length > 0 ? args[0] : "postgres";
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        boolean durable = Arrays.asList(args).contains("--durable");
        System.setProperty(TestPostgres.DURABLE_PROPERTY, Boolean.toString(durable));
        JdbcConfig config = (db.equals("h2") ? TestH2.newDatabase() : TestPostgres.newDatabase())
                .withPoolSize(POOL_SIZE);
        System.out.printf("database=%s durable=%s pool=%d seconds/run=%d cpus=%d%n", db, durable, POOL_SIZE, seconds,
                Runtime.getRuntime().availableProcessors());
        System.out.printf("%-10s %7s %12s %12s %10s %10s %10s%n", "scenario", "threads", "attempts/s", "bookings/s",
                "p50 ms", "p99 ms", "max ms");
        try (JdbcStorage store = JdbcStorage.create(config)) {
            for (String scenario : List.of("spread", "contended")) {
                for (int threads : List.of(1, 8, 32)) {
                    run(store.storage(), scenario, threads, Duration.ofSeconds(2)); // warm-up
                    Result r = run(store.storage(), scenario, threads, Duration.ofSeconds(seconds));
                    System.out.printf("%-10s %7d %12.0f %12.0f %10.2f %10.2f %10.2f%n", scenario, threads,
                            r.attempts / r.seconds, r.bookings / r.seconds, r.percentile(50), r.percentile(99),
                            r.percentile(100));
                }
            }
        }
        if (db.equals("postgres") && TestPostgres.embeddedPort() > 0) {
            pgbench(config, seconds);
        }
        System.exit(0);
    }

    private record Result(long attempts, long bookings, double seconds, long[] latenciesNanos) {
        double percentile(int p) {
            if (latenciesNanos.length == 0) {
                return 0;
            }
            int i = Math.min(latenciesNanos.length - 1, (int) Math.ceil(p / 100.0 * latenciesNanos.length) - 1);
            return latenciesNanos[Math.max(0, i)] / 1e6;
        }
    }

    private static Result run(BookingStorage storage, String scenario, int threads, Duration length)
            throws Exception {
        TenantId tenant = TenantId.of("bench-" + UUID.randomUUID().toString().substring(0, 8));
        AtomicInteger generation = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        long[] deadline = new long[1];
        List<Future<long[]>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int n = t;
            futures.add(pool.submit(() -> {
                start.await();
                StaffId staff = StaffId.of(scenario.equals("spread") ? "staff-" + n : "staff-shared");
                long attempts = 0;
                long bookings = 0;
                long[] latencies = new long[1 << 16];
                int slot = 0;
                while (System.nanoTime() < deadline[0]) {
                    int target = scenario.equals("spread") ? slot : generation.get();
                    TimeInterval interval = TimeInterval.of(BASE.plus(Duration.ofMinutes(30L * target)),
                            Duration.ofMinutes(30));
                    long t0 = System.nanoTime();
                    boolean booked = book(storage, tenant, staff, interval);
                    long took = System.nanoTime() - t0;
                    if (attempts < latencies.length) {
                        latencies[(int) attempts] = took;
                    }
                    attempts++;
                    if (booked) {
                        bookings++;
                        slot++;
                        generation.compareAndSet(target, target + 1);
                    }
                }
                long[] out = new long[(int) Math.min(attempts, latencies.length) + 2];
                out[0] = attempts;
                out[1] = bookings;
                System.arraycopy(latencies, 0, out, 2, out.length - 2);
                return out;
            }));
        }
        long began = System.nanoTime();
        deadline[0] = began + length.toNanos();
        start.countDown();
        long attempts = 0;
        long bookings = 0;
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> f : futures) {
            long[] r = f.get();
            attempts += r[0];
            bookings += r[1];
            all.add(Arrays.copyOfRange(r, 2, r.length));
        }
        double secs = (System.nanoTime() - began) / 1e9;
        pool.shutdown();
        long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(attempts, bookings, secs, merged);
    }

    /** One booking as the engine makes it: transaction, staff lock, re-check, insert. */
    private static boolean book(BookingStorage storage, TenantId tenant, StaffId staff, TimeInterval interval) {
        Instant now = Instant.now();
        AppointmentId id = AppointmentId.of("a-" + UUID.randomUUID());
        Appointment a = new Appointment(id, tenant, BranchId.of("main"), ServiceId.of("cut"), staff, interval,
                List.of(new SegmentAssignment("main", "Haarschnitt", 1, 1, staff, interval)),
                List.of(new Occupancy(staff, interval, OccupancyKind.WORK)),
                Customer.withPhone("Erika Mustermann", "+491512345678"), "", AppointmentStatus.BOOKED, Source.PHONE,
                SyncState.pending(), Optional.empty(), 0, "corr-" + id, Optional.empty(), 0L, now, now,
                Optional.empty());
        try {
            return storage.transactions().inTransaction(() -> {
                storage.staffLocks().lock(tenant, List.of(staff), OptionalLong.empty());
                if (!storage.appointments().findActiveOccupying(tenant, List.of(staff), interval).isEmpty()
                        || !storage.holds().findActiveOccupying(tenant, List.of(staff), interval, now).isEmpty()) {
                    return false;
                }
                storage.appointments().insert(a);
                return true;
            });
        } catch (SlotConflictException e) {
            return false;
        }
    }

    /** pgbench against the same server: a one-row insert transaction, as the floor under a booking's cost. */
    private static void pgbench(JdbcConfig config, int seconds) throws Exception {
        String database = config.url().replaceAll(".*/([^/?]+)(\\?.*)?$", "$1");
        try (Connection c = TestPostgres.connect(config); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS bench_insert (id bigserial PRIMARY KEY, tenant varchar(64), "
                    + "staff_id varchar(64), starts_at timestamptz, ends_at timestamptz)");
        }
        Path script = Files.createTempFile("termin-pgbench", ".sql");
        Files.writeString(script, "INSERT INTO bench_insert (tenant, staff_id, starts_at, ends_at) "
                + "VALUES ('bench', 'staff', now(), now() + interval '30 minutes');\n", StandardCharsets.UTF_8);
        System.out.println();
        System.out.println("pgbench, one-row insert transaction, same server (database " + database + ", port "
                + TestPostgres.embeddedPort() + "):");
        for (int clients : List.of(1, 8, 32)) {
            List<String> command = List.of("pgbench", "-n", "-h", "localhost", "-p",
                    Integer.toString(TestPostgres.embeddedPort()), "-U", "postgres", "-c", Integer.toString(clients),
                    "-j", Integer.toString(Math.min(clients, 2)), "-T", Integer.toString(seconds), "-f",
                    script.toString(), database);
            System.out.println("$ " + String.join(" ", command));
            try {
                Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                p.waitFor();
                out.lines().filter(l -> l.startsWith("tps") || l.startsWith("latency average")
                        || l.startsWith("number of clients")).forEach(l -> System.out.println("  " + l));
            } catch (IOException e) {
                System.out.println("  pgbench is not installed (apt-get install postgresql-client): " + e.getMessage());
            }
        }
    }
}
