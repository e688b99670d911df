package dev.termin.booking.adapter.jdbc.bench;

import dev.termin.booking.adapter.jdbc.JdbcConfig;
import dev.termin.booking.adapter.jdbc.JdbcStorage;
import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.application.port.in.BookCommand;
import dev.termin.booking.application.port.in.SlotRequest;
import dev.termin.booking.domain.customer.Customer;
import dev.termin.booking.domain.appointment.Source;
import dev.termin.booking.domain.calendar.OpeningHours;
import dev.termin.booking.domain.catalogue.Branch;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.Company;
import dev.termin.booking.domain.catalogue.Money;
import dev.termin.booking.domain.catalogue.Service;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.Staff;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.policy.BookingPolicy;
import dev.termin.booking.domain.result.Result;
import dev.termin.booking.domain.time.LocalTimeWindow;
import dev.termin.booking.domain.time.WeeklyHours;
import dev.termin.booking.adapter.jdbc.testing.TestH2;
import dev.termin.booking.adapter.jdbc.testing.TestPostgres;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Booking throughput through the application API ({@code BookingEngine.appointments().book}: availability check,
 * slot locks, transaction, staff lock, re-check, insert with outbox and flow log) on PostgreSQL or H2: successful
 * bookings per second and p50/p99 latency with 1, 8 and 32 concurrent clients, on spread-out slots and with every
 * client on the same slot sequence (one wins each slot). Not a test; run it like {@link BookingThroughput} (see
 * docs/performance.md). Arguments: {@code [postgres|h2] [seconds per run]}.
 */
public final class EngineBookingThroughput {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final Instant NOW = Instant.parse("2026-06-01T04:00:00Z");
    static final int STAFF = 60;
    static final int BRANCHES = 10;

    private EngineBookingThroughput() {
    }

    public static void main(String[] args) throws Exception {
        String db = args.length > 0 ? args[0] : "postgres";
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        System.out.printf("%-10s %7s %12s %12s %9s %9s %9s%n", "mode", "clients", "bookings/s", "attempts/s",
                "p50 ms", "p99 ms", "max ms");
        for (String mode : List.of("spread", "contended")) {
            for (int clients : new int[] {1, 8, 32}) {
                JdbcConfig config = (db.equals("h2") ? TestH2.newDatabase() : TestPostgres.newDatabase())
                        .withPoolSize(Math.max(4, Math.min(clients + 2, 20)));
                run(config, mode, clients, seconds);
            }
        }
    }

