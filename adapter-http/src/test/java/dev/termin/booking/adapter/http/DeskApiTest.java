package dev.termin.booking.adapter.http;

import static dev.termin.booking.adapter.http.Http.j;
import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.adapter.jdbc.testing.TestH2;
import dev.termin.booking.testing.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The console's own routes over HTTP against H2: who the caller is ({@code /v1/me}), the branch's active holds
 * ({@code /v1/holds}) and the desk's customer lookup by phone ({@code /v1/customers/lookup}), each with the roles
 * allowed and refused and the stable codes of bad input.
 */
class DeskApiTest {

    private static AccessServer as;
    private static Http desk;
    private static Http viewer;
    private static Http page;

    @BeforeAll
    static void start() {
        as = new AccessServer(TestH2.newDatabase(), new MutableClock(TestServer.NOW), true);
        desk = as.as(key("desk"));
        viewer = as.as(key("viewer"));
        page = as.as(key("booking-page"));
    }

    @AfterAll
    static void stop() {
        as.close();
    }

    private static String key(String role) {
        Http.Resp r = as.demo.post("/v1/keys", j("{'role':'" + role + "','label':'" + role + " key'}"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("secret").asText();
    }

    @Test
    void me_answersTheRoleAndItsPermissions_forEveryMember_andRefusesTheOperatorAndStrangers() {
        // when
        Http.Resp owner = as.demo.get("/v1/me");
        Http.Resp v = viewer.get("/v1/me");
        Http.Resp p = page.get("/v1/me");

        // then
        assertThat(owner.status()).as(owner.toString()).isEqualTo(200);
        assertThat(owner.json().get("role").asText()).isEqualTo("owner");
        assertThat(owner.json().get("permissions").toString()).contains("\"manage_keys\"", "\"book\"");
        assertThat(v.json().get("role").asText()).isEqualTo("viewer");
        assertThat(v.json().get("label").asText()).isEqualTo("viewer key");
        assertThat(v.json().get("permissions").toString()).contains("\"read_appointments\"")
                .doesNotContain("\"book\"", "\"read_contact_details\"", "\"change_appointments\"");
        assertThat(p.json().get("role").asText()).isEqualTo("booking-page");
        assertThat(as.as(AccessServer.OPERATOR_KEY).get("/v1/me").status()).isEqualTo(403);
        assertThat(as.anonymous.get("/v1/me").status()).isEqualTo(401);
    }

    @Test
    void me_followsTheTenantsPolicy_forTheDesksDeadlineOverride() {
        // given the desk without the override
        assertThat(desk.get("/v1/me").json().get("permissions").toString()).doesNotContain("override_deadlines");

        // when the owner allows it
        assertThat(as.demo.put("/v1/access-policy", j("{'deskMayOverrideDeadlines':true}")).status()).isEqualTo(200);

        // then the desk's permissions say so
        try {
            assertThat(desk.get("/v1/me").json().get("permissions").toString()).contains("\"override_deadlines\"");
        } finally {
            as.demo.put("/v1/access-policy", j("{'deskMayOverrideDeadlines':false}"));
        }
    }

    @Test
    void holds_showTheDaysActiveHoldsWithoutTokenOrOwner_untilBookedOrExpired() {
        // given a hold placed by the booking page on Wednesday at 14:00
        Http.Resp held = page.post("/v1/holds", j("{'service':'haircut','staff':'jonas','start':'"
                + TestServer.DAY + "T14:00','owner':'browser-7','lifetimeSeconds':120}"));
        assertThat(held.status()).as(held.toString()).isEqualTo(201);

        // when the desk and a viewer read the day
        Http.Resp day = desk.get("/v1/holds?from=" + TestServer.DAY);
        Http.Resp week = viewer.get("/v1/holds?from=2026-06-15&to=2026-06-21&staff=jonas");

        // then both see it, without the token or the owner
        assertThat(day.status()).as(day.toString()).isEqualTo(200);
        assertThat(day.json()).hasSize(1);
        assertThat(day.json().get(0).get("staff").asText()).isEqualTo("jonas");
        assertThat(day.json().get(0).get("start").asText()).startsWith(TestServer.DAY + "T14:00");
        assertThat(day.json().get(0).get("expiresAt").asText()).isNotEmpty();
        assertThat(day.text()).doesNotContain(held.json().get("token").asText()).doesNotContain("browser-7");
        assertThat(week.json()).hasSize(1);
        assertThat(desk.get("/v1/holds?from=" + TestServer.DAY + "&staff=maria").json()).isEmpty();

        // and when it expires, it is gone
        as.clock.advance(Duration.ofMinutes(3));
        assertThat(desk.get("/v1/holds?from=" + TestServer.DAY).json()).isEmpty();
    }

    @Test
    void holds_refuseRolesWithoutTheSchedule_andBadRangesWithStableCodes() {
        assertThat(page.get("/v1/holds?from=" + TestServer.DAY).status()).isEqualTo(403);
        assertThat(page.get("/v1/holds?from=" + TestServer.DAY).code()).isEqualTo("forbidden");
        assertThat(desk.get("/v1/holds").code()).isEqualTo("missing_required_field");
        assertThat(desk.get("/v1/holds?from=17.06.2026").code()).isEqualTo("invalid_data");
        assertThat(desk.get("/v1/holds?from=2026-06-17&to=2026-06-16").code()).isEqualTo("invalid_data");
        assertThat(desk.get("/v1/holds?from=2026-06-01&to=2026-06-30").status()).isEqualTo(400);
        assertThat(desk.get("/v1/holds?from=2026-06-17&staff=nobody").status()).isEqualTo(404);
    }

    @Test
    void lookup_findsTheCustomerByAGermanNumber_withHistoryAndNoShows_forTheDeskOnly() {
        // given two appointments of Clara (one missed) on Monday, and Bert's
        Http.Resp missed = as.demo.post("/v1/appointments", j("{'service':'haircut','staff':'maria','start':"
                + "'2026-06-15T10:30','customer':{'name':'Clara Vogt','phone':'+49 151 7777777'}}"));
        as.demo.post("/v1/appointments", j("{'service':'haircut','staff':'emma','start':'" + TestServer.DAY
                + "T10:30','customer':{'name':'Clara Vogt','phone':'0151/7777777','email':'clara@example.com'}}"));
        as.demo.post("/v1/appointments", j("{'service':'haircut','staff':'emma','start':'" + TestServer.DAY
                + "T12:00','customer':{'name':'Bert','phone':'0160 9999999'}}"));
        MutableClock clock = as.clock;
        clock.advance(Duration.ofHours(3));
        Http.Resp marked = desk.post("/v1/appointments/" + missed.json().get("id").asText() + "/no-show",
                j("{}"));
        assertThat(marked.status()).as(marked.toString()).isEqualTo(200);

        // when the desk types the number as people say it
        Http.Resp found = desk.get("/v1/customers/lookup?phone=0151%20777%207777");

        // then
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        assertThat(found.json().at("/customer/name").asText()).isEqualTo("Clara Vogt");
        assertThat(found.json().at("/customer/phone").asText()).isEqualTo("+491517777777");
        assertThat(found.json().at("/customer/email").asText()).isEqualTo("clara@example.com");
        assertThat(found.json().get("noShows").asInt()).isEqualTo(1);
        assertThat(found.json().get("appointmentCount").asInt()).isEqualTo(2);
        assertThat(found.json().at("/appointments/0/start").asText()).startsWith(TestServer.DAY);
        assertThat(found.json().at("/appointments/1/status").asText()).isEqualTo("no_show");
        assertThat(found.text()).doesNotContain("Bert");
    }

    @Test
    void lookup_refusesAViewer_andAnswersStableCodesForBadOrUnknownNumbers() {
        assertThat(viewer.get("/v1/customers/lookup?phone=01517777777").status()).isEqualTo(403);
        assertThat(page.get("/v1/customers/lookup?phone=01517777777").code()).isEqualTo("forbidden");
        assertThat(desk.get("/v1/customers/lookup").code()).isEqualTo("missing_required_field");
        assertThat(desk.get("/v1/customers/lookup?phone=abc").code()).isEqualTo("invalid_data");
        Http.Resp unknown = desk.get("/v1/customers/lookup?phone=0170%201234567");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("not_found");
    }
}
