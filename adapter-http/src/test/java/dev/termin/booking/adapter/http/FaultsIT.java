package dev.termin.booking.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.termin.booking.adapter.http.FaultLedger.Attempt;
import dev.termin.booking.adapter.jdbc.JdbcConfig;
import dev.termin.booking.adapter.jdbc.testing.TestPostgres;
import dev.termin.booking.adapter.redis.TestRedis;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The system test: two server processes from the packaged jar on one PostgreSQL and one Redis, under concurrent
 * keyed bookings through both; one is killed with {@code kill -9} mid-load (just after a keyed hold and a keyed
 * confirmation committed) and started again; PostgreSQL is stopped ({@code pg_ctl stop -m fast}) and started again
 * on the same port and data directory; Redis is stopped and started. Every lost or failed answer is retried with its
 * key afterwards. Then SQL over the stored rows: no overlap, every acknowledged booking stored, every retried key
 * stored at most once and answered with that booking, one hold and one appointment per crashed key, 5xx only while
 * PostgreSQL was down, each a 503 problem within the bound, recovery without a restart. Writes the table of the run
 * to {@code target/fault-runs.md}.
 */
class FaultsIT {

    private static final String KEY = "faults-it-demo-key-0123456789abcdef";
    private static final int CLIENTS = 6;
    static final String PG = "PostgreSQL stopped";
    /** Probing bookings right after PostgreSQL is back; a 503 here is the probe's expected answer, not a fault. */
    static final String RECOVERING = "PostgreSQL back, probing";
    /**
     * The documented bound (operations.md): a request answers 503 within 2 s of the database going away. By design
     * the servers answer within about 1 s of it (one wait of {@code TERMIN_DB_CONNECTION_TIMEOUT}, 1 s, for a
     * connection; a broken connection fails at once); the other second is the margin for a shared two-core build
     * machine, where a process can wait a few hundred milliseconds for a core. The time counts from the later of
     * the request's sending and the start of the stop, because a request sent before cannot answer 503 earlier.
     */
    private static final long BOUND_503_MILLIS = 2_000;
    private static final long BOUND_READY_MILLIS = 1_000;
    private static final String[] STAFF = {"maria", "emma", "jonas"};

    private static JdbcConfig database;
    private static TestRedis redis;
    private static ServerProcess a;
    private static ServerProcess b;
    private static boolean postgresStopped;
    private final FaultLedger ledger = new FaultLedger();
    private final List<String> notes = new ArrayList<>();
    private List<String[]> slots;
    private List<String[]> crashSlots;
    private volatile long faultIssued;
    private volatile long faultBegan;

    @BeforeAll
    static void startEverything() {
        database = TestPostgres.newDatabase();
        redis = TestRedis.get();
        Map<String, String> env = Map.of("TERMIN_DB_URL", database.url(), "TERMIN_DB_USER", database.user(),
                "TERMIN_DB_PASSWORD", database.password(), "TERMIN_REDIS_URL", redis.url(), "TERMIN_DEMO_API_KEY", KEY,
                "TERMIN_IDEMPOTENCY_IN_FLIGHT_TIMEOUT", "5s", "TERMIN_LOG_FORMAT", "plain");
        a = new ServerProcess("instance-a", freePort(), env);
        b = new ServerProcess("instance-b", freePort(), env);
        a.start();
        b.start();
    }

    @AfterAll
    static void stopEverything() {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
        if (redis != null && redis.isEmbedded()) {
            redis.start();
        }
        if (database != null) {
            postgres(true);
        }
    }

