package dev.termin.booking.adapter.http;

import static dev.termin.booking.adapter.http.Http.j;
import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.adapter.inmemory.NoExternalCalendar;
import dev.termin.booking.application.port.out.CalendarOutcome;
import dev.termin.booking.application.port.out.ExternalBooking;
import dev.termin.booking.application.port.out.ExternalBusy;
import dev.termin.booking.application.port.out.ExternalCalendar;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.sync.CircuitState;
import dev.termin.booking.domain.time.TimeInterval;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Idempotency-Key: replay, mismatch and in-flight, through the real server. */
class IdempotencyApiTest {

    /** A calendar that answers like no calendar, but can hold a caller until the test lets it go. */
    static final class GateCalendar implements ExternalCalendar {
        final NoExternalCalendar none = new NoExternalCalendar();
        final AtomicReference<CountDownLatch> gate = new AtomicReference<>();
        final CountDownLatch entered = new CountDownLatch(1);

        @Override
        public CalendarOutcome<List<ExternalBusy>> busyTimes(TenantId tenant, Collection<StaffId> staff,
                TimeInterval range) {
            CountDownLatch g = gate.get();
            if (g != null) {
                entered.countDown();
                try {
                    g.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return none.busyTimes(tenant, staff, range);
        }

        @Override
        public CalendarOutcome<String> create(ExternalBooking booking) {
            return none.create(booking);
        }

        @Override
        public CalendarOutcome<Void> cancel(TenantId tenant, String externalId, String reason) {
            return none.cancel(tenant, externalId, reason);
        }

        @Override
        public CalendarOutcome<String> reschedule(TenantId tenant, String externalId, ExternalBooking moved) {
            return none.reschedule(tenant, externalId, moved);
        }

        @Override
        public CircuitState circuitState() {
            return none.circuitState();
        }
    }

    static final GateCalendar calendar = new GateCalendar();
    static TestServer ts;
    static Http api;

    @BeforeAll
    static void start() {
        ts = new TestServer(UnaryOperator.identity(), calendar, 100_000);
        api = ts.demo;
    }

    @AfterAll
    static void stop() {
        ts.close();
    }

    static String booking(String time) {
        return j("{'service':'haircut','staff':'maria','start':'2026-06-18T" + time + "','customer':"
                + "{'name':'Anna','phone':'+491512345678'}}");
    }

    @Test
    void sameKeyAndPayload_replaysTheFirstResponse() {
        Map<String, String> key = Map.of("Idempotency-Key", "book-1");
        Http.Resp first = api.post("/v1/appointments", booking("09:00"), key);
        Http.Resp second = api.post("/v1/appointments", booking("09:00"), key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        // the same booking; a replay hands out a manage link of its own (both work), as links are stored hashed only
        assertThat(withoutManageLink(second.json())).isEqualTo(withoutManageLink(first.json()));
        assertThat(second.json().path("manageUrl").asText()).startsWith("/v1/manage/");
        assertThat(api.get(second.json().path("manageUrl").asText()).status()).isEqualTo(200);
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(second.header("Location")).isEqualTo(first.header("Location"));
        assertThat(api.get("/v1/appointments?staff=maria&from=2026-06-18T09:00&to=2026-06-18T09:30").json()).hasSize(1);
    }

    @Test
    void sameKeyOtherPayload_is422() {
        Map<String, String> key = Map.of("Idempotency-Key", "book-2");
        assertThat(api.post("/v1/appointments", booking("11:00"), key).status()).isEqualTo(201);
        Http.Resp other = api.post("/v1/appointments", booking("11:30"), key);
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.code()).isEqualTo("idempotency_conflict");
        // the key is per tenant: acme may use the same key
        assertThat(ts.acme.post("/v1/branches", j("{'id':'b1','name':'B','timeZone':'UTC'}"), key).status())
                .isEqualTo(201);
    }

    @Test
    void failuresAreReplayedToo_butNotServerErrors() {
        Map<String, String> key = Map.of("Idempotency-Key", "hold-conflict");
        api.post("/v1/holds", j("{'service':'haircut','staff':'jonas','start':'2026-06-18T14:00','owner':'a'}"));
        Http.Resp first = api.post("/v1/holds", j("{'service':'haircut','staff':'jonas','start':"
                + "'2026-06-18T14:00','owner':'b'}"), key);
        Http.Resp again = api.post("/v1/holds", j("{'service':'haircut','staff':'jonas','start':"
                + "'2026-06-18T14:00','owner':'b'}"), key);
        assertThat(first.status()).isEqualTo(409);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.contentType()).startsWith("application/problem+json");
    }

    @Test
    void sameKeyWhileFirstRuns_is409InFlight() throws Exception {
        // given the first request blocked inside the engine
        CountDownLatch release = new CountDownLatch(1);
        calendar.gate.set(release);
        Map<String, String> key = Map.of("Idempotency-Key", "slow-1");
        CompletableFuture<Http.Resp> first = CompletableFuture.supplyAsync(() ->
                api.post("/v1/appointments", booking("15:00"), key));
        assertThat(calendar.entered.await(10, TimeUnit.SECONDS)).isTrue();
        calendar.gate.set(null);

        // when the same request comes again
        Http.Resp second = api.post("/v1/appointments", booking("15:00"), key);

        // then
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.code()).isEqualTo("idempotency_in_flight");
        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS).status()).isEqualTo(201);
        assertThat(api.post("/v1/appointments", booking("15:00"), key).header("Idempotent-Replayed"))
                .isEqualTo("true");
    }

    @Test
    void badKey_is400() {
        assertThat(api.post("/v1/appointments", booking("16:00"), Map.of("Idempotency-Key", "x".repeat(201)))
                .status()).isEqualTo(400);
    }

    private static com.fasterxml.jackson.databind.JsonNode withoutManageLink(com.fasterxml.jackson.databind.JsonNode n) {
        com.fasterxml.jackson.databind.node.ObjectNode copy = n.deepCopy();
        copy.remove("manageToken");
        copy.remove("manageUrl");
        return copy;
    }
}
