package dev.termin.booking.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.application.port.out.BookingStorage;
import dev.termin.booking.application.port.out.SlotConflictException;
import dev.termin.booking.application.port.out.StorageException;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.appointment.AppointmentStatus;
import dev.termin.booking.domain.customer.Customer;
import dev.termin.booking.domain.appointment.Source;
import dev.termin.booking.domain.appointment.SyncState;
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
import dev.termin.booking.domain.hold.Hold;
import dev.termin.booking.domain.hold.HoldStatus;
import dev.termin.booking.domain.appointment.HoldToken;
import dev.termin.booking.domain.policy.BookingPolicy;
import dev.termin.booking.domain.slot.Occupancy;
import dev.termin.booking.domain.slot.OccupancyKind;
import dev.termin.booking.domain.slot.SegmentAssignment;
import dev.termin.booking.domain.time.LocalTimeWindow;
import dev.termin.booking.domain.time.TimeInterval;
import dev.termin.booking.domain.time.WeeklyHours;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The no-double-booking guarantee under load: 32 threads over the store instances of {@link #instances()} (two
 * "engine instances" on PostgreSQL, one on H2) make thousands of overlapping attempts to place holds, convert them,
 * book, move and cancel appointments on six staff members. Most follow the engine's protocol (transaction, staff
 * locks, re-check with {@code findActiveOccupying}, write); some skip the re-check and some the locks as well, so
 * only the store stands between them and an overlap. Some holds live under a second, so expired-but-unswept holds
 * are overtaken, and a sweeper expires holds meanwhile. Afterwards one SQL query over all stored occupancy rows
 * finds no two overlapping active exclusive ones of one staff member, and every success reported to a caller is
 * stored as reported.
 */
abstract class AbstractConcurrencyProofTest {

    private static final int THREADS = 32;
    private static final int STAFF = 6;
    private static final Duration TIME_BOX = Duration.ofSeconds(35);
    private static final Instant DAY = LocalTimeWindow.of("08:00", "20:00")
            .on(java.time.LocalDate.of(2031, 5, 14), ZoneId.of("Europe/Berlin")).start();

    private JdbcConfig config;
    private List<JdbcStorage> stores;
    private final TenantId tenant = Fixtures.tenant();
    private final List<StaffId> staff = new ArrayList<>();

    /** An empty database of its own, so that the final query can look at every row. */
    protected abstract JdbcConfig newDatabase();

    /** How many store instances (connection pools) share the database, and their pool size. */
    protected abstract int instances();

    protected abstract int poolSize();

    /** Total attempts (all threads together), bounded by the time box as well. */
    protected abstract int attempts();

    /** A plain JDBC connection to the database, for the final query. */
    protected abstract Connection connect(JdbcConfig config) throws SQLException;

    /** Whether a {@link StorageException} with this message is a retryable concurrency failure of the database. */
    protected boolean isRetryable(StorageException e) {
        String m = String.valueOf(e.getMessage());
        return m.contains("40P01") || m.contains("40001");
    }

    @BeforeEach
    void open() {
        config = newDatabase();
        stores = new ArrayList<>();
        for (int i = 0; i < instances(); i++) {
            // a proof of correctness under contention, not of time bounds: no request should give up waiting here
            stores.add(JdbcStorage.create(config.withPoolSize(poolSize()).withTimeouts(Duration.ofSeconds(30),
                    Duration.ofSeconds(30))));
        }
        BookingStorage s = stores.get(0).storage();
        s.catalogue().saveCompany(new Company(tenant, "Salon Last", BookingPolicy.DEFAULTS));
        s.catalogue().saveBranch(new Branch(BranchId.of("main"), tenant, "Mitte", ZoneId.of("Europe/Berlin"),
                OpeningHours.weekly(WeeklyHours.weekdays(LocalTimeWindow.of("08:00", "20:00")))));
        s.catalogue().saveService(Service.plain(ServiceId.of("cut"), tenant, "Haarschnitt", 30, Money.euros(30)));
        for (int i = 0; i < STAFF; i++) {
            StaffId id = StaffId.of("staff-" + i);
            staff.add(id);
            s.catalogue().saveStaff(new Staff(id, tenant, BranchId.of("main"), "Staff " + i, List.of(),
                    Set.of(ServiceId.of("cut")), WeeklyHours.weekdays(LocalTimeWindow.of("08:00", "20:00")),
                    WeeklyHours.none(), List.of(), true));
        }
    }

