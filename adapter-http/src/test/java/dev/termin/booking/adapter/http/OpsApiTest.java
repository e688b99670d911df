package dev.termin.booking.adapter.http;

import static dev.termin.booking.adapter.http.Http.j;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Operations endpoints, authentication, correlation ids and rate limits. */
class OpsApiTest {

    static TestServer ts;

    @BeforeAll
    static void start() {
        ts = new TestServer();
    }

    @AfterAll
    static void stop() {
        ts.close();
    }

    @Test
    void healthReadyMetricsAndOpenApi_needNoKey() {
        Http anonymous = ts.demo.withKey(null);
        assertThat(anonymous.get("/health").json().get("status").asText()).isEqualTo("up");
        Http.Resp ready = anonymous.get("/ready");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().get("checks").get("storage").asText()).isEqualTo("up");
        assertThat(anonymous.get("/openapi.json").json().get("openapi").asText()).isEqualTo("3.1.0");

        ts.demo.get("/v1/services");
        ts.demo.post("/v1/holds", j("{'service':'haircut','staff':'maria','start':'2026-06-17T10:00','owner':'m'}"));
        Http.Resp metrics = anonymous.get("/metrics");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.text()).contains("http_server_requests_seconds_count{method=\"GET\",route=\"/v1/services\""
                + ",status=\"200\"}");
        assertThat(metrics.text()).contains("termin_holds_total{event=\"created\"}");
        assertThat(metrics.text()).contains("termin_outbox_pending");
        assertThat(metrics.text()).contains("termin_circuit_state{dependency=\"calendar\"} -1.0");
    }

    @Test
    void apiNeedsAValidKey() {
        Http.Resp none = ts.demo.withKey(null).get("/v1/services");
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.code()).isEqualTo("unauthorized");
        assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(ts.demo.withKey("wrong-key-0123456789").get("/v1/services").status()).isEqualTo(401);
        assertThat(ts.demo.send("GET", "/v1/services", null, Map.of("Authorization", "Basic abc")).status())
                .isEqualTo(401);
    }

    @Test
    void correlationId_isKeptWhenValid_generatedOtherwise() {
        Http.Resp given = ts.demo.send("GET", "/v1/services", null, Map.of("X-Correlation-Id", "abc.DEF_1-2"));
        assertThat(given.header("X-Correlation-Id")).isEqualTo("abc.DEF_1-2");
        Http.Resp invalid = ts.demo.send("GET", "/v1/services", null, Map.of("X-Correlation-Id", "no spaces!"));
        assertThat(invalid.header("X-Correlation-Id")).isNotEqualTo("no spaces!").matches("[A-Za-z0-9._-]+");
        Http.Resp tooLong = ts.demo.send("GET", "/v1/services", null, Map.of("X-Correlation-Id", "a".repeat(101)));
        assertThat(tooLong.header("X-Correlation-Id")).hasSizeLessThanOrEqualTo(100);
        Http.Resp problem = ts.demo.send("GET", "/v1/services/ghost", null, Map.of("X-Correlation-Id", "p-1"));
        assertThat(problem.json().get("correlationId").asText()).isEqualTo("p-1");
    }

    @Test
    void syncHealthAndReservationMetrics() {
        Http.Resp health = ts.demo.get("/v1/ops/sync-health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("healthy");
        assertThat(health.json().get("circuit").asText()).isEqualTo("not_configured");
        Http.Resp metrics = ts.demo.get("/v1/ops/reservation-metrics?window=PT1H");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.json().get("window").asText()).isEqualTo("PT1H");
        assertThat(metrics.json().has("conversionRate")).isTrue();
        assertThat(ts.demo.get("/v1/ops/reservation-metrics?window=soon").status()).isEqualTo(400);
    }

    @Test
    void rateLimit_is429WithRetryAfter() {
        try (TestServer limited = new TestServer(UnaryOperator.identity(), null, 3)) {
            for (int i = 0; i < 3; i++) {
                assertThat(limited.demo.get("/v1/services").status()).isEqualTo(200);
            }
            Http.Resp r = limited.demo.get("/v1/services");
            assertThat(r.status()).isEqualTo(429);
            assertThat(r.code()).isEqualTo("rate_limited");
            assertThat(Integer.parseInt(r.header("Retry-After"))).isBetween(1, 60);
            // another key has its own budget
            assertThat(limited.acme.get("/v1/services").status()).isEqualTo(200);
        }
    }
}
