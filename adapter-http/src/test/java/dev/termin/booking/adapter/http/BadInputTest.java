package dev.termin.booking.adapter.http;

import static dev.termin.booking.adapter.http.Http.j;
import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.application.demo.DemoSalon;
import dev.termin.booking.domain.time.TimeInterval;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input is a 4xx problem, never a 500, and stores nothing. */
class BadInputTest {

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

    @AfterEach
    void nothingWasStored() {
        assertThat(ts.engine.appointments().list(DemoSalon.TENANT, Optional.empty(), new TimeInterval(
                Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z")))).isEmpty();
        assertThat(ts.engine.operations().reservationMetrics(DemoSalon.TENANT, java.time.Duration.ofDays(30))
                .created()).isZero();
        assertThat(ts.engine.waitlist().list(DemoSalon.TENANT, Optional.empty())).isEmpty();
        assertThat(ts.engine.catalogue().branches(DemoSalon.TENANT)).hasSize(1);
        assertThat(ts.engine.catalogue().services(DemoSalon.TENANT)).hasSize(3);
    }

    static final String CUSTOMER = "'customer':{'name':'Anna','phone':'+491512345678'}";

    static Stream<Arguments> badRequests() {
        return Stream.of(
                // malformed JSON
                Arguments.of("POST", "/v1/appointments", "{\"service\": ", 400),
                Arguments.of("POST", "/v1/appointments", "not json at all", 400),
                Arguments.of("POST", "/v1/appointments", "[1,2,3]", 400),
                Arguments.of("POST", "/v1/appointments", "{} {}", 400),
                Arguments.of("POST", "/v1/appointments", "", 400),
                Arguments.of("POST", "/v1/holds", j("{'service':'haircut','service':'haircut'}"), 400),
                // wrong types
                Arguments.of("POST", "/v1/appointments", j("{'service':42,'start':'2026-06-17T10:00'," + CUSTOMER
                        + "}"), 400),
                Arguments.of("POST", "/v1/appointments", j("{'service':'haircut','start':['x']," + CUSTOMER + "}"),
                        400),
                Arguments.of("POST", "/v1/appointments", j("{'service':'haircut','start':'2026-06-17T10:00',"
                        + "'customer':'Anna'}"), 400),
                Arguments.of("POST", "/v1/holds", j("{'service':'haircut','start':'2026-06-17T10:00','owner':'o',"
                        + "'lifetimeSeconds':'long'}"), 400),
                Arguments.of("POST", "/v1/waitlist", j("{'service':'haircut'," + CUSTOMER + ",'firstDay':"
                        + "'2026-06-17','priority':1.5}"), 400),
                Arguments.of("POST", "/v1/branches", j("{'id':'x','name':'X','timeZone':'UTC','openingHours':"
                        + "{'weekly':{'monday':'09:00-18:00'}}}"), 400),
                // missing fields
                Arguments.of("POST", "/v1/appointments", j("{'service':'haircut'," + CUSTOMER + "}"), 400),
                Arguments.of("POST", "/v1/appointments", j("{'service':'haircut','start':'2026-06-17T10:00'}"), 400),
                Arguments.of("POST", "/v1/appointments", j("{'service':'haircut','start':'2026-06-17T10:00',"
                        + "'customer':{'name':'Anna'}}"), 400),
                Arguments.of("POST", "/v1/holds", j("{'service':'haircut','start':'2026-06-17T10:00'}"), 400),
                // impossible and DST-gap times
                Arguments.of("POST", "/v1/appointments", j("{'service':'haircut','start':'2026-02-30T10:00',"
                        + CUSTOMER + "}"), 400),
                Arguments.of("POST", "/v1/appointments", j("{'service':'haircut','start':'2026-06-17T25:00',"
                        + CUSTOMER + "}"), 400),
                Arguments.of("POST", "/v1/appointments", j("{'service':'haircut','staff':'maria','start':"
                        + "'2026-03-29T02:30'," + CUSTOMER + "}"), 400),
                Arguments.of("POST", "/v1/holds", j("{'service':'haircut','staff':'maria','start':"
                        + "'2026-03-29T02:30','owner':'o'}"), 400),
                Arguments.of("GET", "/v1/availability/explain?service=haircut&start=2026-03-29T02:30", null, 400),
                // bad values the domain refuses
                Arguments.of("POST", "/v1/appointments", j("{'service':'haircut','start':'2026-06-17T10:00',"
                        + "'customer':{'name':'Anna','phone':'12'}}"), 400),
                Arguments.of("POST", "/v1/appointments", j("{'service':'haircut','start':'2026-06-17T10:00',"
                        + "'customer':{'name':'Anna','email':'not-an-email'}}"), 400),
                Arguments.of("POST", "/v1/appointments", j("{'service':'haircut','start':'2026-06-17T10:00',"
                        + "'customer':{'name':'  ','phone':'+491512345678'}}"), 400),
                Arguments.of("POST", "/v1/appointments", j("{'service':'haircut','start':'2026-06-17T10:00',"
                        + "'source':'fax'," + CUSTOMER + "}"), 400),
                Arguments.of("POST", "/v1/appointments", j("{'service':'haircut','start':'2026-06-17T10:00',"
                        + "'notes':'" + "n".repeat(3000) + "'," + CUSTOMER + "}"), 400),
                Arguments.of("POST", "/v1/holds", j("{'service':'haircut','start':'2026-06-17T10:00','owner':'"
                        + "o".repeat(300) + "'}"), 400),
                Arguments.of("POST", "/v1/waitlist", j("{'service':'haircut'," + CUSTOMER + ",'firstDay':"
                        + "'2026-06-17','weekdays':['someday']}"), 400),
                Arguments.of("POST", "/v1/waitlist", j("{'service':'haircut'," + CUSTOMER + ",'firstDay':"
                        + "'2026-06-17','priority':101}"), 400),
                Arguments.of("PUT", "/v1/services/haircut", j("{'name':'Haarschnitt','durationMinutes':-5}"), 400),
                Arguments.of("PUT", "/v1/branches/mitte", j("{'name':'','timeZone':'Europe/Berlin'}"), 400),
                // unknown ids
                Arguments.of("POST", "/v1/appointments", j("{'service':'ghost','start':'2026-06-17T10:00',"
                        + CUSTOMER + "}"), 404),
                Arguments.of("POST", "/v1/appointments", j("{'service':'haircut','staff':'ghost','start':"
                        + "'2026-06-17T10:00'," + CUSTOMER + "}"), 404),
                Arguments.of("POST", "/v1/holds", j("{'service':'haircut','branch':'ghost','start':"
                        + "'2026-06-17T10:00','owner':'o'}"), 404),
                Arguments.of("POST", "/v1/appointments/ghost/cancel", "{}", 404),
                Arguments.of("POST", "/v1/appointments/ghost/reschedule", j("{'start':'2026-06-17T10:00'}"), 404),
                Arguments.of("POST", "/v1/appointments/bad%20id/cancel", "{}", 400),
                Arguments.of("GET", "/v1/appointments/ghost/flow", null, 404),
                Arguments.of("POST", "/v1/holds/00000000-0000-0000-0000-000000000000/confirm",
                        j("{'owner':'o'," + CUSTOMER + "}"), 404),
                Arguments.of("DELETE", "/v1/holds/00000000-0000-0000-0000-000000000000?owner=o", null, 404),
                Arguments.of("POST", "/v1/waitlist", j("{'service':'ghost'," + CUSTOMER + ",'firstDay':"
                        + "'2026-06-17'}"), 404),
                Arguments.of("GET", "/v1/nothing-here", null, 404),
                Arguments.of("GET", "/v1/appointments?from=yesterday", null, 400),
                Arguments.of("GET", "/v1/ops/reservation-metrics?window=-PT1H", null, 400));
    }

    @ParameterizedTest(name = "{0} {1} -> {3}")
    @MethodSource("badRequests")
    void badInput_isAProblem_neverA500(String method, String path, String body, int status) {
        Http.Resp r = api.send(method, path, body, Map.of());
        assertThat(r.status()).as(r.text()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("type").asText()).startsWith("https://termin.dev/problems/");
        assertThat(r.json().get("correlationId").asText()).isNotBlank();
        assertThat(r.json().get("detail").asText()).isNotBlank();
    }

    @Test
    void hugeBody_is413() {
        String huge = j("{'service':'haircut','notes':'" + "x".repeat(70_000) + "'}");
        Http.Resp r = api.post("/v1/appointments", huge);
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    @Test
    void dstGap_isExplained() {
        Http.Resp r = api.post("/v1/holds", j("{'service':'haircut','staff':'maria','start':'2026-03-29T02:30',"
                + "'owner':'o'}"));
        assertThat(r.json().get("detail").asText()).contains("does not exist in Europe/Berlin");
        assertThat(r.code()).isEqualTo("invalid_data");
    }

    @Test
    void dstOverlap_takesTheEarlierOffset_andInstantsWithOffsetAreAccepted() {
        Http.Resp r = api.get("/v1/availability/explain?service=haircut&staff=maria&start=2026-10-25T02:30");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("start").asText()).isEqualTo("2026-10-25T02:30:00+02:00");
        Http.Resp utc = api.get("/v1/availability/explain?service=haircut&staff=maria&start=2026-06-17T08:00:00Z");
        assertThat(utc.json().get("start").asText()).isEqualTo("2026-06-17T10:00:00+02:00");
        assertThat(utc.json().get("bookable").asBoolean()).isTrue();
        List.of("2026-06-17T10:00:00%2B02:00").forEach(s -> assertThat(api.get(
                "/v1/availability/explain?service=haircut&staff=maria&start=" + s).status()).isEqualTo(200));
    }
}
