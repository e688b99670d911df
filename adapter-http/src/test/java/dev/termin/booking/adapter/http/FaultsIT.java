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
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
 * keyed bookings through both; one is killed with {@code kill -9} mid-load and started again; the database goes
 * away (its sessions are terminated and new connections refused, {@code ALLOW_CONNECTIONS false}) and comes back;
 * Redis is stopped and started. Every lost or failed answer is retried with its key afterwards. Then
 * SQL over the stored rows: no overlap, every acknowledged booking stored, every retried key stored at most once and
 * answered with that booking, 5xx only while PostgreSQL was down and each within the bound, recovery without a
 * restart. Writes the table of the run to {@code target/fault-runs.md}.
 */
class FaultsIT {

    private static final String KEY = "faults-it-demo-key-0123456789abcdef";
    private static final int CLIENTS = 6;
    private static final long BOUND_503_MILLIS = 2_000;
    private static final long BOUND_READY_MILLIS = 1_000;
    private static final String[] STAFF = {"maria", "emma", "jonas"};

    private static JdbcConfig database;
    private static TestRedis redis;
    private static ServerProcess a;
    private static ServerProcess b;
    private final FaultLedger ledger = new FaultLedger();
    private final List<String> notes = new ArrayList<>();
    private List<String[]> slots;
    private volatile long faultBegan;
    private List<Attempt> outage = List.of();

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
    @Timeout(170)
    void twoInstances_keepEveryGuarantee_throughAKillAndOutagesOfPostgresAndRedis() throws Exception {
        slots = freeSlots();
        assertThat(slots).hasSizeGreaterThan(200);

        // steady load through both instances
        load("steady", 4_000, null);

        // kill -9 one instance mid-load, start it again
        long killedPid = a.pid();
        load("kill -9 instance-a", 5_000, () -> a.kill());
        a.start();
        assertThat(a.pid()).isNotEqualTo(killedPid);

        // the database goes away mid-load: fast 503s and a bounded /ready; then it comes back
        long aPid = a.pid();
        long bPid = b.pid();
        load("PostgreSQL stopped", 4_000, () -> postgres(false));
        outage = ledger.in("PostgreSQL stopped").stream().filter(x -> x.sent() > faultBegan).toList();
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
            String table = table(db);
            System.out.println(table);
            Files.writeString(Paths.get("target", "fault-runs.md"), table);
            assertThat(overlaps(db)).as("overlapping active appointments").isZero();
            for (Attempt ack : ledger.attempts()) {
                if (ack.acknowledged()) {
                    assertThat(storedIds(db, ack.key())).as("acknowledged %s", ack.key())
                            .containsExactly(ack.appointment());
                }
            }
            for (FaultLedger.Retry r : ledger.retries()) {
                assertThat(r.status()).as("retry of %s: %s", r.first().key(), r.code()).isIn(201, 409);
                List<String> stored = storedIds(db, r.first().key());
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
            if (!phase.equals("PostgreSQL stopped")) {
                assertThat(in.stream().filter(Attempt::acknowledged)).as(phase).isNotEmpty();
                assertThat(in.stream().filter(Attempt::serverError)).as("5xx in %s", phase).isEmpty();
            }
        }
        assertThat(sentDuringOutage()).isNotEmpty().allSatisfy(x -> {
            assertThat(x.status()).as("%s sent while PostgreSQL was down", x.key()).isEqualTo(503);
            assertThat(x.millis()).as("503 of %s", x.key()).isLessThanOrEqualTo(BOUND_503_MILLIS);
        });
        assertThat(b.lines()).anySatisfy(l -> assertThat(l).contains("instance=instance-b"));
    }