    @Test
    @Timeout(200)
    void twoInstances_keepEveryGuarantee_throughAKillAndOutagesOfPostgresAndRedis() throws Exception {
        slots = freeSlots(2, 16);
        crashSlots = freeSlots(20, 21); // a day of their own: the load cannot take them
        assertThat(slots).hasSizeGreaterThan(200);
        assertThat(crashSlots).hasSizeGreaterThan(2);

        // steady load through both instances
        load("steady", 4_000, null);

        // kill -9 one instance mid-load, just after a keyed hold and a keyed confirmation committed; start it again
        long killedPid = a.pid();
        KeyedCrash crash = new KeyedCrash(database, api(a), crashSlots.get(0), crashSlots.get(crashSlots.size() - 1));
        load("kill -9 instance-a", 5_000, () -> crash.commitThenKill(a, api(a)));
        a.start();
        assertThat(a.pid()).isNotEqualTo(killedPid);
        crash.retryAndCheck(api(a));
        notes.addAll(crash.notes());

        // the database goes away mid-load: fast 503s and a bounded /ready; then it comes back
        long aPid = a.pid();
        long bPid = b.pid();
        load(PG, 4_000, () -> postgres(false));
        ledger.stop(faultIssued, faultBegan);
        for (ServerProcess s : List.of(a, b)) {
            long began = System.nanoTime();
            Http.Resp ready = api(s).withKey(null).get("/ready");
            long millis = (System.nanoTime() - began) / 1_000_000;
            notes.add(s.name() + " /ready with PostgreSQL down: " + ready.status() + " in " + millis + " ms");
            assertThat(ready.status()).isEqualTo(503);
            assertThat(millis).isLessThanOrEqualTo(BOUND_READY_MILLIS + 500);
        }
        postgres(true);
        for (ServerProcess s : List.of(a, b)) {
            long recovered = recover(s);
            notes.add(s.name() + " booked again " + recovered + " ms after PostgreSQL was back, without restart");
        }
        assertThat(a.pid()).isEqualTo(aPid);
        assertThat(b.pid()).isEqualTo(bPid);

        // Redis stopped mid-load: keyed bookings go on, the instances stay ready
        load("Redis stopped", 4_000, () -> redis.stop());
        for (ServerProcess s : List.of(a, b)) {
            Http.Resp ready = api(s).withKey(null).get("/ready");
            notes.add(s.name() + " /ready with Redis down: " + ready.status() + " " + ready.text());
            assertThat(ready.status()).isEqualTo(200);
        }
        redis.start();
        load("after recovery", 3_000, null);

        retryLostAndFailed();

        // then, over the stored rows
        try (Connection db = TestPostgres.connect(database)) {
            String table = FaultReport.table(db, ledger, PG, notes);
            System.out.println(table);
            Files.writeString(Paths.get("target", "fault-runs.md"), table);
            assertThat(FaultReport.overlapPairs(db)).as("overlapping active appointments").isEmpty();
            for (Attempt ack : ledger.attempts()) {
                if (ack.acknowledged()) {
                    assertThat(FaultReport.storedIds(db, ack.key())).as("acknowledged %s", ack.key())
                            .containsExactly(ack.appointment());
                }
            }
            for (FaultLedger.Retry r : ledger.retries()) {
                assertThat(r.status()).as("retry of %s: %s", r.first().key(), r.code()).isIn(201, 409);
                List<String> stored = FaultReport.storedIds(db, r.first().key());
                if (r.status() == 201) {
                    assertThat(stored).as("retried %s", r.first().key()).containsExactly(r.appointment());
                } else {
                    assertThat(r.code()).isEqualTo("slot_unavailable");
                    assertThat(stored).as("refused retry %s", r.first().key()).isEmpty();
                }
            }
        }
        for (String phase : ledger.phases()) {
            List<Attempt> in = ledger.in(phase);
            if (phase.equals(RECOVERING)) {
                assertThat(in.stream().filter(Attempt::serverError)).as("5xx in %s", phase)
                        .allSatisfy(x -> assertThat(x.code()).isEqualTo("service_unavailable"));
            } else if (!phase.equals(PG)) {
                assertThat(in.stream().filter(Attempt::acknowledged)).as(phase).isNotEmpty();
                assertThat(in.stream().filter(Attempt::serverError)).as("5xx in %s", phase).isEmpty();
            }
        }
        // while PostgreSQL was away: requests sent then answered 503; those in flight when it went away answered
        // either before it was gone (201, 409) or 503; every 5xx was a 503 problem within the bound
        assertThat(ledger.sentWhileStopped(PG)).isNotEmpty().allSatisfy(x ->
                assertThat(x.status()).as("%s sent while PostgreSQL was down", x.key()).isEqualTo(503));
        assertThat(ledger.inFlight(PG)).allSatisfy(x ->
                assertThat(x.status()).as("%s in flight when PostgreSQL went away", x.key()).isIn(201, 409, 503));
        assertThat(ledger.in(PG).stream().filter(Attempt::serverError)).isNotEmpty().allSatisfy(x -> {
            assertThat(x.status()).isEqualTo(503);
            assertThat(x.code()).as("problem code of %s", x.key()).isEqualTo("service_unavailable");
            assertThat(ledger.timeTo503(x)).as("ms to the 503 of %s", x.key()).isLessThanOrEqualTo(BOUND_503_MILLIS);
        });
        assertThat(b.lines()).anySatisfy(l -> assertThat(l).contains("instance=instance-b"));
    }

