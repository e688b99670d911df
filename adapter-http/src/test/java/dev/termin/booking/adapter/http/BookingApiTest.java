package dev.termin.booking.adapter.http;

import static dev.termin.booking.adapter.http.Http.j;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Availability, holds, appointments and the waitlist through the real server. */
class BookingApiTest {

    static TestServer ts;
    static Http api;

    @BeforeAll
    static void start() {
        ts = new TestServer();
        api = ts.demo;
    }

    @AfterAll
    static void stop() {
        ts.close();
    }

    static String holdBody(String time, String staff, String owner) {
        return j("{'service':'haircut','staff':'" + staff + "','start':'" + TestServer.DAY + "T" + time
                + "','owner':'" + owner + "'}");
    }

    static String customer() {
        return "{'name':'Anna Becker','phone':'0151 2345678','email':'anna@example.com'}";
    }

    @Test
    void availability_listsSlotsWithBranchOffsetAndUtc() {
        // when
        Http.Resp r = api.get("/v1/availability?service=haircut&staff=maria&date=" + TestServer.DAY);

        // then
        assertThat(r.status()).isEqualTo(200);
        JsonNode first = r.json().get("slots").get(0);
        assertThat(first.get("start").asText()).isEqualTo("2026-06-17T09:00:00+02:00");
        assertThat(first.get("startUtc").asText()).isEqualTo("2026-06-17T07:00:00Z");
        assertThat(first.get("staff").asText()).isEqualTo("maria");
        assertThat(first.get("segments").get(0).get("staff").asText()).isEqualTo("maria");
        assertThat(r.json().get("timeZone").asText()).isEqualTo("Europe/Berlin");
    }

    @Test
    void availability_overDateRange_andCompositeSegments() {
        Http.Resp r = api.get("/v1/availability?service=root-colour&staff=emma&from=2026-06-17&to=2026-06-18");
        assertThat(r.status()).isEqualTo(200);
        JsonNode segs = r.json().get("slots").get(0).get("segments");
        assertThat(segs).hasSize(4);
        assertThat(segs.get(3).get("label").asText()).isEqualTo("4 von 4");
    }

    @Test
    void availability_errors() {
        assertThat(api.get("/v1/availability?staff=maria&date=2026-06-17").code())
                .isEqualTo("missing_required_field");
        assertThat(api.get("/v1/availability?service=nope&date=2026-06-17").status()).isEqualTo(404);
        assertThat(api.get("/v1/availability?service=haircut&staff=ghost&date=2026-06-17").status())
                .isEqualTo(404);
        assertThat(api.get("/v1/availability?service=haircut&date=17.06.2026").status()).isEqualTo(400);
        assertThat(api.get("/v1/availability?service=haircut&from=2026-06-20&to=2026-06-17").status())
                .isEqualTo(400);
    }

    @Test
    void explain_givesReasons_andNext_givesAlternatives() {
        // given a booking at 11:00 with Jonas
        Http.Resp booked = api.post("/v1/appointments", j("{'service':'haircut','staff':'jonas','start':'"
                + TestServer.DAY + "T11:00','customer':" + customer() + "}"));
        assertThat(booked.status()).isEqualTo(201);

        // when
        Http.Resp why = api.get("/v1/availability/explain?service=haircut&staff=jonas&start=" + TestServer.DAY
                + "T11:00");
        Http.Resp next = api.get("/v1/availability/next?service=haircut&staff=jonas&around=" + TestServer.DAY
                + "T11:00&limit=3");
        Http.Resp sunday = api.get("/v1/availability/explain?service=haircut&staff=jonas&start=2026-06-21T11:00");

        // then
        assertThat(why.status()).isEqualTo(200);
        assertThat(why.json().get("bookable").asBoolean()).isFalse();
        JsonNode reason = why.json().get("reasons").get(0);
        assertThat(reason.get("code").asText()).isEqualTo("appointment_conflict");
        assertThat(reason.get("staff").asText()).isEqualTo("jonas");
        assertThat(next.json().get("slots")).hasSize(3);
        assertThat(sunday.json().get("reasons").get(0).get("code").asText()).isNotBlank();
        assertThat(api.get("/v1/availability/next?service=haircut&around=2026-06-17T11:00&limit=0").status())
                .isEqualTo(400);
        assertThat(api.get("/v1/availability/explain?service=haircut").code()).isEqualTo("missing_required_field");
    }

