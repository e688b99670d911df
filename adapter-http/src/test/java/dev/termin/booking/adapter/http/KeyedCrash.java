package dev.termin.booking.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.adapter.jdbc.JdbcConfig;
import dev.termin.booking.adapter.jdbc.testing.TestPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The crash between commit and answer, for a keyed hold and a keyed hold confirmation: both are sent to an instance,
 * the instance is killed with {@code kill -9} as soon as SQL sees both committed (before the client has read an
 * answer, or just as it arrives), and after the restart the client retries each with its key. The retries must get
 * the first result (the same hold token, the same appointment), and SQL must find exactly one hold and one
 * appointment per key. Used by one test thread.
 */
final class KeyedCrash {

    private final JdbcConfig database;
    private final String holdKey = "hold-" + UUID.randomUUID();
    private final String holdOwner = "owner-" + holdKey;
    private final String confirmKey = "confirm-" + UUID.randomUUID();
    private final String confirmOwner = "owner-" + confirmKey;
    private final String holdBody;
    private final String confirmBody;
    private final String confirmedToken;
    private final List<String> notes = new ArrayList<>();
    private CompletableFuture<Http.Resp> firstHold;
    private CompletableFuture<Http.Resp> firstConfirm;

    /** Places (unkeyed, normally) the hold to be confirmed at {@code confirmSlot}; the keyed hold goes to {@code holdSlot}. */
    KeyedCrash(JdbcConfig database, Http api, String[] holdSlot, String[] confirmSlot) {
        this.database = database;
        this.holdBody = Http.j("{'service':'haircut','staff':'" + holdSlot[0] + "','start':'" + holdSlot[1]
                + "','owner':'" + holdOwner + "','lifetimeSeconds':3600}");
        Http.Resp held = api.post("/v1/holds", Http.j("{'service':'haircut','staff':'" + confirmSlot[0]
                + "','start':'" + confirmSlot[1] + "','owner':'" + confirmOwner + "','lifetimeSeconds':3600}"));
        assertThat(held.status()).as("hold to confirm: %s", held).isEqualTo(201);
        this.confirmedToken = held.json().get("token").asText();
        this.confirmBody = Http.j("{'owner':'" + confirmOwner + "','customer':{'name':'Anna Becker',"
                + "'phone':'0151 2345678'}}");
    }

    /** Sends the keyed hold and confirmation to {@code s} and kills it once SQL sees both committed. */
    void commitThenKill(ServerProcess s, Http api) {
        firstHold = CompletableFuture.supplyAsync(() -> holdOnce(api));
        firstConfirm = CompletableFuture.supplyAsync(() -> confirmOnce(api));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        try (Connection db = TestPostgres.connect(database)) {
            while (holds(db).isEmpty() || appointments(db).isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("the keyed hold and confirmation did not commit within 20 s: "
                            + firstHold.getNow(null) + " / " + firstConfirm.getNow(null));
                }
                Thread.onSpinWait();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        boolean holdAnswered = firstHold.isDone();
        boolean confirmAnswered = firstConfirm.isDone();
        s.kill();
        notes.add("keyed hold committed, instance killed " + (holdAnswered ? "after" : "before") + " its answer "
                + "was read; keyed confirmation committed, killed " + (confirmAnswered ? "after" : "before")
                + " its answer was read");
    }

    /** Retries both with their keys (after the restart) and checks the answers and the stored rows. */
    void retryAndCheck(Http api) throws SQLException {
        Http.Resp hold = holdOnce(api);
        Http.Resp confirm = confirmOnce(api);
        assertThat(hold.status()).as("retried hold: %s", hold).isEqualTo(201);
        assertThat(confirm.status()).as("retried confirmation: %s", confirm).isEqualTo(201);
        assertThat(hold.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(confirm.header("Idempotent-Replayed")).isEqualTo("true");
        String token = hold.json().get("token").asText();
        String appointment = confirm.json().get("id").asText();
        sameAsFirst(firstHold, "token", token);
        sameAsFirst(firstConfirm, "id", appointment);
        try (Connection db = TestPostgres.connect(database)) {
            assertThat(holds(db)).as("holds of key %s", holdKey).containsExactly(token);
            assertThat(appointments(db)).as("appointments of key %s", confirmKey).containsExactly(appointment);
            assertThat(response(db, "hold:" + holdKey)).isEqualTo("hold:" + token);
            assertThat(response(db, "confirm:" + confirmKey)).isEqualTo("appointment:" + appointment);
        }
        notes.add("after the restart: the retried hold got the same token " + token.substring(0, 8)
                + "…, the retried confirmation the same appointment; one hold and one appointment stored per key");
    }

    List<String> notes() {
        return List.copyOf(notes);
    }

    private Http.Resp holdOnce(Http api) {
        return api.post("/v1/holds", holdBody, Map.of("Idempotency-Key", holdKey, "X-Correlation-Id", holdKey));
    }

    private Http.Resp confirmOnce(Http api) {
        return api.post("/v1/holds/" + confirmedToken + "/confirm", confirmBody,
                Map.of("Idempotency-Key", confirmKey, "X-Correlation-Id", confirmKey));
    }

    /** A first answer that did arrive before the kill must name the same hold or appointment as the retry. */
    private static void sameAsFirst(CompletableFuture<Http.Resp> first, String field, String value) {
        Http.Resp answered = first.handle((r, e) -> e == null ? r : null).join();
        if (answered != null && answered.status() == 201) {
            assertThat(answered.json().get(field).asText()).isEqualTo(value);
        }
    }

    private List<String> holds(Connection db) throws SQLException {
        return strings(db, "SELECT token FROM hold WHERE tenant = 'demo' AND hold_owner = ?", holdOwner);
    }

    private List<String> appointments(Connection db) throws SQLException {
        return strings(db, "SELECT id FROM appointment WHERE tenant = 'demo' AND correlation_id = ?", confirmKey);
    }

    private static String response(Connection db, String key) throws SQLException {
        List<String> r = strings(db, "SELECT response FROM idempotency WHERE tenant = 'demo' AND idem_key = ? "
                + "AND state = 'completed'", key);
        assertThat(r).as("completed idempotency record %s", key).hasSize(1);
        return r.get(0);
    }

    private static List<String> strings(Connection db, String sql, String param) throws SQLException {
        try (PreparedStatement q = db.prepareStatement(sql)) {
            q.setString(1, param);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }
    }
}
