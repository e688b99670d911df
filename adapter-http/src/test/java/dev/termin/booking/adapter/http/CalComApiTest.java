package dev.termin.booking.adapter.http;

import static dev.termin.booking.adapter.http.Http.j;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.termin.booking.adapter.calcom.CalComCalendar;
import dev.termin.booking.adapter.calcom.CalComConfig;
import dev.termin.booking.adapter.calcom.CalComWebhooks;
import dev.termin.booking.adapter.calcom.EventTypeMapping;
import dev.termin.booking.adapter.http.config.ServerSettings;
import dev.termin.booking.adapter.http.internal.CalComLink;
import dev.termin.booking.adapter.http.internal.ConnectedCalendars;
import dev.termin.booking.adapter.http.internal.MicrometerBookingMetrics;
import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.application.demo.DemoSalon;
import dev.termin.booking.domain.calendar.OpeningHours;
import dev.termin.booking.domain.catalogue.Branch;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.Company;
import dev.termin.booking.domain.catalogue.Money;
import dev.termin.booking.domain.catalogue.Service;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.Staff;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.policy.BookingPolicy;
import dev.termin.booking.domain.time.LocalTimeWindow;
import dev.termin.booking.domain.time.WeeklyHours;
import dev.termin.booking.testing.MutableClock;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Cal.com routes over HTTP: webhook deliveries for two tenants with their own Cal.com accounts (two
 * MockWebServers) and secrets, refusals that change nothing, reconciliation and manual review.
 */
class CalComApiTest {

    private static final String DEMO_SECRET = "whsec-demo-0123";
    private static final String ACME_SECRET = "whsec-acme-4567";
    private static final TenantId ACME = TestServer.ACME;

    private final MutableClock clock = new MutableClock(TestServer.NOW);
    private MockWebServer demoCalCom;
    private MockWebServer acmeCalCom;
    private TerminServer server;
    private BookingEngine engine;
    private Http demo;
    private Http acme;
    private Http anonymous;

    @BeforeEach
    void start() throws IOException {
        demoCalCom = emptyCalCom();
        acmeCalCom = emptyCalCom();
        CalComCalendar calendar = CalComCalendar.builder()
                .tenant(config(DemoSalon.TENANT, demoCalCom, "staff:maria=101@maria"))
                .tenant(config(ACME, acmeCalCom, "staff:lea=201@lea"))
                .clock(clock).build();
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        engine = BookingEngine.builder().clock(clock).metrics(new MicrometerBookingMetrics(registry))
                .externalCalendar(calendar).build();
        DemoSalon.load(engine.catalogue());
        acmeCatalogue();
        ApiKeys keys = ApiKeys.inMemory();
        keys.register(DemoSalon.TENANT, TestServer.DEMO_KEY);
        keys.register(ACME, TestServer.ACME_KEY);
        CalComWebhooks webhooks = CalComWebhooks.create(calendar, Map.of(DemoSalon.TENANT, DEMO_SECRET, ACME,
                ACME_SECRET), clock, CalComWebhooks.DEFAULT_TOLERANCE);
        server = TerminServer.builder(engine).apiKeys(keys).registry(registry)
                .settings(ServerSettings.defaults().withPort(0).withWorkers(false))
                .calCom(new CalComLink(ConnectedCalendars.fixed(calendar, webhooks), Duration.ZERO, Duration.ZERO,
                        Duration.ofDays(1), Duration.ofDays(90)))
                .build().start();
        demo = new Http(server.port(), TestServer.DEMO_KEY);
        acme = new Http(server.port(), TestServer.ACME_KEY);
        anonymous = new Http(server.port(), null);
    }

    @AfterEach
    void stop() throws IOException {
        server.stop();
        demoCalCom.shutdown();
        acmeCalCom.shutdown();
    }

