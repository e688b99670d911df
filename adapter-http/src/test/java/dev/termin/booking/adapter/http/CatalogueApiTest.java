package dev.termin.booking.adapter.http;

import static dev.termin.booking.adapter.http.Http.j;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Catalogue CRUD through the real server, on the empty tenant {@code acme}. */
class CatalogueApiTest {

    static TestServer ts;
    static Http api;

    @BeforeAll
    static void start() {
        ts = new TestServer();
        api = ts.acme;
    }

    @AfterAll
    static void stop() {
        ts.close();
    }

    @Test
    void company_putThenGet() {
        assertThat(api.get("/v1/company").status()).isEqualTo(404);
        Http.Resp created = api.put("/v1/company", j("{'name':'Acme Friseure','policy':{'minimumNotice':'PT1H',"
                + "'maximumAdvance':'P30D','maxReschedules':2}}"));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        Http.Resp read = api.get("/v1/company");
        assertThat(read.json().get("id").asText()).isEqualTo("acme");
        assertThat(read.json().get("policy").get("maximumAdvance").asText()).isEqualTo("PT720H");
        assertThat(read.json().get("policy").get("maxReschedules").asInt()).isEqualTo(2);
        assertThat(api.put("/v1/company", j("{'name':'Acme Friseure'}")).status()).isEqualTo(200);
        assertThat(api.put("/v1/company", j("{'name':'x','policy':{'minimumNotice':'two hours'}}")).status())
                .isEqualTo(400);
    }

