package dev.termin.booking.adapter.http;

import static dev.termin.booking.adapter.http.Http.j;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The scheduling model over HTTP, on the empty tenant {@code acme}: scheduling settings and default buffers,
 * resources, blocks, date exceptions, several staff, merged windows, moving, and attendance with the no-show count.
 */
class SchedulingApiTest {

    static TestServer ts;
    static Http api;
    static final String DAY = TestServer.DAY;

    @BeforeAll
    static void start() {
        ts = new TestServer();
        api = ts.acme;
        ok(api.put("/v1/company", j("{'name':'Acme Friseure','scheduling':{'bufferPlacement':'working_time',"
                + "'limits':{'staffAppointmentsPerDay':6,'minimumGapMinutes':0}}}")));
        ok(api.post("/v1/branches", j("{'id':'nord','name':'Acme Nord','timeZone':'Europe/Berlin',"
                + "'openingHours':{'weekly':{'wednesday':['09:00-13:00','12:00-18:00']}}}")));
        ok(api.put("/v1/branches/nord/resources/wash-basin", j("{'name':'Waschbecken','count':1}")));
        ok(api.post("/v1/services", j("{'id':'wash','name':'Waschen','durationMinutes':30,"
                + "'resources':[{'type':'wash-basin','units':1}]}")));
        ok(api.post("/v1/services", j("{'id':'bridal','name':'Brautstyling','durationMinutes':60,'staffCount':2,"
                + "'grid':'free_range','slotIntervalMinutes':50,'maxPerDay':1}")));
        for (String who : List.of("lena", "mia", "tom")) {
            ok(api.post("/v1/staff", j("{'id':'" + who + "','branch':'nord','name':'" + who + "',"
                    + "'services':['wash','bridal'],'workingHours':{'wednesday':['09:00-13:00','12:30-18:00']}}")));
        }
    }

    @AfterAll
    static void stop() {
        ts.close();
    }

    private static Http.Resp ok(Http.Resp r) {
        assertThat(r.status()).as(r.text()).isBetween(200, 201);
        return r;
    }

    private static List<String> starts(Http.Resp availability) {
        List<String> out = new ArrayList<>();
        availability.json().get("slots").forEach(s -> out.add(s.get("start").asText().substring(11, 16)));
        return out;
    }

    private static Http.Resp book(String service, String staff, String time, String phone) {
        return api.post("/v1/appointments", j("{'service':'" + service + "','staff':'" + staff + "','start':'" + DAY
                + "T" + time + "','customer':{'name':'Kundin','phone':'" + phone + "'}}"));
    }

    @Test
    void catalogueRoutesCarryTheSchedulingModel_andOverlappingWindowsAreMerged() {
        JsonNode company = api.get("/v1/company").json().get("scheduling");
        assertThat(company.get("bufferPlacement").asText()).isEqualTo("working_time");
        assertThat(company.get("defaultBufferAfterMinutes").asInt()).isZero();
        assertThat(company.get("limits").get("staffAppointmentsPerDay").asInt()).isEqualTo(6);

        JsonNode wash = api.get("/v1/services/wash").json();
        assertThat(wash.get("bufferAfterMinutes").asInt()).as("no company default: no buffer").isZero();
        assertThat(wash.get("resources").get(0).get("type").asText()).isEqualTo("wash-basin");
        JsonNode bridal = api.get("/v1/services/bridal").json();
        assertThat(bridal.get("staffCount").asInt()).isEqualTo(2);
        assertThat(bridal.get("grid").asText()).isEqualTo("free_range");
        assertThat(bridal.get("maxPerDay").asInt()).isEqualTo(1);

        assertThat(api.get("/v1/branches/nord").json().get("openingHours").get("weekly").get("wednesday"))
                .extracting(JsonNode::asText).containsExactly("09:00-18:00");
        assertThat(api.get("/v1/staff/lena").json().get("workingHours").get("wednesday"))
                .extracting(JsonNode::asText).containsExactly("09:00-18:00");
        assertThat(api.get("/v1/branches/nord/resources").json().get(0).get("count").asInt()).isEqualTo(1);
        assertThat(api.put("/v1/branches/nord/resources/wash-basin", j("{'count':0}")).status()).isEqualTo(400);
        assertThat(api.post("/v1/services", j("{'id':'x','name':'x','durationMinutes':30,'grid':'hex'}")).code())
                .isEqualTo("invalid_data");
    }

    @Test
    void theLastBasin_isExplainedAsResourceUnavailable() {
        ok(book("wash", "lena", "15:00", "+4915100000001"));

        Http.Resp why = api.get("/v1/availability/explain?service=wash&staff=mia&start=" + DAY + "T15:00");

        assertThat(why.json().get("reasons").get(0).get("code").asText()).isEqualTo("resource_unavailable");
        assertThat(book("wash", "mia", "15:00", "+4915100000002").status()).isEqualTo(409);
    }