    // ---- load ----

    private void load(String phase, long millis, Runnable faultAfterAMoment) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        List<CompletableFuture<Void>> running = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int n = c;
            running.add(CompletableFuture.runAsync(() -> {
                int i = 0;
                while (System.nanoTime() < end) {
                    book(phase, (n + i++) % 2 == 0 ? a : b);
                }
            }, clients));
        }
        if (faultAfterAMoment != null) {
            Thread.sleep(millis / 4);
            faultIssued = System.nanoTime();
            faultAfterAMoment.run();
            faultBegan = System.nanoTime();
        }
        CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        clients.shutdown();
    }

    private void book(String phase, ServerProcess s) {
        String[] slot = slots.get(ThreadLocalRandom.current().nextInt(slots.size()));
        String key = "k-" + UUID.randomUUID();
        String body = Http.j("{'service':'haircut','staff':'" + slot[0] + "','start':'" + slot[1]
                + "','customer':{'name':'Anna Becker','phone':'0151 2345678'}}");
        long began = System.nanoTime();
        Http.Resp r;
        try {
            r = send(s, body, key);
        } catch (UncheckedIOException e) {
            ledger.add(new Attempt(phase, s.name(), key, body, 0, "lost", null, began,
                    (System.nanoTime() - began) / 1_000_000));
            return;
        }
        ledger.add(new Attempt(phase, s.name(), key, body, r.status(), r.code(), appointmentOf(r), began,
                (System.nanoTime() - began) / 1_000_000));
    }

    private static Http.Resp send(ServerProcess s, String body, String key) {
        return api(s).post("/v1/appointments", body, Map.of("Idempotency-Key", key, "X-Correlation-Id", key));
    }

    private static String appointmentOf(Http.Resp r) {
        return r.status() == 201 && r.json() != null ? r.json().get("id").asText() : null;
    }

    /** Books until an answer is not a 5xx; returns how long that took. */
    private long recover(ServerProcess s) throws InterruptedException {
        long began = System.nanoTime();
        long deadline = began + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            book(RECOVERING, s);
            List<Attempt> mine = ledger.in(RECOVERING);
            if (!mine.isEmpty() && !mine.get(mine.size() - 1).serverError() && !mine.get(mine.size() - 1).lost()) {
                return (System.nanoTime() - began) / 1_000_000;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(s.name() + " did not recover within 30 s");
    }

    private void retryLostAndFailed() throws InterruptedException {
        for (Attempt first : ledger.attempts()) {
            if (!first.lost() && !first.serverError()) {
                continue;
            }
            Http.Resp r = null;
            for (int i = 0; i < 40; i++) {
                r = send(i % 2 == 0 ? a : b, first.body(), first.key());
                if (!"idempotency_in_flight".equals(r.code())) {
                    break;
                }
                Thread.sleep(250); // its first claim is taken over after the in-flight timeout (5 s here)
            }
            ledger.retried(new FaultLedger.Retry(first, r.status(), r.code(), appointmentOf(r)));
        }
    }

    // ---- stored rows ----

    // ---- set-up and report ----

    private static Http api(ServerProcess s) {
        return new Http(s.port(), KEY);
    }

    private static List<String[]> freeSlots(int fromDay, int toDay) {
        List<String[]> found = new ArrayList<>();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        for (int d = fromDay; d < toDay; d++) {
            for (String staff : STAFF) {
                JsonNode list = api(a).get("/v1/availability?service=haircut&staff=" + staff + "&date="
                        + today.plusDays(d)).json().get("slots");
                list.forEach(slot -> found.add(new String[] {staff, slot.get("start").asText()}));
            }
        }
        return found;
    }

    /** Stops PostgreSQL ({@code pg_ctl stop -m fast}) or starts it again on the same port and data directory. */
    private static synchronized void postgres(boolean up) {
        if (up && postgresStopped) {
            TestPostgres.startEmbedded();
        } else if (!up) {
            TestPostgres.stopEmbedded();
        }
        postgresStopped = !up;
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