    @Test
    void branch_staff_service_holiday_lifecycle() {
        // branch with overrides
        Http.Resp branch = api.post("/v1/branches", j("{'id':'nord','name':'Acme Nord','timeZone':'Europe/Berlin',"
                + "'openingHours':{'weekly':{'monday':['09:00-12:00','13:00-18:00'],'saturday':['10:00-14:00']},"
                + "'overrides':[{'date':'2026-12-24','windows':['09:00-12:00'],'note':'Heiligabend'}]}}"));
        assertThat(branch.status()).as(branch.text()).isEqualTo(201);
        assertThat(branch.json().get("openingHours").get("weekly").get("monday")).hasSize(2);
        assertThat(api.post("/v1/branches", j("{'id':'nord','name':'again','timeZone':'Europe/Berlin'}")).status())
                .isEqualTo(409);
        assertThat(api.get("/v1/branches/nord").json().get("openingHours").get("overrides").get(0).get("note")
                .asText()).isEqualTo("Heiligabend");
        assertThat(api.get("/v1/branches").json()).hasSize(1);

        // plain and composite services
        Http.Resp cut = api.post("/v1/services", j("{'id':'cut','name':'Schnitt','durationMinutes':45,"
                + "'price':{'minorUnits':4000,'currency':'EUR'},'bufferAfterMinutes':10,'slotIntervalMinutes':15,"
                + "'policy':{'holdLifetime':'PT3M'}}"));
        assertThat(cut.status()).as(cut.text()).isEqualTo(201);
        assertThat(cut.json().get("policy").get("holdLifetime").asText()).isEqualTo("PT3M");
        Http.Resp colour = api.post("/v1/services", j("{'id':'colour','name':'Farbe','composite':{'pausePolicy':"
                + "'flexible','steps':[{'type':'work','key':'apply','name':'Auftragen','minutes':30},"
                + "{'type':'pause','minutes':40},{'type':'work','key':'wash','name':'Waschen','minutes':15}]}}"));
        assertThat(colour.status()).as(colour.text()).isEqualTo(201);
        assertThat(colour.json().get("durationMinutes").asInt()).isEqualTo(85);
        assertThat(colour.json().get("composite").get("pausePolicy").asText()).isEqualTo("flexible");
        assertThat(api.get("/v1/services").json()).hasSize(2);

        // staff with hours, breaks and time off
        Http.Resp staff = api.post("/v1/staff", j("{'id':'lena','branch':'nord','name':'Lena','aliases':['Leni'],"
                + "'services':['cut','colour'],'workingHours':{'monday':['09:00-18:00']},"
                + "'breaks':{'monday':['12:00-12:30']},'timeOff':[{'start':'2026-07-01T00:00','end':"
                + "'2026-07-15T00:00','reason':'Urlaub'}]}"));
        assertThat(staff.status()).as(staff.text()).isEqualTo(201);
        assertThat(staff.json().get("timeOff").get(0).get("startUtc").asText()).isEqualTo("2026-06-30T22:00:00Z");
        assertThat(api.get("/v1/staff?branch=nord").json()).hasSize(1);
        assertThat(api.get("/v1/staff/lena").json().get("aliases").get(0).asText()).isEqualTo("Leni");
        assertThat(api.post("/v1/staff", j("{'id':'max','branch':'sued','name':'Max'}")).status()).isEqualTo(400);
        assertThat(api.post("/v1/staff", j("{'id':'max','branch':'nord','name':'Max','services':['nope']}")).status())
                .isEqualTo(400);

        // update with PUT
        Http.Resp renamed = api.put("/v1/staff/lena", j("{'branch':'nord','name':'Lena M.','services':['cut']}"));
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(api.get("/v1/staff/lena").json().get("name").asText()).isEqualTo("Lena M.");
        assertThat(api.put("/v1/staff/lena", j("{'id':'other','branch':'nord','name':'x'}")).status()).isEqualTo(400);

        // holidays
        Http.Resp holiday = api.post("/v1/holidays", j("{'id':'inventur','branch':'nord','name':'Inventur',"
                + "'type':'maintenance','firstDay':'2026-08-03','lastDay':'2026-08-04'}"));
        assertThat(holiday.status()).as(holiday.text()).isEqualTo(201);
        assertThat(api.get("/v1/holidays/inventur").json().get("type").asText()).isEqualTo("maintenance");
        assertThat(api.put("/v1/holidays/inventur", j("{'name':'Inventur','firstDay':'2026-08-03',"
                + "'recurringYearly':true}")).status()).isEqualTo(200);
        assertThat(api.get("/v1/holidays").json()).hasSize(1);
        assertThat(api.post("/v1/holidays", j("{'id':'bad','name':'x','firstDay':'2026-08-04','lastDay':"
                + "'2026-08-01'}")).status()).isEqualTo(400);

        // deletes: a branch with staff is refused, then everything goes
        assertThat(api.delete("/v1/branches/nord").status()).isEqualTo(409);
        assertThat(api.delete("/v1/holidays/inventur").status()).isEqualTo(204);
        assertThat(api.delete("/v1/staff/lena").status()).isEqualTo(204);
        assertThat(api.delete("/v1/services/colour").status()).isEqualTo(204);
        assertThat(api.delete("/v1/services/cut").status()).isEqualTo(204);
        assertThat(api.delete("/v1/branches/nord").status()).isEqualTo(204);
        assertThat(api.delete("/v1/branches/nord").status()).isEqualTo(404);
        assertThat(api.get("/v1/staff/lena").status()).isEqualTo(404);
        assertThat(api.get("/v1/services/cut").status()).isEqualTo(404);
        assertThat(api.get("/v1/holidays/inventur").status()).isEqualTo(404);
    }

    @Test
    void invalidCatalogueData_is400() {
        assertThat(api.post("/v1/branches", j("{'id':'x','name':'X','timeZone':'Mars/Olympus'}")).code())
                .isEqualTo("invalid_data");
        assertThat(api.post("/v1/branches", j("{'id':'x','name':'X','timeZone':'UTC','openingHours':{'weekly':"
                + "{'funday':['09:00-10:00']}}}")).status()).isEqualTo(400);
        assertThat(api.post("/v1/branches", j("{'id':'x','name':'X','timeZone':'UTC','openingHours':{'weekly':"
                + "{'monday':['10:00-09:00']}}}")).status()).isEqualTo(400);
        assertThat(api.post("/v1/services", j("{'id':'s','name':'S','durationMinutes':30,'slotIntervalMinutes':7}"))
                .status()).isEqualTo(400);
        assertThat(api.post("/v1/services", j("{'id':'s','name':'S'}")).code()).isEqualTo("missing_required_field");
        assertThat(api.post("/v1/services", j("{'id':'s','name':'S','composite':{'steps':[{'type':'pause',"
                + "'minutes':10}]}}")).status()).isEqualTo(400);
        assertThat(api.post("/v1/branches", j("{'id':'bad id!','name':'X','timeZone':'UTC'}")).status())
                .isEqualTo(400);
        assertThat(api.get("/v1/branches").json()).isEmpty();
        assertThat(api.get("/v1/services").json()).isEmpty();
    }
}