    @AfterEach
    void close() {
        stores.forEach(JdbcStorage::close);
    }

    /** What the threads saw, to compare with what was stored. */
    private static final class Tally {
        final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
        final Map<AppointmentId, Appointment> appointments = new ConcurrentHashMap<>();
        final Map<HoldToken, Hold> holds = new ConcurrentHashMap<>();
        final Map<HoldToken, AppointmentId> converted = new ConcurrentHashMap<>();
        final ConcurrentLinkedQueue<String> swept = new ConcurrentLinkedQueue<>();

        void count(String what) {
            counts.computeIfAbsent(what, k -> new AtomicInteger()).incrementAndGet();
        }

        int get(String what) {
            AtomicInteger c = counts.get(what);
            return c == null ? 0 : c.get();
        }
    }

    @Test
    @Timeout(120)
    void thousandsOfRacingWriters_leaveNoOverlap_andEverySuccessIsStored() throws Exception {
        // given
        Tally tally = new Tally();
        AtomicInteger remaining = new AtomicInteger(attempts());
        Instant deadline = Instant.now().plus(TIME_BOX);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean writersDone = new AtomicBoolean();

        // when
        List<Future<?>> writers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int n = t;
            BookingStorage storage = stores.get(n % stores.size()).storage();
            writers.add(pool.submit(() -> {
                start.await();
                new Writer(n, storage, tally).run(remaining, deadline);
                return null;
            }));
        }
        Future<?> sweeper = pool.submit(() -> {
            start.await();
            int round = 0;
            while (!writersDone.get()) {
                BookingStorage storage = stores.get(round++ % stores.size()).storage();
                storage.holds().expireDue(Instant.now(), 25)
                        .forEach(h -> tally.swept.add(h.tenant().value() + "/" + h.token()));
                Thread.sleep(50);
            }
            return null;
        });
        long began = System.nanoTime();
        start.countDown();
        for (Future<?> w : writers) {
            w.get(90, TimeUnit.SECONDS);
        }
        writersDone.set(true);
        sweeper.get(30, TimeUnit.SECONDS);
        pool.shutdown();
        long millis = (System.nanoTime() - began) / 1_000_000;
        System.out.printf("%s: %d attempts in %d ms over %d instance(s): %s%n", getClass().getSimpleName(),
                attempts() - Math.max(0, remaining.get()), millis, stores.size(), new java.util.TreeMap<>(
                        tally.counts));

        // then: one query over every stored occupancy row finds no overlap of active exclusive ones
        assertThat(overlappingActiveExclusivePairs()).isZero();
        assertThat(activeRowsOfInactiveOwners()).isZero();

        // and every success reported to a caller is stored as reported
        BookingStorage reader = stores.get(0).storage();
        for (Appointment expected : tally.appointments.values()) {
            assertThat(reader.appointments().find(tenant, expected.id())).contains(expected);
        }
        for (Hold placed : tally.holds.values()) {
            Hold stored = reader.holds().find(tenant, placed.token()).orElseThrow();
            AppointmentId conversion = tally.converted.get(placed.token());
            if (conversion != null) {
                assertThat(stored.status()).isEqualTo(HoldStatus.CONVERTED);
                assertThat(stored.convertedTo()).contains(conversion);
            } else {
                assertThat(stored.status()).isIn(HoldStatus.ACTIVE, HoldStatus.EXPIRED);
                assertThat(stored.occupancies()).isEqualTo(placed.occupancies());
            }
        }
        assertThat(tally.swept).doesNotHaveDuplicates();

