package dev.termin.booking.adapter.calcom;

import dev.termin.booking.application.port.out.CalendarOutcome;
import dev.termin.booking.application.port.out.ExternalBooking;
import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.customer.Customer;
import dev.termin.booking.domain.customer.EmailAddress;
import dev.termin.booking.domain.customer.PhoneNumber;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.CompositeDefinition;
import dev.termin.booking.domain.catalogue.Money;
import dev.termin.booking.domain.catalogue.PausePolicy;
import dev.termin.booking.domain.catalogue.Service;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.ServiceStep;
import dev.termin.booking.domain.catalogue.ServiceStep.Pause;
import dev.termin.booking.domain.catalogue.ServiceStep.WorkSegment;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.time.TimeInterval;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Shared set-up of the adapter tests: a MockWebServer scripted by {@link FakeCalCom}, a fast configuration (short
 * timeouts and backoff, breaker half-open after 200 ms), and bookings of a plain and a four-segment service.
 */
abstract class CalComTestBase {

    static final TenantId TENANT = TenantId.of("acme");
    static final BranchId BRANCH = BranchId.of("mitte");
    static final StaffId MARIA = StaffId.of("maria");
    static final StaffId EMMA = StaffId.of("emma");
    static final ServiceId CUT = ServiceId.of("cut");
    static final ServiceId COLOUR = ServiceId.of("colour");
    static final long MARIA_EVENT_TYPE = 101;
    static final long EMMA_EVENT_TYPE = 102;
    static final long CUT_EVENT_TYPE = 300;
    /** A Monday far in the future, 09:00 in Berlin. */
    static final Instant MONDAY_9 = Instant.parse("2050-09-05T07:00:00Z");

    /** MockWebServer reports dropped connections through java.util.logging; they are intended here. */
    private static final java.util.logging.Logger MOCK_WEB_SERVER_LOG = quiet();

    MockWebServer server;
    FakeCalCom fake;

    @BeforeEach
    void startFakeCalCom() throws IOException {
        fake = seededFake();
        server = start(fake);
    }

    /** A fake with Maria's (101) and Emma's (102) own event types and the shared haircut (300). */
    static FakeCalCom seededFake() {
        FakeCalCom f = new FakeCalCom();
        f.addEventType(MARIA_EVENT_TYPE, "maria-termin", "Termin bei Maria", 30, "maria");
        f.addEventType(EMMA_EVENT_TYPE, "emma-termin", "Termin bei Emma", 30, "emma");
        f.addEventType(CUT_EVENT_TYPE, "haarschnitt", "Haarschnitt", 45, FakeCalCom.OWNER);
        return f;
    }

    static MockWebServer start(FakeCalCom f) throws IOException {
        MockWebServer s = new MockWebServer();
        s.setDispatcher(f);
        s.start();
        return s;
    }

    private static java.util.logging.Logger quiet() {
        java.util.logging.Logger l = java.util.logging.Logger.getLogger(MockWebServer.class.getName());
        l.setLevel(java.util.logging.Level.SEVERE);
        return l;
    }

    @AfterEach
    void stopFakeCalCom() throws IOException {
        server.shutdown();
    }

    /**
     * Fast settings: 3 retries 5–20 ms apart, breaker 3 / 2 / 200 ms, busy cache 30 s; 2 s per request (tests of
     * timeouts set a shorter one), generous because the build machine may be busy.
     */
    CalComConfig.Builder config() {
        return config(server);
    }

    static CalComConfig.Builder config(MockWebServer server) {
        return CalComConfig.builder(TENANT, FakeCalCom.API_KEY)
                .baseUrl(URI.create(server.url("/").toString()))
                .eventTypes(EventTypeMapping.parse("staff:maria=101@maria; staff:emma=102@emma; service:cut=300"))
                .username(FakeCalCom.OWNER)
                .callTimeout(Duration.ofSeconds(2))
                .maxRetries(3)
                .retryDelays(Duration.ofMillis(5), Duration.ofMillis(20))
                .breakerFailureThreshold(3)
                .breakerSuccessThreshold(2)
                .breakerHalfOpenAfter(Duration.ofMillis(200));
    }

    CalComCalendar calendar() {
        return CalComCalendar.create(config().build());
    }

    static String newAppointmentId() {
        return "a-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Customer customer() {
        return new Customer("Erika Mustermann", Optional.of(new PhoneNumber("+491512345678")),
                Optional.of(new EmailAddress("erika@example.com")));
    }

    /** A plain 45-minute haircut with Maria. */
    static ExternalBooking plain(String appointment, Instant start) {
        return new ExternalBooking(TENANT, AppointmentId.of(appointment), "main", "Haarschnitt", 1, 1, BRANCH, CUT,
                "Haarschnitt", MARIA, TimeInterval.of(start, Duration.ofMinutes(45)), customer(),
                "corr-" + appointment);
    }

    /** Root colour: A 30 min, pause 45, B 15, C 30, pause 15, D 30. */
    static Service colourService() {
        return colourService(List.of(WorkSegment.of("A", "Farbe auftragen", 30), Pause.of(45),
                WorkSegment.of("B", "Waschen", 15), WorkSegment.of("C", "Schneiden", 30), Pause.of(15),
                WorkSegment.of("D", "Föhnen", 30)));
    }

    static Service colourService(List<ServiceStep> steps) {
        return Service.composite(COLOUR, TENANT, "Ansatzfärbung", new CompositeDefinition(steps, PausePolicy.FREE),
                Money.euros(89));
    }

    /** The four segment bookings of one colour appointment with Maria starting at {@code start}. */
    static List<ExternalBooking> colourSegments(String appointment, Instant start) {
        Service s = colourService();
        List<ExternalBooking> out = new ArrayList<>();
        Instant at = start;
        int index = 0;
        int total = s.segments().size();
        for (ServiceStep step : s.composite().orElseThrow().steps()) {
            if (step instanceof WorkSegment w) {
                out.add(new ExternalBooking(TENANT, AppointmentId.of(appointment), w.key(), w.name(), ++index, total,
                        BRANCH, COLOUR, s.name(), MARIA, TimeInterval.of(at, w.duration()), customer(),
                        "corr-" + appointment));
            }
            at = at.plus(step.duration());
        }
        return out;
    }

    static <T> T done(CalendarOutcome<T> outcome) {
        if (outcome instanceof CalendarOutcome.Done<T> d) {
            return d.value();
        }
        throw new AssertionError("expected Done but was " + outcome);
    }

    /** Waits (polling) until the condition holds, at most {@code limit}. */
    static void await(Duration limit, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + limit);
            }
            LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
        }
    }
}