    @Test
    void hold_confirm_releases_andErrorStatuses() {
        // hold
        Http.Resp hold = api.post("/v1/holds", holdBody("10:00", "emma", "call-1"));
        assertThat(hold.status()).as(hold.text()).isEqualTo(201);
        String token = hold.json().get("token").asText();
        assertThat(hold.json().get("expiresAt").asText()).endsWith("+02:00");
        assertThat(hold.header("Location")).isEqualTo("/v1/holds/" + token);
        assertThat(api.get("/v1/holds/" + token).json().get("status").asText()).isEqualTo("active");

        // taken for another owner
        Http.Resp taken = api.post("/v1/holds", holdBody("10:00", "emma", "call-2"));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.code()).isEqualTo("slot_unavailable");
        assertThat(taken.contentType()).startsWith("application/problem+json");

        // confirm by another owner: 403
        Http.Resp wrongOwner = api.post("/v1/holds/" + token + "/confirm", j("{'owner':'call-2','customer':"
                + customer() + "}"));
        assertThat(wrongOwner.status()).isEqualTo(403);
        assertThat(wrongOwner.code()).isEqualTo("reservation_owner_mismatch");

        // unknown token: 404
        Http.Resp unknown = api.post("/v1/holds/7b0f1d1e-2a7f-4a4a-9a59-0d8f0c8e0d11/confirm",
                j("{'owner':'call-1','customer':" + customer() + "}"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("reservation_not_found");

        // confirm: 201 appointment
        Http.Resp confirmed = api.post("/v1/holds/" + token + "/confirm", j("{'owner':'call-1','customer':"
                + customer() + "}"));
        assertThat(confirmed.status()).isEqualTo(201);
        assertThat(confirmed.json().get("fromHold").asText()).isEqualTo(token);
        assertThat(confirmed.json().get("customer").get("phone").asText()).isEqualTo("+491512345678");

        // release: hold of another time, then delete
        String t2 = api.post("/v1/holds", holdBody("15:00", "emma", "call-3")).json().get("token").asText();
        assertThat(api.delete("/v1/holds/" + t2).code()).isEqualTo("missing_required_field");
        assertThat(api.delete("/v1/holds/" + t2 + "?owner=call-4").status()).isEqualTo(403);
        Http.Resp released = api.delete("/v1/holds/" + t2 + "?owner=call-3");
        assertThat(released.status()).isEqualTo(200);
        assertThat(released.json().get("status").asText()).isEqualTo("cancelled");
        assertThat(api.get("/v1/holds/not-a-uuid").status()).isEqualTo(400);
    }

    @Test
    void expiredHold_confirmIs410() {
        // given a hold that lives one second
        Http.Resp hold = api.post("/v1/holds", j("{'service':'blow-dry','staff':'jonas','start':'" + TestServer.DAY
                + "T16:00','owner':'call-exp','lifetimeSeconds':1}"));
        assertThat(hold.status()).isEqualTo(201);
        String token = hold.json().get("token").asText();
        ts.clock.advance(Duration.ofSeconds(2));
        try {
            // when
            Http.Resp r = api.post("/v1/holds/" + token + "/confirm", j("{'owner':'call-exp','customer':"
                    + customer() + "}"));
            // then
            assertThat(r.status()).isEqualTo(410);
            assertThat(r.code()).isEqualTo("reservation_expired");
        } finally {
            ts.clock.advance(Duration.ofSeconds(-2));
        }
    }

    @Test
    void appointments_book_read_list_reschedule_cancel_flow() {
        // book
        Http.Resp booked = api.post("/v1/appointments", j("{'service':'haircut','staff':'maria','start':'"
                + TestServer.DAY + "T14:00','customer':" + customer() + ",'notes':'kurz','source':'web'}"),
                Map.of("X-Correlation-Id", "flow-test-1"));
        assertThat(booked.status()).as(booked.text()).isEqualTo(201);
        assertThat(booked.header("X-Correlation-Id")).isEqualTo("flow-test-1");
        String id = booked.json().get("id").asText();
        assertThat(booked.json().get("correlationId").asText()).isEqualTo("flow-test-1");
        assertThat(booked.json().get("startUtc").asText()).isEqualTo("2026-06-17T12:00:00Z");

        // the same time again
        Http.Resp again = api.post("/v1/appointments", j("{'service':'haircut','staff':'maria','start':'"
                + TestServer.DAY + "T14:00','customer':" + customer() + "}"));
        assertThat(again.status()).isEqualTo(409);

        // read and list
        assertThat(api.get("/v1/appointments/" + id).json().get("status").asText()).isEqualTo("booked");
        assertThat(api.get("/v1/appointments/unknown-id").status()).isEqualTo(404);
        Http.Resp list = api.get("/v1/appointments?staff=maria&from=" + TestServer.DAY + "&to=" + TestServer.DAY);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().findValuesAsText("id")).contains(id);

        // reschedule
        Http.Resp moved = api.post("/v1/appointments/" + id + "/reschedule", j("{'start':'2026-06-18T09:30'}"));
        assertThat(moved.status()).as(moved.text()).isEqualTo(200);
        assertThat(moved.json().get("start").asText()).isEqualTo("2026-06-18T09:30:00+02:00");
        assertThat(moved.json().get("rescheduleCount").asInt()).isEqualTo(1);

        // flow
        Http.Resp flow = api.get("/v1/appointments/" + id + "/flow");
        assertThat(flow.json().get("events").findValuesAsText("step")).contains("booking.created");

        // cancel (well before the deadline), twice
        Http.Resp cancelled = api.post("/v1/appointments/" + id + "/cancel", j("{'reason':'krank'}"));
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asText()).isEqualTo("cancelled");
        Http.Resp twice = api.post("/v1/appointments/" + id + "/cancel", "");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.code()).isEqualTo("invalid_state");
    }

    @Test
    void policyViolation_is422_tooShortNotice() {
        Http.Resp r = api.post("/v1/appointments", j("{'service':'haircut','staff':'maria','start':'2026-06-15T09:00',"
                + "'customer':" + customer() + "}"));
        assertThat(r.status()).isIn(409, 422);
    }

    @Test
    void cancelInsideDeadline_isPolicyViolation422() {
        // given a booking this afternoon (inside the 24 h cancellation deadline)
        Http.Resp booked = api.post("/v1/appointments", j("{'service':'blow-dry','staff':'emma','start':"
                + "'2026-06-15T15:00','customer':" + customer() + "}"));
        assertThat(booked.status()).as(booked.text()).isEqualTo(201);
        String id = booked.json().get("id").asText();

        Http.Resp r = api.post("/v1/appointments/" + id + "/cancel", "{}");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.code()).isEqualTo("policy_violation");
        assertThat(api.post("/v1/appointments/" + id + "/cancel", j("{'override':true}")).status()).isEqualTo(200);
    }

    @Test
    void waitlist_join_list_read_leave() {
        Http.Resp joined = api.post("/v1/waitlist", j("{'service':'haircut','staff':'maria','customer':"
                + customer() + ",'firstDay':'2026-06-17','lastDay':'2026-06-30','weekdays':['wednesday'],"
                + "'times':['09:00-12:00'],'priority':5}"));
        assertThat(joined.status()).as(joined.text()).isEqualTo(201);
        String id = joined.json().get("id").asText();
        assertThat(api.get("/v1/waitlist?service=haircut").json().findValuesAsText("id")).contains(id);
        assertThat(api.get("/v1/waitlist/" + id).json().get("priority").asInt()).isEqualTo(5);
        Http.Resp left = api.delete("/v1/waitlist/" + id);
        assertThat(left.status()).isEqualTo(200);
        assertThat(api.delete("/v1/waitlist/" + id).status()).isEqualTo(404);
        assertThat(api.get("/v1/waitlist/" + id).status()).isEqualTo(404);
        assertThat(api.post("/v1/waitlist", j("{'service':'haircut','customer':" + customer()
                + ",'firstDay':'2026-06-30','lastDay':'2026-06-01'}")).status()).isEqualTo(400);
    }
}
