package dev.termin.booking.adapter.http;

import static dev.termin.booking.adapter.http.Http.j;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Webhook endpoints over HTTP: registered with a secret shown once, listed per tenant, checked, removed. */
class WebhookApiTest {

    private final TestServer ts = new TestServer();

    @AfterEach
    void tearDown() {
        ts.close();
    }

    @Test
    void anEndpoint_isRegistered_withItsSecretShownOnce_andListedOnlyForItsTenant() {
        // when
        Http.Resp created = ts.demo.post("/v1/webhooks", j("{'url':'https://hooks.example.org/termin',"
                + "'events':['appointment.created','hold.expired']}"));

        // then
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("secret").asText()).startsWith("whsec_").hasSizeGreaterThan(40);
        JsonNode listed = ts.demo.get("/v1/webhooks").json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("id").asText()).isEqualTo(created.json().get("id").asText());
        assertThat(listed.get(0).has("secret")).isFalse();
        assertThat(listed.get(0).get("events").toString()).isEqualTo("[\"appointment.created\",\"hold.expired\"]");
        assertThat(ts.acme.get("/v1/webhooks").json()).isEmpty();
        assertThat(ts.demo.get("/v1/webhooks/deliveries").json()).isEmpty();
    }

    @Test
    void badEndpoints_areRefusedWithStableCodes_andUnknownOnesAreNotFound() {
        Http.Resp unknownEvent = ts.demo.post("/v1/webhooks", j("{'url':'https://h.example.org/',"
                + "'events':['appointment.exploded']}"));
        Http.Resp badUrl = ts.demo.post("/v1/webhooks", j("{'url':'ftp://h.example.org/',"
                + "'events':['appointment.created']}"));
        Http.Resp noEvents = ts.demo.post("/v1/webhooks", j("{'url':'https://h.example.org/','events':[]}"));
        Http.Resp badLimit = ts.demo.get("/v1/webhooks/deliveries?limit=0");

        assertThat(unknownEvent.code()).isEqualTo("invalid_data");
        assertThat(badUrl.code()).isEqualTo("invalid_data");
        assertThat(noEvents.code()).isEqualTo("missing_required_field");
        assertThat(badLimit.status()).isEqualTo(400);
        assertThat(ts.demo.delete("/v1/webhooks/wh_nothing").status()).isEqualTo(404);
        assertThat(ts.demo.post("/v1/webhooks/wh_nothing/enable", "").status()).isEqualTo(404);
    }

    @Test
    void aRemovedEndpoint_isGone() {
        String id = ts.demo.post("/v1/webhooks", j("{'url':'https://hooks.example.org/t',"
                + "'events':['sync.failed']}")).json().get("id").asText();

        assertThat(ts.demo.delete("/v1/webhooks/" + id).status()).isEqualTo(204);
        assertThat(ts.demo.get("/v1/webhooks").json()).isEmpty();
    }
}
