package dev.termin.booking.adapter.http;

import static dev.termin.booking.adapter.http.Http.j;
import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.adapter.jdbc.JdbcConfig;
import dev.termin.booking.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Deleting and deactivating branches and staff over HTTP on a database with its foreign keys: the safe delete
 * answers 409 with the appointments first; reassigning moves them to a staff member of another branch; what
 * bookings still name is kept deactivated (200 with {@code kept_for_history}); a deactivated branch offers nothing.
 * Run against H2 and PostgreSQL by the subclasses.
 */
abstract class AbstractBranchChangesApiTest {

    private static final String DAY = TestServer.DAY;
    private AccessServer server;
    private Http api;

    /** A configuration of an empty or migrated database of this test's own. */
    protected abstract JdbcConfig database();

    @BeforeEach
    void start() {
        server = new AccessServer(database(), new MutableClock(TestServer.NOW), false);
        api = server.acme;
        ok(api.put("/v1/company", j("{'name':'Acme Friseure'}")));
        for (String branch : new String[] {"nord", "sued"}) {
            ok(api.post("/v1/branches", j("{'id':'" + branch + "','name':'Acme " + branch + "',"
                    + "'timeZone':'Europe/Berlin','openingHours':{'weekly':{'wednesday':['09:00-18:00']}}}")));
        }
        ok(api.post("/v1/services", j("{'id':'cut','name':'Schnitt','durationMinutes':30}")));
        ok(api.post("/v1/staff", j("{'id':'ida','branch':'nord','name':'Ida','services':['cut'],"
                + "'workingHours':{'wednesday':['09:00-18:00']}}")));
        ok(api.post("/v1/staff", j("{'id':'ole','branch':'sued','name':'Ole','services':['cut'],"
                + "'workingHours':{'wednesday':['09:00-18:00']}}")));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static Http.Resp ok(Http.Resp r) {
        assertThat(r.status()).as(r.text()).isBetween(200, 204);
        return r;
    }

    private String book(String staff, String time) {
        return ok(api.post("/v1/appointments", j("{'service':'cut','staff':'" + staff + "','start':'" + DAY + "T"
                + time + "','customer':{'name':'Kundin','phone':'+4915100000009'}}"))).json().get("id").asText();
    }

    @Test
    void theSafeDeleteAnswers409First_thenReassignsToAnotherBranch_andKeepsWhatStaffStillName() {
        // given
        String id = book("ida", "10:00");
        String start = api.get("/v1/appointments/" + id).json().get("start").asText();

        // when / then: refused, listing the appointment, for the branch and for its staff member
        Http.Resp branch = api.delete("/v1/branches/nord");
        assertThat(branch.status()).isEqualTo(409);
        assertThat(branch.text()).contains(id);
        Http.Resp staff = api.delete("/v1/staff/ida");
        assertThat(staff.status()).isEqualTo(409);
        assertThat(staff.text()).contains(id);
        assertThat(api.delete("/v1/branches/nord?onAppointments=reassign&to=ida").code()).isEqualTo("invalid_data");

        // reassigned to Ole in Süd at the same time; Nord keeps Ida, so it is kept, deactivated
        Http.Resp reassigned = api.delete("/v1/branches/nord?onAppointments=reassign&to=ole");
        assertThat(reassigned.status()).as(reassigned.text()).isEqualTo(200);
        assertThat(reassigned.json().get("warnings").get(0).get("code").asText()).isEqualTo("kept_for_history");
        var moved = api.get("/v1/appointments/" + id).json();
        assertThat(moved.get("staff").asText()).isEqualTo("ole");
        assertThat(moved.get("start").asText()).isEqualTo(start);
        assertThat(api.get("/v1/branches/nord").json().get("active").asBoolean()).isFalse();

        // nothing names Ida any more: she goes for good
        assertThat(api.delete("/v1/staff/ida").status()).isEqualTo(204);
        assertThat(api.get("/v1/staff/ida").status()).isEqualTo(404);
    }

    @Test
    void aDeactivatedBranch_offersNoTimes_butItsAppointmentsKeepWorking() {
        // given
        String id = book("ole", "11:00");

        // when
        assertThat(api.delete("/v1/branches/sued?onAppointments=deactivate").status()).isEqualTo(204);

        // then
        assertThat(api.get("/v1/branches/sued").json().get("active").asBoolean()).isFalse();
        Http.Resp slots = api.get("/v1/availability?service=cut&branch=sued&date=" + DAY);
        assertThat(slots.status()).isEqualTo(400);
        assertThat(slots.code()).isEqualTo("invalid_data");
        assertThat(api.post("/v1/appointments", j("{'service':'cut','staff':'ole','start':'" + DAY
                + "T15:00','customer':{'name':'Kundin','phone':'+4915100000009'}}")).status()).isEqualTo(400);
        assertThat(api.get("/v1/appointments/" + id).json().get("status").asText()).isEqualTo("booked");
        assertThat(api.post("/v1/appointments/" + id + "/cancel", j("{'reason':'Filiale zu'}")).status())
                .isEqualTo(200);
    }
}
