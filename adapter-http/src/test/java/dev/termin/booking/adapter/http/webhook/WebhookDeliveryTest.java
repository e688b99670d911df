package dev.termin.booking.adapter.http.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.termin.booking.adapter.inmemory.InMemoryStorage;
import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.application.demo.DemoSalon;
import dev.termin.booking.application.port.in.AttendanceCommand;
import dev.termin.booking.application.port.in.BookCommand;
import dev.termin.booking.application.port.in.SlotRequest;
import dev.termin.booking.application.port.out.WebhookDelivery;
import dev.termin.booking.application.port.out.WebhookSubscription;
import dev.termin.booking.application.settings.WebhookSettings;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.AppointmentStatus;
import dev.termin.booking.domain.appointment.Source;
import dev.termin.booking.domain.customer.Customer;
import dev.termin.booking.testing.MutableClock;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Webhooks to a local receiver (the JDK's HTTP server) that checks every signature: delivered signed, 500s and
 * timeouts retried with backoff until one attempt is accepted, an endpoint that keeps failing disabled, and the
 * attendance events.
 */
class WebhookDeliveryTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** 3 attempts per delivery, 30 s then 60 s apart (less jitter), disabled after 4 failures, 2 s timeout. */
    private static final WebhookSettings SETTINGS = new WebhookSettings(3, Duration.ofSeconds(30),
            Duration.ofMinutes(5), 0.2, 4, Duration.ofSeconds(2));

    /** What the receiver saw: the signature header, the delivery id header, the body. */
    private record Received(String signature, String delivery, String body) {
    }

    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-15T06:00:00Z"));
    private final List<Received> received = new CopyOnWriteArrayList<>();
    /** Planned answers, one per request: a status, or 0 to give no answer in time. Empty: 200. */
    private final ConcurrentLinkedDeque<Integer> answers = new ConcurrentLinkedDeque<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private HttpServer receiver;
    private BookingEngine engine;

    @BeforeEach
    void setUp() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.setExecutor(Executors.newCachedThreadPool());
        receiver.createContext("/hooks", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestHeaders().getFirst("Termin-Signature"),
                    exchange.getRequestHeaders().getFirst("Termin-Delivery"), body));
            Integer answer = answers.poll();
            if (answer != null && answer == 0) {
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            exchange.sendResponseHeaders(answer == null || answer == 0 ? 200 : answer, -1);
            exchange.close();
        });
        receiver.start();
        engine = BookingEngine.builder().clock(clock).storage(new InMemoryStorage(clock).storage())
                .webhookSender(JdkWebhookSender.create(Duration.ofSeconds(2))).webhookSettings(SETTINGS).build();
        DemoSalon.load(engine.catalogue());
    }

    @AfterEach
    void tearDown() {
        release.countDown();
        receiver.stop(0);
    }

    private WebhookSubscription register(String... events) {
        return engine.webhooks().register(DemoSalon.TENANT, "http://127.0.0.1:" + receiver.getAddress().getPort()
                + "/hooks", Set.of(events)).orElseThrow();
    }

    private Appointment book(String time) {
        Instant start = LocalDate.of(2026, 6, 17).atTime(java.time.LocalTime.parse(time)).atZone(DemoSalon.ZONE)
                .toInstant();
        return engine.appointments().book(new BookCommand(SlotRequest.of(DemoSalon.TENANT, DemoSalon.BRANCH,
                DemoSalon.HAIRCUT).withStaff(DemoSalon.EMMA), start, Customer.withPhone("Erika Mustermann",
                "+4915112345678"), "", Source.WEB, Optional.empty(), Optional.empty(), "corr-" + time)).orElseThrow();
    }

    /** The outbox fans the event out; then the webhook worker attempts what is due. */
    private void runWorkers() {
        engine.operations().processOutbox(50);
        engine.webhooks().deliverDue(50);
    }

    private static void assertSignedWith(String secret, Received r) throws Exception {
        Map<String, String> parts = new java.util.HashMap<>();
        for (String p : r.signature().split(",")) {
            parts.put(p.substring(0, p.indexOf('=')), p.substring(p.indexOf('=') + 1));
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal((parts.get("t") + "." + r.body())
                .getBytes(StandardCharsets.UTF_8)));
        assertThat(parts.get("v1")).isEqualTo(expected);
    }

    @Test
    void aBooking_reachesTheEndpoint_signed_withTheDocumentedPayload() throws Exception {
        // given an endpoint for created appointments
        WebhookSubscription endpoint = register("appointment.created");

        // when a haircut is booked and the workers run
        Appointment a = book("10:00");
        runWorkers();

        // then one signed delivery with the appointment, logged as delivered
        assertThat(received).singleElement().satisfies(r -> {
            assertSignedWith(endpoint.secret(), r);
            JsonNode body = JSON.readTree(r.body());
            assertThat(body.get("id").asText()).isEqualTo(r.delivery());
            assertThat(body.get("type").asText()).isEqualTo("appointment.created");
            assertThat(body.get("tenant").asText()).isEqualTo("demo");
            JsonNode appointment = body.get("data").get("appointment");
            assertThat(appointment.get("id").asText()).isEqualTo(a.id().value());
            assertThat(appointment.get("status").asText()).isEqualTo("booked");
            assertThat(appointment.get("start").asText()).isEqualTo("2026-06-17T08:00:00Z");
            assertThat(appointment.get("customer").get("phone").asText()).isEqualTo("+4915112345678");
            assertThat(appointment.get("customer").get("email").isNull()).isTrue();
        });
        assertThat(engine.webhooks().deliveries(DemoSalon.TENANT, 10)).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(WebhookDelivery.Status.DELIVERED);
            assertThat(d.lastStatusCode()).contains(200);
            assertThat(d.attempts()).isEqualTo(1);
        });
    }

    @Test
    void aServerErrorAndATimeout_areRetriedWithBackoff_untilTheEndpointAcceptsItOnce() throws Exception {
        // given an endpoint that first answers 500, then gives no answer in time, then 204
        WebhookSubscription endpoint = register("appointment.created");
        answers.add(500);
        answers.add(0);
        answers.add(204);
        book("11:00");

        // when the workers run at once, before and after the first backoff, and after the second
        runWorkers();
        clock.advance(Duration.ofSeconds(23));
        runWorkers();
        int beforeBackoff = received.size();
        clock.advance(Duration.ofSeconds(7));
        runWorkers();
        clock.advance(Duration.ofSeconds(60));
        runWorkers();
        clock.advance(Duration.ofMinutes(10));
        runWorkers();

        // then three attempts of the same signed body, the last one accepted, nothing after it
        assertThat(beforeBackoff).isEqualTo(1);
        assertThat(received).hasSize(3);
        assertThat(received).extracting(Received::body).containsOnly(received.get(0).body());
        for (Received r : received) {
            assertSignedWith(endpoint.secret(), r);
        }
        WebhookDelivery d = engine.webhooks().deliveries(DemoSalon.TENANT, 10).get(0);
        assertThat(d.status()).isEqualTo(WebhookDelivery.Status.DELIVERED);
        assertThat(d.attempts()).isEqualTo(3);
        assertThat(d.lastStatusCode()).contains(204);
        assertThat(engine.webhooks().list(DemoSalon.TENANT).get(0).consecutiveFailures()).isZero();
    }

    @Test
    void anEndpointThatKeepsFailing_isDisabledAfterTheDocumentedNumberOfAttempts_andGetsNothingMore() {
        // given an endpoint that always answers 500, and two bookings
        register("appointment.created");
        for (int i = 0; i < 20; i++) {
            answers.add(500);
        }
        book("12:00");
        book("14:00");

        // when the workers run long enough for every retry
        for (int i = 0; i < 6; i++) {
            runWorkers();
            clock.advance(Duration.ofMinutes(5));
        }
        book("15:00");
        runWorkers();

        // then four attempts in all, the endpoint disabled with its reason, both deliveries failed, none queued after
        assertThat(received).hasSize(4);
        WebhookSubscription endpoint = engine.webhooks().list(DemoSalon.TENANT).get(0);
        assertThat(endpoint.enabled()).isFalse();
        assertThat(endpoint.disabledReason()).hasValueSatisfying(r -> assertThat(r).contains("4 failed attempts"));
        assertThat(engine.webhooks().deliveries(DemoSalon.TENANT, 10)).hasSize(2)
                .allSatisfy(d -> assertThat(d.status()).isEqualTo(WebhookDelivery.Status.FAILED));

        // and enabling it again lets the next event through
        engine.webhooks().enable(DemoSalon.TENANT, endpoint.id()).orElseThrow();
        answers.clear();
        book("16:00");
        runWorkers();
        assertThat(received).hasSize(5);
    }

    @Test
    void completedAndNoShow_fromTheAttendanceUseCase_reachTheEndpointSigned_andArrivedSendsNothing()
            throws Exception {
        // given an endpoint for completed and no-show appointments, and two bookings
        WebhookSubscription endpoint = register("appointment.completed", "appointment.no_show");
        Appointment served = book("10:00");
        Appointment missed = book("11:00");

        // when on the day the desk marks one arrived and completed, the other a no-show, and the workers run
        runWorkers();
        clock.set(Instant.parse("2026-06-17T07:58:00Z"));
        attend(served, AppointmentStatus.ARRIVED);
        clock.set(Instant.parse("2026-06-17T08:30:00Z"));
        attend(served, AppointmentStatus.COMPLETED);
        clock.set(Instant.parse("2026-06-17T09:20:00Z"));
        attend(missed, AppointmentStatus.NO_SHOW);
        runWorkers();

        // then two signed deliveries with the documented payload, one per event
        assertThat(received).hasSize(2);
        Map<String, JsonNode> byType = new java.util.HashMap<>();
        for (Received r : received) {
            assertSignedWith(endpoint.secret(), r);
            JsonNode body = JSON.readTree(r.body());
            assertThat(body.get("id").asText()).isEqualTo(r.delivery());
            byType.put(body.get("type").asText(), body.get("data").get("appointment"));
        }
        assertThat(byType.get("appointment.completed").get("id").asText()).isEqualTo(served.id().value());
        assertThat(byType.get("appointment.completed").get("status").asText()).isEqualTo("completed");
        assertThat(byType.get("appointment.no_show").get("id").asText()).isEqualTo(missed.id().value());
        assertThat(byType.get("appointment.no_show").get("status").asText()).isEqualTo("no_show");
    }

    private void attend(Appointment a, AppointmentStatus to) {
        engine.appointments().recordAttendance(new AttendanceCommand(DemoSalon.TENANT, a.id(), to, "desk",
                "corr-" + to.code())).orElseThrow();
    }
}