    /** The requests sent after the database went away (those in flight at that moment may take longer). */
    private List<Attempt> sentDuringOutage() {
        return outage;
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
            book("after recovery", s);
            List<Attempt> mine = ledger.in("after recovery");
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

    private static long overlaps(Connection db) throws SQLException {
        try (PreparedStatement q = db.prepareStatement("SELECT count(*) FROM appointment x JOIN appointment y "
                + "ON x.tenant = y.tenant AND x.staff_id = y.staff_id AND x.id < y.id "
                + "AND x.starts_at < y.ends_at AND y.starts_at < x.ends_at "
                + "WHERE x.status <> 'cancelled' AND y.status <> 'cancelled'"); ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> storedIds(Connection db, String correlationId) throws SQLException {
        try (PreparedStatement q = db.prepareStatement("SELECT id FROM appointment WHERE tenant = 'demo' "
                + "AND correlation_id = ?")) {
            q.setString(1, correlationId);
            List<String> ids = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        }
    }

    // ---- set-up and report ----

    private static Http api(ServerProcess s) {
        return new Http(s.port(), KEY);
    }

    private static List<String[]> freeSlots() {
        List<String[]> found = new ArrayList<>();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        for (int d = 2; d < 16; d++) {
            for (String staff : STAFF) {
                JsonNode list = api(a).get("/v1/availability?service=haircut&staff=" + staff + "&date="
                        + today.plusDays(d)).json().get("slots");
                list.forEach(slot -> found.add(new String[] {staff, slot.get("start").asText()}));
            }
        }
        return found;
    }

    private String table(Connection db) throws SQLException {
        StringBuilder t = new StringBuilder("| phase | fault | requests | acknowledged (201) | stored of acknowledged "
                + "| refused (409) | answers lost | 5xx | slowest 5xx |\n|---|---|---|---|---|---|---|---|---|\n");
        for (String phase : ledger.phases()) {
            List<Attempt> in = ledger.in(phase);
            long acks = in.stream().filter(Attempt::acknowledged).count();
            long stored = 0;
            for (Attempt x : in) {
                if (x.acknowledged() && storedIds(db, x.key()).equals(List.of(x.appointment()))) {
                    stored++;
                }
            }
            t.append("| ").append(phase).append(" | ").append(fault(phase)).append(" | ").append(in.size())
                    .append(" | ").append(acks).append(" | ").append(stored)
                    .append(" | ").append(in.stream().filter(x -> x.status() == 409).count())
                    .append(" | ").append(in.stream().filter(Attempt::lost).count())
                    .append(" | ").append(in.stream().filter(Attempt::serverError).count())
                    .append(" | ").append(in.stream().filter(Attempt::serverError).mapToLong(Attempt::millis).max()
                            .stream().mapToObj(ms -> ms + " ms").findFirst().orElse("-")).append(" |\n");
        }
        List<FaultLedger.Retry> retries = ledger.retries();
        t.append("\nRetried with their key afterwards: ").append(retries.size()).append(" (")
                .append(retries.stream().filter(r -> r.status() == 201).count()).append(" answered 201 with the "
                        + "one stored booking of the key, ")
                .append(retries.stream().filter(r -> r.status() == 409).count()).append(" refused as taken, "
                        + "nothing stored for them). Overlapping active appointments: ").append(overlaps(db))
                .append(".\n\n");
        t.append("- requests sent while PostgreSQL was down: ").append(outage.size()).append(", answered ")
                .append(FaultLedger.statuses(outage)).append(", slowest in ")
                .append(outage.stream().mapToLong(Attempt::millis).max().orElse(0)).append(" ms; requests already "
                        + "in flight when it went away took up to ")
                .append(ledger.in("PostgreSQL stopped").stream().filter(x -> x.sent() <= faultBegan)
                        .mapToLong(Attempt::millis).max().orElse(0)).append(" ms\n");
        notes.forEach(n -> t.append("- ").append(n).append('\n'));
        return t.toString();
    }

    private static String fault(String phase) {
        return switch (phase) {
            case "kill -9 instance-a" -> "`kill -9` of one of two instances mid-load, then started again";
            case "PostgreSQL stopped" -> "PostgreSQL gone mid-load: every session terminated, new connections "
                    + "refused, for about 3 s";
            case "Redis stopped" -> "Redis stopped mid-load";
            default -> "none";
        };
    }

    /** Takes the database away (sessions terminated, connections refused) or brings it back. */
    private static void postgres(boolean up) {
        String name = database.url().substring(database.url().lastIndexOf('/') + 1).split("[?]")[0];
        try (Connection admin = TestPostgres.adminConnection(); Statement st = admin.createStatement()) {
            st.execute("ALTER DATABASE " + name + " ALLOW_CONNECTIONS " + up);
            if (!up) {
                st.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name
                        + "' AND pid <> pg_backend_pid()");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
