package dev.termin.booking.adapter.http;

import static dev.termin.booking.adapter.http.Http.j;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The phone assistant's whole flow in German, through the real server. */
class PhoneApiTest {

    TestServer ts;
    Http api;

    @BeforeEach
    void start() {
        ts = new TestServer();
        api = ts.demo;
    }

    @AfterEach
    void stop() {
        ts.close();
    }

    static String call(String callId, String uhrzeit, String extra) {
        return j("{'call_id':'" + callId + "','datum':'17.06.2026','uhrzeit':'" + uhrzeit + "','dienstleistung':"
                + "'Haarschnitt','mitarbeiter_wunsch':'Maria','name':'Anna Becker','telefonnummer':'0151 2345678',"
                + "'email':'anna@example.com'" + extra + "}");
    }

    @Test
    void freeTime_isHeldForTheCall_thenBooked() {
        // when
        Http.Resp check = api.post("/v1/voice/check-availability", call("call-1", "14:30", ""));

        // then
        assertThat(check.status()).as(check.text()).isEqualTo(200);
        assertThat(check.json().get("status").asText()).isEqualTo("available");
        assertThat(check.json().get("message").asText()).contains("Maria").contains("14:30");
        String token = check.json().get("holdToken").asText();
        assertThat(check.json().get("expiresAt").asText()).endsWith("+02:00");

        // when booking with the token
        Http.Resp book = api.post("/v1/voice/book", call("call-1", "14:30", ",'hold_token':'" + token + "'"));

        // then
        assertThat(book.status()).as(book.text()).isEqualTo(201);
        assertThat(book.json().get("status").asText()).isEqualTo("booked");
        assertThat(book.json().get("message").asText()).contains("gebucht");
        JsonNode appointment = book.json().get("appointment");
        assertThat(appointment.get("start").asText()).isEqualTo("2026-06-17T14:30:00+02:00");
        assertThat(appointment.get("customer").get("phone").asText()).isEqualTo("+491512345678");
        assertThat(appointment.get("source").asText()).isEqualTo("phone");
    }

    @Test
    void takenTime_namesAlternativesInGerman() {
        // given another caller holds 10:00 with Maria
        assertThat(api.post("/v1/voice/check-availability", call("call-a", "10:00", "")).json().get("status")
                .asText()).isEqualTo("available");

        // when a second caller asks for it
        Http.Resp r = api.post("/v1/voice/check-availability", call("call-b", "10 Uhr", ""));

        // then
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("status").asText()).isEqualTo("unavailable");
        assertThat(r.json().get("code").asText()).isEqualTo("slot_unavailable");
        assertThat(r.json().get("alternatives").size()).isPositive();
        assertThat(r.json().get("message").asText()).containsIgnoringCase("leider");
    }

    @Test
    void expiredHold_isReportedInGerman() {
        // given a hold for the call
        Http.Resp check = api.post("/v1/voice/check-availability", call("call-x", "16:00", ""));
        String token = check.json().get("holdToken").asText();

        // when the call takes longer than the hold lives
        ts.clock.advance(Duration.ofMinutes(6));
        Http.Resp book = api.post("/v1/voice/book", call("call-x", "16:00", ",'hold_token':'" + token + "'"));

        // then
        assertThat(book.status()).isEqualTo(200);
        assertThat(book.json().get("status").asText()).isEqualTo("failed");
        assertThat(book.json().get("code").asText()).isEqualTo("reservation_expired");
        assertThat(book.json().get("message").asText())
                .isEqualTo("Ihre Reservierung ist abgelaufen. Bitte prüfen Sie erneut die Verfügbarkeit.");
    }

    @Test
    void notUnderstood_andMalformed() {
        Http.Resp noDate = api.post("/v1/voice/check-availability", j("{'call_id':'c','uhrzeit':'10:00',"
                + "'dienstleistung':'Haarschnitt'}"));
        assertThat(noDate.json().get("status").asText()).isEqualTo("failed");
        assertThat(noDate.json().get("code").asText()).isEqualTo("missing_required_field");
        assertThat(noDate.json().get("message").asText()).isNotBlank();
        assertThat(api.post("/v1/voice/check-availability", j("{'datum':'morgen'}")).status()).isEqualTo(400);
        assertThat(api.post("/v1/voice/book", j("{'call_id':'c','hold_token':'nope'}")).status()).isEqualTo(400);
        assertThat(api.post("/v1/voice/book", j("{'call_id':'c','datum':42}")).status()).isEqualTo(400);
    }
}
