package dev.termin.booking.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A booking by phone, like every booking, answers with the customer's manage link, which opens that appointment. */
class PhoneManageLinkTest {

    @Test
    void phoneBooking_returnsAManageLink_thatReadsTheBookedAppointment() {
        try (TestServer ts = new TestServer()) {
            // given
            Http.Resp check = ts.demo.post("/v1/voice/check-availability", PhoneApiTest.call("call-m", "15:00", ""));
            String hold = check.json().get("holdToken").asText();

            // when
            Http.Resp book = ts.demo.post("/v1/voice/book", PhoneApiTest.call("call-m", "15:00", ",'hold_token':'"
                    + hold + "'"));
            Http.Resp managed = ts.demo.withKey(null).get(book.json().get("manageUrl").asText());

            // then
            assertThat(book.status()).isEqualTo(201);
            assertThat(book.json().get("manageToken").asText()).startsWith("mt_");
            assertThat(managed.status()).isEqualTo(200);
            assertThat(managed.json().get("id").asText()).isEqualTo(book.json().at("/appointment/id").asText());
        }
    }
}
