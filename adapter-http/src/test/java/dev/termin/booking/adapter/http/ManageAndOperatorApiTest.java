package dev.termin.booking.adapter.http;

import static dev.termin.booking.adapter.http.Http.j;
import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.adapter.jdbc.testing.TestH2;
import dev.termin.booking.domain.access.Role;
import dev.termin.booking.testing.MutableClock;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Customers' manage links end to end, browser origins of booking-page keys, and the operator's tenants. */
class ManageAndOperatorApiTest {

    static final String ANNA = "{'name':'Anna','phone':'+491512345678'}";

    static AccessServer as;

    @BeforeAll
    static void start() {
        as = new AccessServer(TestH2.newDatabase(), new MutableClock(TestServer.NOW), true);
    }

    @AfterAll
    static void stop() {
        as.close();
    }

    private static Http.Resp book(String staff, String start) {
        Http.Resp r = as.demo.post("/v1/appointments", j("{'service':'haircut','staff':'" + staff + "','start':'"
                + start + "','customer':" + ANNA + "}"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r;
    }

    @Test
    void manageLink_readsMovesAndCancelsItsAppointment_andNothingElse() {
        // given
        Http.Resp booked = book("emma", TestServer.DAY + "T09:00");
        Http.Resp other = book("emma", TestServer.DAY + "T11:00");
        String link = booked.json().get("manageUrl").asText();

        // when
        Http.Resp read = as.anonymous.get(link);
        Http.Resp moved = as.anonymous.post(link + "/reschedule", j("{'start':'" + TestServer.DAY + "T10:00'}"));
        Http.Resp asKey = as.as(booked.json().get("manageToken").asText()).get("/v1/appointments/"
                + other.json().get("id").asText());
        Http.Resp cancelled = as.anonymous.post(link + "/cancel", null);
        Http.Resp replayed = as.anonymous.post(link + "/cancel", null);

        // then
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("id").asText()).isEqualTo(booked.json().get("id").asText());
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().get("start").asText()).startsWith(TestServer.DAY + "T10:00");
        assertThat(asKey.status()).isEqualTo(401);
        assertThat(cancelled.json().get("status").asText()).isEqualTo("cancelled");
        assertThat(replayed.status()).isEqualTo(409);
        assertThat(as.demo.get("/v1/appointments/" + other.json().get("id").asText()).json().get("status").asText())
                .isEqualTo("booked");
        assertThat(as.anonymous.get("/v1/manage/mt_unknown0000000000000000000000000000000000000").status())
                .isEqualTo(404);
    }

    @Test
    void manageLink_cannotMoveInsideTheRescheduleDeadline_andExpiresWithTheAppointment() {
        // given an appointment today at 14:00 Berlin, and the clock at 12:30
        MutableClock clock = new MutableClock(TestServer.NOW);
        try (AccessServer own = new AccessServer(TestH2.newDatabase(), clock, true)) {
            Http.Resp booked = own.demo.post("/v1/appointments", j("{'service':'haircut','staff':'jonas','start':"
                    + "'2026-06-15T14:00','customer':" + ANNA + "}"));
            String link = booked.json().get("manageUrl").asText();
            clock.set(Instant.parse("2026-06-15T10:30:00Z"));

            // when
            Http.Resp move = own.anonymous.post(link + "/reschedule", j("{'start':'2026-06-15T16:00'}"));
            clock.set(Instant.parse("2026-06-15T13:00:00Z"));
            Http.Resp afterwards = own.anonymous.get(link);

            // then
            assertThat(move.code()).isEqualTo("policy_violation");
            assertThat(afterwards.status()).isEqualTo(410);
        }
    }

    @Test
    void bookingPageKey_getsCorsOnlyForItsOrigins_preflightToo() {
        // given
        Http page = as.as(as.createKey(Role.BOOKING_PAGE, "https://salon.example"));
        Map<String, String> good = Map.of("Origin", "https://salon.example");
        Map<String, String> evil = Map.of("Origin", "https://evil.example");

        // when
        Http.Resp granted = page.send("GET", "/v1/services", null, good);
        Http.Resp refused = page.send("GET", "/v1/services", null, evil);
        Http.Resp ownerFromBrowser = as.demo.send("GET", "/v1/services", null, good);
        Http.Resp preflight = as.anonymous.send("OPTIONS", "/v1/holds", null, Map.of("Origin",
                "https://salon.example", "Access-Control-Request-Method", "POST"));
        Http.Resp evilPreflight = as.anonymous.send("OPTIONS", "/v1/holds", null, Map.of("Origin",
                "https://evil.example", "Access-Control-Request-Method", "POST"));

        // then
        assertThat(granted.header("Access-Control-Allow-Origin")).isEqualTo("https://salon.example");
        assertThat(refused.header("Access-Control-Allow-Origin")).isNull();
        assertThat(ownerFromBrowser.header("Access-Control-Allow-Origin")).isNull();
        assertThat(preflight.status()).isEqualTo(204);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("https://salon.example");
        assertThat(preflight.header("Access-Control-Allow-Headers")).contains("Authorization");
        assertThat(evilPreflight.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void operator_createsSuspendsAndReactivatesATenant_whoseKeysStopAtOnce() {
        // given
        Http operator = as.as(AccessServer.OPERATOR_KEY);

        // when
        Http.Resp created = operator.post("/v1/operator/tenants", j("{'slug':'schnittpunkt','name':"
                + "'Salon Schnittpunkt','timeZone':'Europe/Berlin'}"));
        Http owner = as.as(created.json().at("/ownerKey/secret").asText());
        int before = owner.get("/v1/keys").status();
        Http.Resp suspended = operator.post("/v1/operator/tenants/schnittpunkt/suspend", null);
        int whileSuspended = owner.get("/v1/keys").status();
        operator.post("/v1/operator/tenants/schnittpunkt/activate", null);
        int reactivated = owner.get("/v1/keys").status();

        // then
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().at("/ownerKey/role").asText()).isEqualTo("owner");
        assertThat(before).isEqualTo(200);
        assertThat(suspended.json().get("status").asText()).isEqualTo("suspended");
        assertThat(whileSuspended).isEqualTo(401);
        assertThat(reactivated).isEqualTo(200);
        assertThat(operator.get("/v1/operator/tenants").json().findValuesAsText("slug")).contains("schnittpunkt");
        assertThat(owner.get("/v1/operator/tenants").code()).isEqualTo("forbidden");
    }

    @Test
    void anotherTenantsOwner_cannotRevokeOrSeeThisTenantsKeys() {
        // given
        Http.Resp key = as.demo.post("/v1/keys", j("{'role':'viewer'}"));
        String id = key.json().get("id").asText();

        // when
        Http.Resp revoke = as.acme.post("/v1/keys/" + id + "/revoke", null);
        Http.Resp listed = as.acme.get("/v1/keys");

        // then
        assertThat(revoke.status()).isEqualTo(404);
        assertThat(listed.json().findValuesAsText("id")).doesNotContain(id);
        assertThat(as.as(key.json().get("secret").asText()).get("/v1/services").status()).isEqualTo(200);
    }
}
