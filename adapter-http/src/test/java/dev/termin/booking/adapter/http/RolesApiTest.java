package dev.termin.booking.adapter.http;

import static dev.termin.booking.adapter.http.Http.j;
import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.adapter.http.internal.Ownership;
import dev.termin.booking.adapter.jdbc.testing.TestH2;
import dev.termin.booking.domain.access.Role;
import dev.termin.booking.testing.MutableClock;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What each role sees and may do over HTTP, beyond admission: redacted views, own appointments, overrides, audit. */
class RolesApiTest {

    static final String ANNA = "{'name':'Anna','phone':'+491512345678','email':'anna@example.com'}";

    static AccessServer as;
    static Http viewer;
    static Http page;
    static Http assistant;
    static Http desk;

    @BeforeAll
    static void start() {
        as = new AccessServer(TestH2.newDatabase(), new MutableClock(TestServer.NOW), true);
        viewer = as.as(as.createKey(Role.VIEWER));
        page = as.as(as.createKey(Role.BOOKING_PAGE, "https://salon.example"));
        assistant = as.as(as.createKey(Role.ASSISTANT));
        desk = as.as(as.createKey(Role.DESK));
    }

    @AfterAll
    static void stop() {
        as.close();
    }

    private static String book(Http who, String start) {
        Http.Resp r = who.post("/v1/appointments", j("{'service':'haircut','staff':'maria','start':'" + start
                + "','customer':" + ANNA + "}"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asText();
    }

    @Test
    void viewer_seesAppointments_withoutPhoneOrEmail() {
        // given
        String id = book(as.demo, TestServer.DAY + "T09:00");

        // when
        Http.Resp seenByViewer = viewer.get("/v1/appointments/" + id);
        Http.Resp listedForViewer = viewer.get("/v1/appointments?from=" + TestServer.DAY + "&to=" + TestServer.DAY);

        // then
        assertThat(seenByViewer.json().at("/customer/name").asText()).isEqualTo("Anna");
        assertThat(seenByViewer.json().get("customer").has("phone")).isFalse();
        assertThat(seenByViewer.json().get("customer").has("email")).isFalse();
        assertThat(listedForViewer.text()).doesNotContain("+491512345678").doesNotContain("anna@example.com");
        assertThat(as.demo.get("/v1/appointments/" + id).json().at("/customer/phone").asText())
                .isEqualTo("+491512345678");
    }

    @Test
    void bookingPage_seesPublicCatalogueFields_books_andReachesNoAppointment() {
        // when
        Http.Resp staff = page.get("/v1/staff/maria");
        Http.Resp hold = page.post("/v1/holds", j("{'service':'haircut','staff':'emma','start':'" + TestServer.DAY
                + "T15:00','owner':'browser-1'}"));
        Http.Resp confirmed = page.post("/v1/holds/" + hold.json().get("token").asText() + "/confirm",
                j("{'owner':'browser-1','customer':" + ANNA + "}"));

        // then
        assertThat(staff.json().get("name").asText()).isEqualTo("Maria");
        assertThat(staff.json().has("workingHours")).isFalse();
        assertThat(staff.json().has("timeOff")).isFalse();
        assertThat(hold.status()).isEqualTo(201);
        assertThat(confirmed.status()).isEqualTo(201);
        assertThat(confirmed.json().get("manageToken").asText()).startsWith("mt_");
        assertThat(confirmed.json().get("manageUrl").asText()).startsWith("/v1/manage/mt_");
        assertThat(page.get("/v1/appointments/" + confirmed.json().get("id").asText()).code()).isEqualTo("forbidden");
        assertThat(page.get("/v1/appointments").code()).isEqualTo("forbidden");
        assertThat(page.get("/v1/waitlist").code()).isEqualTo("forbidden");
    }

    @Test
    void assistant_reachesOnlyTheCallingNumbersAppointments() {
        // given
        String id = book(as.demo, TestServer.DAY + "T11:00");
        Map<String, String> anna = Map.of(Ownership.CALLER_PHONE_HEADER, "0151 2345678");
        Map<String, String> other = Map.of(Ownership.CALLER_PHONE_HEADER, "+491609999999");

        // when
        Http.Resp own = assistant.send("GET", "/v1/appointments/" + id, null, anna);
        Http.Resp foreign = assistant.send("GET", "/v1/appointments/" + id, null, other);
        Http.Resp noNumber = assistant.get("/v1/appointments/" + id);
        Http.Resp cancelForeign = assistant.send("POST", "/v1/appointments/" + id + "/cancel", "{}", other);
        Http.Resp cancelOwn = assistant.send("POST", "/v1/appointments/" + id + "/cancel", "{}", anna);

        // then
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().get("customer").has("phone")).isFalse();
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(noNumber.code()).isEqualTo("forbidden");
        assertThat(cancelForeign.status()).isEqualTo(404);
        assertThat(cancelOwn.status()).isEqualTo(200);
        assertThat(cancelOwn.json().get("status").asText()).isEqualTo("cancelled");
    }

    @Test
    void assistant_findsTheCallingNumbersUpcomingAppointments_only() {
        // given
        String id = book(as.demo, TestServer.DAY + "T17:00");

        // when
        Http.Resp anna = assistant.send("GET", "/v1/caller/appointments", null,
                Map.of(Ownership.CALLER_PHONE_HEADER, "+491512345678"));
        Http.Resp other = assistant.send("GET", "/v1/caller/appointments", null,
                Map.of(Ownership.CALLER_PHONE_HEADER, "+491609999999"));

        // then
        assertThat(anna.json().findValuesAsText("id")).contains(id);
        assertThat(anna.text()).doesNotContain("+491512345678");
        assertThat(other.json()).isEmpty();
        assertThat(assistant.get("/v1/caller/appointments").code()).isEqualTo("forbidden");
    }

    @Test
    void desk_overridesADeadline_onlyWhenTheTenantsPolicyAllowsIt() {
        // given an appointment today, inside the 24 h cancellation deadline
        String id = book(as.demo, "2026-06-15T14:00");

        // when
        Http.Resp withinPolicy = desk.post("/v1/appointments/" + id + "/cancel", "{}");
        Http.Resp overrideRefused = desk.post("/v1/appointments/" + id + "/cancel", j("{'override':true}"));
        Http.Resp policy = as.demo.put("/v1/access-policy", j("{'deskMayOverrideDeadlines':true}"));
        Http.Resp overrideAllowed = desk.post("/v1/appointments/" + id + "/cancel", j("{'override':true}"));
        as.demo.put("/v1/access-policy", j("{'deskMayOverrideDeadlines':false}"));

        // then
        assertThat(withinPolicy.code()).isEqualTo("policy_violation");
        assertThat(overrideRefused.code()).isEqualTo("forbidden");
        assertThat(policy.json().at("/accessPolicy/deskMayOverrideDeadlines").asBoolean()).isTrue();
        assertThat(overrideAllowed.status()).as(overrideAllowed.toString()).isEqualTo(200);
    }

    @Test
    void owner_readsTheAuditLog_withWhoWhatAndCorrelationId() {
        // given
        String id = book(as.demo, TestServer.DAY + "T16:00");
        desk.post("/v1/appointments/" + id + "/cancel", "{}", Map.of("X-Correlation-Id", "audit-corr-1"));

        // when
        Http.Resp audit = as.demo.get("/v1/audit?limit=50");

        // then
        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.json().findParents("correlationId").stream()
                .filter(e -> e.get("correlationId").asText().equals("audit-corr-1")).findFirst()).hasValueSatisfying(
                        e -> {
                            assertThat(e.get("action").asText()).isEqualTo("api.cancel_appointment");
                            assertThat(e.get("target").asText()).isEqualTo(id);
                            assertThat(e.get("role").asText()).isEqualTo("desk");
                            assertThat(e.get("actor").asText()).startsWith("key:");
                        });
        assertThat(desk.get("/v1/audit").code()).isEqualTo("forbidden");
    }
}
