package dev.termin.booking.adapter.http;

import static dev.termin.booking.adapter.http.Http.j;
import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.adapter.jdbc.testing.TestH2;
import dev.termin.booking.testing.MutableClock;
import org.junit.jupiter.api.Test;

/** The owner exports a customer's data and erases it; the appointments stay, anonymised. */
class CustomerDataApiTest {

    @Test
    void owner_exportsAndErasesACustomer_whoseAppointmentsStayAnonymised() {
        try (AccessServer as = new AccessServer(TestH2.newDatabase(), new MutableClock(TestServer.NOW), true)) {
            // given
            String anna = "{'name':'Anna','phone':'+491512345678','email':'anna@example.com'}";
            Http.Resp first = as.demo.post("/v1/appointments", j("{'service':'haircut','staff':'maria','start':'"
                    + TestServer.DAY + "T09:00','notes':'mag es kurz','customer':" + anna + "}"));
            as.demo.post("/v1/appointments", j("{'service':'haircut','staff':'emma','start':'" + TestServer.DAY
                    + "T09:00','customer':" + anna + "}"));
            Http.Resp bert = as.demo.post("/v1/appointments", j("{'service':'haircut','staff':'maria','start':'"
                    + TestServer.DAY + "T11:00','customer':{'name':'Bert','phone':'+491609999999'}}"));

            // when
            Http.Resp export = as.demo.get("/v1/customers/export?phone=0151%202345678");
            Http.Resp erased = as.demo.post("/v1/customers/erase", j("{'email':'anna@example.com'}"));
            Http.Resp afterwards = as.demo.get("/v1/appointments/" + first.json().get("id").asText());
            Http.Resp exportAgain = as.demo.get("/v1/customers/export?email=anna@example.com");

            // then
            assertThat(export.status()).isEqualTo(200);
            assertThat(export.json().get("appointments")).hasSize(2);
            assertThat(export.json().at("/appointments/0/customer/email").asText()).isEqualTo("anna@example.com");
            assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
            assertThat(erased.json().get("appointments").asInt()).isEqualTo(2);
            assertThat(afterwards.status()).as(afterwards.toString()).isEqualTo(200);
            assertThat(afterwards.json().get("status").asText()).isEqualTo("booked");
            assertThat(afterwards.json().at("/customer/name").asText()).isEqualTo("(erased)");
            assertThat(afterwards.text()).doesNotContain("+491512345678").doesNotContain("anna@example.com")
                    .doesNotContain("mag es kurz");
            assertThat(exportAgain.status()).isEqualTo(404);
            assertThat(as.demo.get("/v1/appointments/" + bert.json().get("id").asText()).json()
                    .at("/customer/name").asText()).isEqualTo("Bert");
            assertThat(as.demo.get("/v1/audit").json().findValuesAsText("action")).contains("api.erase_customer",
                    "api.export_customer");
            assertThat(as.demo.get("/v1/customers/export").code()).isEqualTo("invalid_data");
        }
    }
}