        // and the race was real: successes and refusals of every kind, the store refusing unchecked writers
        assertThat(tally.get("hold.ok")).isPositive();
        assertThat(tally.get("convert.ok")).isPositive();
        assertThat(tally.get("book.ok")).isPositive();
        assertThat(tally.get("move.ok")).isPositive();
        assertThat(tally.get("cancel.ok")).isPositive();
        assertThat(tally.get("book.recheck-refused")).isPositive();
        assertThat(tally.get("unchecked.store-refused") + tally.get("unlocked.store-refused")).isPositive();
    }

    /** The one query of the proof: pairs of overlapping active exclusive occupancies of one staff member. */
    private long overlappingActiveExclusivePairs() throws SQLException {
        return count("SELECT COUNT(*) FROM occupancy a JOIN occupancy b "
                + "ON a.tenant = b.tenant AND a.staff_id = b.staff_id AND a.id < b.id "
                + "AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at "
                + "WHERE a.active AND b.active AND a.kind <> 'flexible_pause' AND b.kind <> 'flexible_pause'");
    }

    /** Active occupancy rows of a cancelled appointment or a hold that is no longer active. */
    private long activeRowsOfInactiveOwners() throws SQLException {
        return count("SELECT COUNT(*) FROM occupancy o "
                + "LEFT JOIN appointment a ON a.tenant = o.tenant AND a.id = o.appointment_id "
                + "LEFT JOIN hold h ON h.tenant = o.tenant AND h.token = o.hold_token "
                + "WHERE o.active AND (a.status = 'cancelled' OR h.status <> 'active')");
    }

    private long count(String sql) throws SQLException {
        try (Connection c = connect(config); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** One thread of callers: a random mix of operations on its own appointments and holds. */
    private final class Writer {
        private final int n;
        private final BookingStorage storage;
        private final Tally tally;
        private final Random random;
        private final String owner;
        private final List<AppointmentId> mine = new ArrayList<>();
        private final List<Hold> myHolds = new ArrayList<>();
        private final Map<AppointmentId, Appointment> latest = new HashMap<>();

        Writer(int n, BookingStorage storage, Tally tally) {
            this.n = n;
            this.storage = storage;
            this.tally = tally;
            this.random = new Random(4711L * (n + 1));
            this.owner = "caller-" + n;
        }

        void run(AtomicInteger remaining, Instant deadline) {
            while (remaining.decrementAndGet() >= 0 && Instant.now().isBefore(deadline)) {
                int dice = random.nextInt(100);
                String op = dice < 25 ? "hold" : dice < 42 ? "convert" : dice < 67 ? "book" : dice < 80 ? "move"
                        : dice < 88 ? "cancel" : dice < 95 ? "unchecked" : "unlocked";
                try {
                    String outcome = switch (op) {
                        case "hold" -> placeHold();
                        case "convert" -> convertHold();
                        case "book" -> book();
                        case "move" -> move();
                        case "cancel" -> cancel();
                        case "unchecked" -> bookWithoutRecheck();
                        default -> writeWithoutLocks();
                    };
                    tally.count(op + "." + outcome);
                } catch (SlotConflictException e) {
                    // the adapter's own re-check, or (PostgreSQL) the exclusion constraint itself
                    tally.count(op + ".store-refused");
                    if (e.getCause() != null) {
                        tally.count(op + ".constraint-refused");
                    }
                } catch (StorageException e) {
                    if (!isRetryable(e)) {
                        throw e;
                    }
                    tally.count(op + ".retryable-failure");
                }
            }
        }

        private String placeHold() {
            Instant now = Instant.now();
            Shape shape = randomShape();
            Duration life = random.nextInt(100) < 30 ? Duration.ofMillis(300 + random.nextInt(1200))
                    : Duration.ofMinutes(5);
            Hold hold = new Hold(new HoldToken(UUID.randomUUID()), tenant, BranchId.of("main"),
                    ServiceId.of("cut"), shape.staff(), owner, shape.interval(), shape.segments(),
                    shape.occupancies(), now, now.plus(life), HoldStatus.ACTIVE, Optional.empty(), Optional.empty(),
                    Optional.empty());
            boolean placed = storage.transactions().inTransaction(() -> {
                storage.staffLocks().lock(tenant, staffOf(hold.occupancies()), OptionalLong.empty());
                if (conflicts(hold.occupancies(), null, null, now)) {
                    return false;
                }
                storage.holds().insert(hold, now);
                return true;
            });
            if (placed) {
                tally.holds.put(hold.token(), hold);
                myHolds.add(hold);
            }
            return placed ? "ok" : "recheck-refused";
        }

        private String convertHold() {
            if (myHolds.isEmpty()) {
                return "nothing-to-do";
            }
            Hold hold = myHolds.remove(random.nextInt(myHolds.size()));
            AppointmentId id = AppointmentId.of("a-" + UUID.randomUUID());
            Instant now = Instant.now();
            Appointment booked = appointment(id, new Shape(hold.staff(), hold.interval(), hold.segments(),
                    hold.occupancies()), Optional.of(hold.token()), now);
            String converted = storage.transactions().inTransaction(() -> {
                storage.staffLocks().lock(tenant, staffOf(hold.occupancies()), OptionalLong.empty());
                // Judge the hold by the time after the lock wait, as the engine does: a short hold may expire while
                // this writer waits, and another writer may then rightly take its time.
                Instant afterLock = Instant.now();
                Hold current = storage.holds().find(tenant, hold.token()).orElseThrow();
                if (!current.isActiveAt(afterLock)) {
                    return "expired"; // "Ihre Reservierung ist abgelaufen"
                }
                List<Occupancy> others = othersOccupying(booked.occupancies(), null, hold.token(), afterLock);
                if (booked.occupancies().stream().anyMatch(o -> others.stream().anyMatch(x -> o.kind()
                        .isExclusive() && x.kind().isExclusive() && o.conflictsWith(x)))) {
                    throw new IllegalStateException("an active hold's time was taken: " + hold);
                }
                if (booked.occupancies().stream().anyMatch(o -> others.stream().anyMatch(o::conflictsWith))) {
                    // a writer that skipped the re-check used part of a flexible pause: only the engine's
                    // re-check guards pauses, the store guards exclusive time
                    return "pause-taken-by-unchecked-writer";
                }
                storage.holds().update(current.convert(id, afterLock));
                storage.appointments().insert(booked);
                return "ok";
            });
            if (converted.equals("ok")) {
                tally.converted.put(hold.token(), id);
                remember(booked);
            }
            return converted;
        }

        private String book() {
            Instant now = Instant.now();
            Appointment a = appointment(AppointmentId.of("a-" + UUID.randomUUID()), randomShape(), Optional.empty(),
                    now);
            boolean booked = storage.transactions().inTransaction(() -> {
                storage.staffLocks().lock(tenant, staffOf(a.occupancies()), OptionalLong.empty());
                if (conflicts(a.occupancies(), null, null, now)) {
                    return false;
                }
                storage.appointments().insert(a);
                return true;
            });
            if (booked) {
                remember(a);
            }
            return booked ? "ok" : "recheck-refused";
        }

        private String move() {
            Optional<Appointment> pick = pickActive();
            if (pick.isEmpty()) {
                return "nothing-to-do";
            }
            Appointment before = pick.get();
            Shape to = randomShape();
            Instant now = Instant.now();
            Appointment after = new Appointment(before.id(), tenant, before.branch(), before.service(), to.staff(),
                    to.interval(), to.segments(), to.occupancies(), before.customer(), before.notes(),
                    before.status(), before.source(), before.sync(), before.compositeGroupId(),
                    before.rescheduleCount() + 1, before.correlationId(), before.fromHold(), before.fencingToken(),
                    before.createdAt(), now.truncatedTo(ChronoUnit.MILLIS), before.cancellationReason());
            Set<StaffId> involved = new TreeSet<>(staffOf(before.occupancies()));
            involved.addAll(staffOf(after.occupancies()));
            boolean moved = storage.transactions().inTransaction(() -> {
                storage.staffLocks().lock(tenant, involved, OptionalLong.empty());
                Appointment current = storage.appointments().find(tenant, before.id()).orElseThrow();
                if (!current.equals(before)) {
                    throw new IllegalStateException("someone else changed " + before.id());
                }
                if (conflicts(after.occupancies(), before.id(), null, now)) {
                    return false;
                }
                storage.appointments().update(after);
                return true;
            });
            if (moved) {
                remember(after);
            }
            return moved ? "ok" : "recheck-refused";
        }

        private String cancel() {
            Optional<Appointment> pick = pickActive();
            if (pick.isEmpty()) {
                return "nothing-to-do";
            }
            Appointment cancelled = pick.get().cancel("Kunde sagt ab", Instant.now().truncatedTo(ChronoUnit.MILLIS));
            storage.transactions().inTransaction(() -> {
                storage.staffLocks().lock(tenant, staffOf(cancelled.occupancies()), OptionalLong.empty());
                storage.appointments().update(cancelled);
                return null;
            });
            remember(cancelled);
            return "ok";
        }

        /** The engine's protocol without the re-check: the store alone must refuse an overlap. */
        private String bookWithoutRecheck() {
            Appointment a = appointment(AppointmentId.of("a-" + UUID.randomUUID()), randomShape(), Optional.empty(),
                    Instant.now());
            storage.transactions().inTransaction(() -> {
                storage.staffLocks().lock(tenant, staffOf(a.occupancies()), OptionalLong.empty());
                storage.appointments().insert(a);
                return null;
            });
            remember(a);
            return "ok";
        }

        /** Neither locks nor re-check: a buggy or foreign writer. */
        private String writeWithoutLocks() {
            Instant now = Instant.now();
            Shape shape = randomShape();
            if (random.nextBoolean()) {
                Appointment a = appointment(AppointmentId.of("a-" + UUID.randomUUID()), shape, Optional.empty(), now);
                storage.appointments().insert(a);
                remember(a);
            } else {
                Hold hold = new Hold(new HoldToken(UUID.randomUUID()), tenant, BranchId.of("main"),
                        ServiceId.of("cut"), shape.staff(), owner, shape.interval(), shape.segments(),
                        shape.occupancies(), now, now.plus(Duration.ofMinutes(5)), HoldStatus.ACTIVE,
                        Optional.empty(), Optional.empty(), Optional.empty());
                storage.holds().insert(hold, now);
                tally.holds.put(hold.token(), hold);
            }
            return "ok";
        }

        private void remember(Appointment a) {
            if (!latest.containsKey(a.id())) {
                mine.add(a.id());
            }
            latest.put(a.id(), a);
            tally.appointments.put(a.id(), a);
        }

        private Optional<Appointment> pickActive() {
            for (int tries = 0; tries < 5 && !mine.isEmpty(); tries++) {
                Appointment a = latest.get(mine.get(random.nextInt(mine.size())));
                if (a.isActive()) {
                    return Optional.of(a);
                }
            }
            return Optional.empty();
        }

        /**
         * The engine's re-check: does any active appointment (but {@code self}) or unexpired active hold (but
         * {@code ownHold}) conflict with {@code occupancies}, judged by the domain's rule?
         */
        private boolean conflicts(List<Occupancy> occupancies, AppointmentId self, HoldToken ownHold, Instant now) {
            List<Occupancy> others = othersOccupying(occupancies, self, ownHold, now);
            return occupancies.stream().anyMatch(o -> others.stream().anyMatch(o::conflictsWith));
        }

        private List<Occupancy> othersOccupying(List<Occupancy> occupancies, AppointmentId self, HoldToken ownHold,
                Instant now) {
            Collection<StaffId> who = staffOf(occupancies);
            TimeInterval range = span(occupancies);
            List<Occupancy> others = new ArrayList<>();
            storage.appointments().findActiveOccupying(tenant, who, range).stream()
                    .filter(a -> !a.id().equals(self)).forEach(a -> others.addAll(a.occupancies()));
            storage.holds().findActiveOccupying(tenant, who, range, now).stream()
                    .filter(h -> !h.token().equals(ownHold)).forEach(h -> others.addAll(h.occupancies()));
            return others;
        }

        /** A random booking shape: mostly plain, some composite with a flexible pause, some over two staff. */
        private Shape randomShape() {
            StaffId s = staff.get(random.nextInt(STAFF));
            Instant start = DAY.plus(Duration.ofMinutes(5L * random.nextInt(132)));
            int kind = random.nextInt(100);
            if (kind < 75) {
                TimeInterval interval = TimeInterval.of(start, Duration.ofMinutes(15 + 5L * random.nextInt(10)));
                return new Shape(s, interval, List.of(new SegmentAssignment("main", "Haarschnitt", 1, 1, s, interval)),
                        List.of(new Occupancy(s, interval, OccupancyKind.WORK)));
            }
            StaffId second = kind < 90 ? s : staff.get((staff.indexOf(s) + 1) % STAFF);
            TimeInterval a = TimeInterval.of(start, Duration.ofMinutes(15));
            TimeInterval pause = TimeInterval.of(a.end(), Duration.ofMinutes(30));
            TimeInterval b = TimeInterval.of(pause.end(), Duration.ofMinutes(15));
            return new Shape(s, new TimeInterval(a.start(), b.end()),
                    List.of(new SegmentAssignment("colour", "Farbe", 1, 2, s, a),
                            new SegmentAssignment("cut", "Schnitt", 2, 2, second, b)),
                    List.of(new Occupancy(s, a, OccupancyKind.WORK), new Occupancy(s, pause,
                            OccupancyKind.FLEXIBLE_PAUSE), new Occupancy(second, b, OccupancyKind.WORK)));
        }

        private Appointment appointment(AppointmentId id, Shape shape, Optional<HoldToken> fromHold, Instant now) {
            Instant at = now.truncatedTo(ChronoUnit.MILLIS);
            return new Appointment(id, tenant, BranchId.of("main"), ServiceId.of("cut"), shape.staff(),
                    shape.interval(), shape.segments(), shape.occupancies(),
                    Customer.withPhone("Kundin " + n, "+4915112345" + String.format("%03d", n)), "",
                    AppointmentStatus.BOOKED, Source.PHONE, SyncState.pending(),
                    shape.segments().size() > 1 ? Optional.of(id.value()) : Optional.empty(), 0, "corr-" + id,
                    fromHold, 0L, at, at, Optional.empty());
        }
    }

    private record Shape(StaffId staff, TimeInterval interval, List<SegmentAssignment> segments,
            List<Occupancy> occupancies) {
    }

    private static Set<StaffId> staffOf(List<Occupancy> occupancies) {
        Set<StaffId> out = new TreeSet<>();
        occupancies.forEach(o -> out.add(o.staff()));
        return out;
    }

    private static TimeInterval span(List<Occupancy> occupancies) {
        Instant from = occupancies.stream().map(o -> o.interval().start()).min(Instant::compareTo).orElseThrow();
        Instant to = occupancies.stream().map(o -> o.interval().end()).max(Instant::compareTo).orElseThrow();
        return new TimeInterval(from, to);
    }
}
