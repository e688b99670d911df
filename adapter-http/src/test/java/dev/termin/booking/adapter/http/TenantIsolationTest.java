package dev.termin.booking.adapter.http;

import static dev.termin.booking.adapter.http.Http.j;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A tenant never sees or changes another tenant's data, for every resource of the API. */
class TenantIsolationTest {

    static TestServer ts;
    static Http demo;
    static Http acme;

    @BeforeAll
    static void start() {
        ts = new TestServer();
        demo = ts.demo;
        acme = ts.acme;
    }

    @AfterAll
    static void stop() {
        ts.close();
    }

    static final String CUSTOMER = "{'name':'Anna','phone':'+491512345678'}";

    @Test
    void catalogueOfDemo_isInvisibleAndUntouchableForAcme() {
        assertThat(acme.get("/v1/company").status()).isEqualTo(404);
        assertThat(acme.get("/v1/branches").json()).isEmpty();
        assertThat(acme.get("/v1/branches/mitte").status()).isEqualTo(404);
        assertThat(acme.get("/v1/staff").json()).isEmpty();
        assertThat(acme.get("/v1/staff/maria").status()).isEqualTo(404);
        assertThat(acme.get("/v1/services").json()).isEmpty();
        assertThat(acme.get("/v1/services/haircut").status()).isEqualTo(404);
        assertThat(acme.get("/v1/holidays").json()).isEmpty();
        assertThat(acme.get("/v1/holidays/neujahr").status()).isEqualTo(404);
        assertThat(acme.delete("/v1/staff/maria").status()).isEqualTo(404);
        assertThat(acme.delete("/v1/services/haircut").status()).isEqualTo(404);
        assertThat(acme.delete("/v1/holidays/neujahr").status()).isEqualTo(404);
        assertThat(acme.delete("/v1/branches/mitte").status()).isEqualTo(404);
        // acme's own branch of the same id is its own
        assertThat(acme.put("/v1/branches/mitte", j("{'name':'Acme Mitte','timeZone':'Europe/Vienna'}")).status())
                .isEqualTo(201);
        assertThat(demo.get("/v1/branches/mitte").json().get("name").asText()).isEqualTo("Salon Schnittpunkt Mitte");
        assertThat(demo.get("/v1/staff/maria").status()).isEqualTo(200);
        assertThat(demo.get("/v1/services/haircut").status()).isEqualTo(200);
        assertThat(demo.get("/v1/company").json().get("name").asText()).isEqualTo("Salon Schnittpunkt");
        assertThat(acme.delete("/v1/branches/mitte").status()).isEqualTo(204);
    }

    @Test
    void bookingsOfDemo_areInvisibleAndUntouchableForAcme() {
        // given demo's hold, appointment and waitlist entry
        Http.Resp hold = demo.post("/v1/holds", j("{'service':'haircut','staff':'maria','start':'2026-06-17T12:00',"
                + "'owner':'call-iso'}"));
        String token = hold.json().get("token").asText();
        Http.Resp booked = demo.post("/v1/appointments", j("{'service':'haircut','staff':'emma','start':"
                + "'2026-06-17T12:00','customer':" + CUSTOMER + "}"));
        String id = booked.json().get("id").asText();
        Http.Resp joined = demo.post("/v1/waitlist", j("{'service':'haircut','customer':" + CUSTOMER
                + ",'firstDay':'2026-06-17'}"));
        String entry = joined.json().get("id").asText();

        // then acme sees and changes none of it
        assertThat(acme.get("/v1/availability?service=haircut&date=2026-06-17").status()).isEqualTo(404);
        assertThat(acme.get("/v1/availability/explain?service=haircut&branch=mitte&start=2026-06-17T12:00").status())
                .isEqualTo(404);
        assertThat(acme.get("/v1/availability/next?service=haircut&branch=mitte&around=2026-06-17T12:00").status())
                .isEqualTo(404);
        assertThat(acme.get("/v1/holds/" + token).code()).isEqualTo("reservation_not_found");
        assertThat(acme.delete("/v1/holds/" + token + "?owner=call-iso").status()).isEqualTo(404);
        assertThat(acme.post("/v1/holds/" + token + "/confirm", j("{'owner':'call-iso','customer':" + CUSTOMER
                + "}")).status()).isEqualTo(404);
        assertThat(acme.get("/v1/appointments/" + id).status()).isEqualTo(404);
        assertThat(acme.get("/v1/appointments/" + id + "/flow").status()).isEqualTo(404);
        assertThat(acme.post("/v1/appointments/" + id + "/cancel", "{}").status()).isEqualTo(404);
        assertThat(acme.post("/v1/appointments/" + id + "/reschedule", j("{'start':'2026-06-18T10:00:00Z'}"))
                .status()).isEqualTo(404);
        assertThat(acme.get("/v1/waitlist").json()).isEmpty();
        assertThat(acme.get("/v1/waitlist/" + entry).status()).isEqualTo(404);
        assertThat(acme.delete("/v1/waitlist/" + entry).status()).isEqualTo(404);
        assertThat(acme.post("/v1/voice/check-availability", j("{'call_id':'c1','datum':'17.06.2026','uhrzeit':"
                + "'12:00','dienstleistung':'Haarschnitt'}")).json().get("status").asText()).isEqualTo("failed");
        assertThat(acme.get("/v1/ops/reservation-metrics").json().get("created").asLong()).isZero();

        // and demo's data is intact
        assertThat(demo.get("/v1/holds/" + token).json().get("status").asText()).isEqualTo("active");
        assertThat(demo.get("/v1/appointments/" + id).json().get("status").asText()).isEqualTo("booked");
        assertThat(demo.get("/v1/waitlist/" + entry).status()).isEqualTo(200);
        assertThat(demo.get("/v1/ops/reservation-metrics").json().get("created").asLong()).isPositive();
    }
}