    @Test
    void aBlockAndADateException_takeTimeAway() {
        ok(api.put("/v1/branches/nord/blocks/meeting", j("{'date':'" + DAY + "','window':'16:00-17:00',"
                + "'name':'Teambesprechung'}")));
        ok(api.put("/v1/staff/tom", j("{'branch':'nord','name':'tom','services':['wash','bridal'],"
                + "'workingHours':{'wednesday':['09:00-18:00']},'dateExceptions':[{'date':'" + DAY
                + "','mode':'replace','windows':['09:00-10:00']}]}")));

        assertThat(api.get("/v1/branches/nord/blocks").json().get(0).get("window").asText()).isEqualTo("16:00-17:00");
        assertThat(api.get("/v1/staff/tom").json().get("dateExceptions").get(0).get("mode").asText())
                .isEqualTo("replace");
        assertThat(api.get("/v1/availability/explain?service=wash&staff=lena&start=" + DAY + "T16:00").json()
                .get("reasons").get(0).get("code").asText()).isEqualTo("time_block");
        assertThat(starts(api.get("/v1/availability?service=wash&staff=tom&date=" + DAY)))
                .containsExactly("09:00", "09:15", "09:30");
        assertThat(api.delete("/v1/branches/nord/blocks/meeting").status()).isEqualTo(204);
    }

    @Test
    void movingAnAppointment_andAttendance_overHttp() {
        Http.Resp booked = ok(book("wash", "mia", "10:00", "+4915100000003"));
        String id = booked.json().get("id").asText();

        // moving: its own time is offered again
        assertThat(starts(api.get("/v1/availability?service=wash&staff=mia&date=" + DAY))).doesNotContain("10:00");
        assertThat(starts(api.get("/v1/availability?service=wash&staff=mia&date=" + DAY + "&moving=" + id)))
                .contains("10:00");
        assertThat(api.get("/v1/availability/explain?service=wash&staff=mia&start=" + DAY + "T10:00&moving=" + id)
                .json().get("bookable").asBoolean()).isTrue();

        // attendance: not before it starts, then a no-show counted for the customer
        assertThat(api.post("/v1/appointments/" + id + "/no-show", "").code()).isEqualTo("invalid_state");
        ts.clock.set(java.time.Instant.parse(DAY + "T08:20:00Z"));
        try {
            Http.Resp missed = ok(api.post("/v1/appointments/" + id + "/no-show", j("{'by':'desk-1'}")));
            assertThat(missed.json().get("status").asText()).isEqualTo("no_show");
            assertThat(missed.json().get("statusChanges").get(0).get("by").asText()).isEqualTo("desk-1");
            assertThat(api.get("/v1/appointments/" + id).json().get("customerNoShows").asInt()).isEqualTo(1);
            assertThat(api.post("/v1/appointments/" + id + "/arrived", "").status()).isEqualTo(409);
            assertThat(api.post("/v1/appointments/nope/completed", "").status()).isEqualTo(404);
        } finally {
            ts.clock.set(TestServer.NOW);
        }
    }

    @Test
    void aServiceCreatedWithoutBuffers_getsTheCompanysDefault() {
        ok(api.put("/v1/company", j("{'name':'Acme Friseure','scheduling':{'defaultBufferAfterMinutes':10}}")));
        try {
            Http.Resp s = ok(api.post("/v1/services", j("{'id':'fringe','name':'Pony','durationMinutes':15}")));
            assertThat(s.json().get("bufferAfterMinutes").asInt()).isEqualTo(10);
            assertThat(Duration.ofMinutes(s.json().get("bufferBeforeMinutes").asInt())).isZero();
        } finally {
            ok(api.put("/v1/company", j("{'name':'Acme Friseure','scheduling':{'bufferPlacement':'working_time',"
                    + "'limits':{'staffAppointmentsPerDay':6}}}")));
        }
    }

    @Test
    void deletingStaffWithFutureAppointments_is409ListingThem_unlessTheRequestSaysWhatToDo() {
        ok(api.post("/v1/staff", j("{'id':'ida','branch':'nord','name':'Ida','services':['wash'],"
                + "'workingHours':{'wednesday':['09:00-18:00']}}")));
        String id = ok(book("wash", "ida", "11:00", "+4915100000004")).json().get("id").asText();

        Http.Resp refused = api.delete("/v1/staff/ida");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text()).contains(id);
        Http.Resp unknown = api.delete("/v1/staff/ida?onAppointments=explode");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text()).contains("refuse, cancel, reassign or deactivate");
        assertThat(api.delete("/v1/staff/ida?onAppointments=reassign").code()).isEqualTo("invalid_data");

        // the cancelled appointment still names Ida: she is kept for its history, no longer bookable
        Http.Resp cancelled = api.delete("/v1/staff/ida?onAppointments=cancel");
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().get("kept").asBoolean()).isTrue();
        assertThat(api.get("/v1/appointments/" + id).json().get("status").asText()).isEqualTo("cancelled");
        assertThat(api.get("/v1/staff/ida").json().get("active").asBoolean()).isFalse();
    }
}