    static void run(JdbcConfig config, String mode, int clients, int seconds) throws Exception {
        try (JdbcStorage jdbc = JdbcStorage.create(config)) {
            BookingEngine engine = BookingEngine.builder().storage(jdbc.storage())
                    .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
            TenantId tenant = TenantId.of("bench-" + UUID.randomUUID().toString().substring(0, 8));
            BranchId branch = BranchId.of("main");
            ServiceId service = ServiceId.of("quick");
            setUp(engine, tenant, branch, service);
            List<Slot> slots = slots(branch);
            warmUp(engine, tenant, service, slots.subList(slots.size() - 300, slots.size()));
            if (config.isPostgres()) {
                try (var c = TestPostgres.connect(config); var st = c.createStatement()) {
                    st.execute("ANALYZE");
                }
            }

            AtomicInteger next = new AtomicInteger();
            AtomicInteger successes = new AtomicInteger();
            AtomicInteger attempts = new AtomicInteger();
            long[][] latencies = new long[clients][];
            int[] counts = new int[clients];
            long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
            CountDownLatch go = new CountDownLatch(1);
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int id = c;
                latencies[c] = new long[1_000_000];
                Thread t = new Thread(() -> {
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        return;
                    }
                    int round = 0;
                    while (System.nanoTime() < deadline) {
                        Slot s = mode.equals("spread") ? slots.get(next.getAndIncrement() % slots.size())
                                : slots.get(round++ % slots.size());
                        long t0 = System.nanoTime();
                        Result<?> r = engine.appointments().book(new BookCommand(new SlotRequest(tenant,
                                Optional.of(branchOf(s.staff())), service, Optional.of(s.staff())), s.start(),
                                Customer.withPhone("Load " + id, "+4915112345678"), "", Source.API, Optional.empty(),
                                Optional.empty(), "load-" + id));
                        latencies[id][counts[id]++] = System.nanoTime() - t0;
                        attempts.incrementAndGet();
                        if (r.isSuccess()) {
                            successes.incrementAndGet();
                        }
                    }
                });
                threads.add(t);
                t.start();
            }
            long start = System.nanoTime();
            go.countDown();
            for (Thread t : threads) {
                t.join();
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            long[] all = new long[Arrays.stream(counts).sum()];
            int k = 0;
            for (int c = 0; c < clients; c++) {
                System.arraycopy(latencies[c], 0, all, k, counts[c]);
                k += counts[c];
            }
            Arrays.sort(all);
            System.out.printf("%-10s %7d %12.0f %12.0f %9.2f %9.2f %9.2f%n", mode, clients, successes.get() / elapsed,
                    attempts.get() / elapsed, pct(all, 50), pct(all, 99), all[all.length - 1] / 1e6);
        }
    }

    /** Books slots not used by the measurement, so that the JIT and the database's statistics are warm. */
    static void warmUp(BookingEngine engine, TenantId tenant, ServiceId service, List<Slot> slots) {
        for (Slot s : slots) {
            engine.appointments().book(new BookCommand(new SlotRequest(tenant, Optional.of(branchOf(s.staff())),
                    service, Optional.of(s.staff())), s.start(), Customer.withPhone("Warm", "+4915112345678"), "",
                    Source.API, Optional.empty(), Optional.empty(), "warm"));
        }
    }

    static double pct(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, i)] / 1e6;
    }

    record Slot(StaffId staff, Instant start) {
    }

    /** Every 15-minute start of every staff member on 60 days: far more than a run books. */
    static List<Slot> slots(BranchId branch) {
        List<Slot> out = new ArrayList<>();
        LocalDate first = LocalDate.of(2026, 6, 2);
        for (int d = 0; d < 60; d++) {
            LocalDate day = first.plusDays(d);
            for (int m = 0; m < 36; m++) {
                Instant start = day.atTime(9, 0).atZone(ZONE).toInstant().plus(Duration.ofMinutes(15L * m));
                for (int s = 0; s < STAFF; s++) {
                    out.add(new Slot(StaffId.of("s" + s), start));
                }
            }
        }
        return out;
    }

    static BranchId branchOf(StaffId staff) {
        return BranchId.of("b" + Integer.parseInt(staff.value().substring(1)) % BRANCHES);
    }

    /** 60 staff in 10 branches of 6: a booking loads its branch's day, so branch size matters. */
    static void setUp(BookingEngine engine, TenantId tenant, BranchId unused, ServiceId service) {
        WeeklyHours open = WeeklyHours.on(List.of(DayOfWeek.values()), LocalTimeWindow.of("09:00", "18:00"));
        engine.catalogue().saveCompany(new Company(tenant, "Bench", BookingPolicy.DEFAULTS)).orElseThrow();
        for (int b = 0; b < BRANCHES; b++) {
            engine.catalogue().saveBranch(new Branch(BranchId.of("b" + b), tenant, "Bench " + b, ZONE,
                    OpeningHours.weekly(open))).orElseThrow();
        }
        engine.catalogue().saveService(Service.plain(service, tenant, "Quick", 15, Money.euros(10))
                .withBuffers(Duration.ZERO, Duration.ZERO)).orElseThrow();
        for (int s = 0; s < STAFF; s++) {
            engine.catalogue().saveStaff(new Staff(StaffId.of("s" + s), tenant, branchOf(StaffId.of("s" + s)),
                    "Staff " + s, List.of(),
                    Set.of(service), open, WeeklyHours.none(), List.of(), true)).orElseThrow();
        }
    }
}