    @Test
    void aSignedDelivery_importsTheBooking_asAnExternalAppointmentOfThatTenantOnly() {
        // given
        String body = created("uid-demo-1", 101, "maria", "2026-06-17T10:00:00.000Z");

        // when
        Http.Resp r = deliver("demo", body, CalComWebhooks.sign(DEMO_SECRET, bytes(body)));

        // then
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("action").asText()).isEqualTo("imported");
        JsonNode appointment = demo.get("/v1/appointments/" + r.json().get("appointment").asText()).json();
        assertThat(appointment.get("source").asText()).isEqualTo("calcom");
        assertThat(appointment.get("external").asBoolean()).isTrue();
        assertThat(acme.get("/v1/appointments/" + r.json().get("appointment").asText()).status()).isEqualTo(404);
    }

    @Test
    void unsignedWronglySignedAndOtherTenantsDeliveries_get401_andChangeNothing() {
        String body = created("uid-demo-2", 101, "maria", "2026-06-17T11:00:00.000Z");
        String acmeBody = created("uid-acme-1", 201, "lea", "2026-06-17T11:00:00.000Z");

        assertThat(deliver("demo", body, null).status()).isEqualTo(401);
        assertThat(deliver("demo", body, "00" + CalComWebhooks.sign(DEMO_SECRET, bytes(body)).substring(2))
                .status()).isEqualTo(401);
        assertThat(deliver("demo", body, CalComWebhooks.sign(ACME_SECRET, bytes(body))).status()).isEqualTo(401);
        assertThat(deliver("acme", acmeBody, CalComWebhooks.sign(DEMO_SECRET, bytes(acmeBody))).code())
                .isEqualTo("unauthorized");
        assertThat(deliver("nobody", body, CalComWebhooks.sign(DEMO_SECRET, bytes(body))).status()).isEqualTo(401);

        assertThat(engine.externalChanges().reconcile(DemoSalon.TENANT, window()).orElseThrow().changes()).isEmpty();
        assertThat(demo.get("/v1/appointments?from=2026-06-17T00:00&to=2026-06-18T00:00").json()).isEmpty();
        assertThat(acme.get("/v1/appointments?branch=nord&from=2026-06-17T00:00&to=2026-06-18T00:00").json())
                .isEmpty();
    }

    @Test
    void eachTenant_sDeliveries_needItsOwnSecret() {
        String acmeBody = created("uid-acme-2", 201, "lea", "2026-06-17T12:00:00.000Z");

        Http.Resp r = deliver("acme", acmeBody, CalComWebhooks.sign(ACME_SECRET, bytes(acmeBody)));

        assertThat(r.status()).isEqualTo(200);
        assertThat(acme.get("/v1/appointments/" + r.json().get("appointment").asText()).json().get("staff").asText())
                .isEqualTo("lea");
    }

    @Test
    void reconciliation_andTheReviewList_answerForTheCallersTenant() {
        Http.Resp reconciled = demo.post("/v1/calcom/reconcile", "{}");
        Http.Resp review = demo.get("/v1/calcom/review");
        Http.Resp clearUnknown = demo.post("/v1/calcom/review/nope/clear", j("{'note':'checked'}"));

        assertThat(reconciled.status()).isEqualTo(200);
        assertThat(reconciled.json().get("examined").asInt()).isZero();
        assertThat(review.json().get("appointments")).isEmpty();
        assertThat(clearUnknown.status()).isEqualTo(404);
        assertThat(anonymous.post("/v1/calcom/reconcile", "{}").status()).isEqualTo(401);
    }

    private Http.Resp deliver(String tenant, String body, String signature) {
        return anonymous.post("/v1/calcom/webhooks/" + tenant, body,
                signature == null ? Map.of() : Map.of(CalComWebhooks.SIGNATURE_HEADER, signature));
    }

    /** A BOOKING_CREATED delivery shaped like Cal.com's, made now. */
    private String created(String uid, long eventType, String host, String start) {
        Instant s = Instant.parse(start);
        return j("{'triggerEvent':'BOOKING_CREATED','createdAt':'" + clock.instant() + "','payload':{"
                + "'type':'termin','title':'Termin','startTime':'" + start + "','endTime':'"
                + s.plus(Duration.ofMinutes(30)) + "','uid':'" + uid + "','bookingId':7,'eventTypeId':" + eventType
                + ",'status':'ACCEPTED','organizer':{'id':1,'name':'" + host + "','email':'" + host
                + "@example.com','username':'" + host + "','timeZone':'Europe/Berlin'},'attendees':[{'name':"
                + "'Lena Vogt','email':'lena@example.com','timeZone':'Europe/Berlin','language':{'locale':'de'}}],"
                + "'metadata':{'videoCallUrl':'https://app.cal.com/video/" + uid + "'}}}");
    }

    private static byte[] bytes(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }

    private dev.termin.booking.domain.time.TimeInterval window() {
        return dev.termin.booking.domain.time.TimeInterval.of(clock.instant(), Duration.ofDays(30));
    }

    private void acmeCatalogue() {
        var c = engine.catalogue();
        WeeklyHours open = WeeklyHours.weekdays(LocalTimeWindow.of("08:00", "20:00"));
        BranchId nord = BranchId.of("nord");
        ServiceId trim = ServiceId.of("trim");
        c.saveCompany(new Company(ACME, "Acme", BookingPolicy.DEFAULTS)).orElseThrow();
        c.saveBranch(new Branch(nord, ACME, "Nord", ZoneId.of("Europe/Berlin"), OpeningHours.weekly(open)))
                .orElseThrow();
        c.saveService(Service.plain(trim, ACME, "Trim", 30, Money.euros(20))).orElseThrow();
        c.saveStaff(new Staff(StaffId.of("lea"), ACME, nord, "Lea", List.of(), Set.of(trim), open,
                WeeklyHours.none(), List.of(), true)).orElseThrow();
    }

    private CalComConfig config(TenantId tenant, MockWebServer calCom, String mapping) {
        return CalComConfig.builder(tenant, "cal_test_" + tenant.value())
                .baseUrl(URI.create(calCom.url("/").toString())).eventTypes(EventTypeMapping.parse(mapping))
                .maxRetries(0).build();
    }

    /** A Cal.com account without bookings or event types. */
    private static MockWebServer emptyCalCom() throws IOException {
        MockWebServer s = new MockWebServer();
        s.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getRequestUrl().encodedPath();
                if ("GET".equals(request.getMethod()) && (path.equals("/v2/bookings")
                        || path.equals("/v2/event-types"))) {
                    return new MockResponse().setHeader("Content-Type", "application/json")
                            .setBody("{\"status\":\"success\",\"data\":[],\"pagination\":{\"hasNextPage\":false}}");
                }
                return new MockResponse().setResponseCode(404);
            }
        });
        s.start();
        return s;
    }
}
