package dev.termin.booking.adapter.calcom;

import static dev.termin.booking.adapter.calcom.FakeCalCom.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.adapter.calcom.FakeCalCom.Fault;
import dev.termin.booking.adapter.calcom.FakeCalCom.Recorded;
import dev.termin.booking.application.port.out.CalendarOutcome;
import dev.termin.booking.application.port.out.ExternalBooking;
import dev.termin.booking.domain.sync.CircuitState;
import dev.termin.booking.domain.time.TimeInterval;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Retries, timeouts, rate limits, the circuit breaker and idempotent creates against a failing fake Cal.com. */
class CalComCalendarResilienceTest extends CalComTestBase {

    private static final String BOOKINGS = "/v2/bookings";

    @Test
    void serverErrors_areRetriedWithALookupBeforeEachNewPost_andBookOnce() {
        // given
        CalComCalendar calendar = calendar();
        ExternalBooking booking = plain(newAppointmentId(), MONDAY_9);
        fake.failWhen(request("POST", BOOKINGS), Fault.serverError(503), 2);

        // when
        CalendarOutcome<String> outcome = calendar.create(booking);

        // then
        assertThat(outcome).isInstanceOf(CalendarOutcome.Done.class);
        assertThat(fake.requests()).extracting(Recorded::toString).containsExactly(
                "GET " + BOOKINGS + lookupQuery(), "POST " + BOOKINGS,
                "GET " + BOOKINGS + lookupQuery(), "POST " + BOOKINGS,
                "GET " + BOOKINGS + lookupQuery(), "POST " + BOOKINGS);
        assertThat(fake.activeFor(booking.appointment().value(), "main")).hasSize(1);
        assertThat(calendar.circuitState()).isEqualTo(CircuitState.CLOSED);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "400, BadRequestException, slot invalid",
        "404, NotFoundException, event type not found",
        "409, ConflictException, booking conflict",
        "422, UnprocessableEntityException, no available users found"})
    void clientErrors_areRejectedWithCalComsStatusCodeAndMessage_andNotRetried(int status, String code,
            String message) {
        // given
        CalComCalendar calendar = calendar();
        fake.failWhen(request("POST", BOOKINGS), Fault.error(status, code, message), 1);

        // when
        CalendarOutcome<String> outcome = calendar.create(plain(newAppointmentId(), MONDAY_9));

        // then
        assertThat(outcome).isEqualTo(new CalendarOutcome.Rejected<String>(status, code, message));
        assertThat(fake.requests("POST", BOOKINGS)).hasSize(1);
        assertThat(fake.bookings()).isEmpty();
    }

    @Test
    void rateLimited_isRetriedAfterTheRetryAfterDelay() {
        // given
        CalComCalendar calendar = calendar();
        fake.failWhen(request("POST", BOOKINGS), Fault.rateLimited("1"), 1);

        // when
        CalendarOutcome<String> outcome = calendar.create(plain(newAppointmentId(), MONDAY_9));

        // then
        assertThat(outcome).isInstanceOf(CalendarOutcome.Done.class);
        List<Recorded> posts = fake.requests("POST", BOOKINGS);
        assertThat(posts).hasSize(2);
        Duration gap = Duration.ofNanos(posts.get(1).nanos() - posts.get(0).nanos());
        assertThat(gap).isBetween(Duration.ofMillis(950), Duration.ofSeconds(3));
        assertThat(fake.requests()).as("a 429 stores nothing, so no lookup before the retry").hasSize(3);
    }

    @Test
    void rateLimited_withARetryAfterBeyondTheLimit_isUnreachableWithoutWaiting() {
        // given
        CalComCalendar calendar = calendar();
        fake.failWhen(request("POST", BOOKINGS), Fault.rateLimited("120"), 1);
        long t0 = System.nanoTime();

        // when
        CalendarOutcome<String> outcome = calendar.create(plain(newAppointmentId(), MONDAY_9));

        // then
        assertThat(outcome).isInstanceOfSatisfying(CalendarOutcome.Unreachable.class,
                u -> assertThat(u.reason()).contains("rate limited").contains("120 s"));
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
        assertThat(fake.requests("POST", BOOKINGS)).hasSize(1);
    }

    @Test
    void slowAnswer_timesOut_andTheBookingStoredMeanwhileIsFoundInsteadOfDuplicated() {
        // given
        CalComCalendar calendar = CalComCalendar.create(config().callTimeout(Duration.ofMillis(300)).build());
        ExternalBooking booking = plain(newAppointmentId(), MONDAY_9);
        fake.failWhen(request("POST", BOOKINGS), Fault.slow(Duration.ofMillis(1000)), 1);

        // when
        String uid = done(calendar.create(booking));

        // then
        assertThat(fake.activeFor(booking.appointment().value(), "main")).extracting(b -> b.uid)
                .containsExactly(uid);
        assertThat(fake.requests("POST", BOOKINGS)).hasSize(1);
    }

    @Test
    void answerLostAfterTheBookingWasStored_isFoundByItsMetadata() {
        // given
        CalComCalendar calendar = calendar();
        ExternalBooking booking = plain(newAppointmentId(), MONDAY_9);
        fake.failWhen(request("POST", BOOKINGS), Fault.loseResponse(), 1);

        // when
        String uid = done(calendar.create(booking));

        // then
        assertThat(fake.activeFor(booking.appointment().value(), "main")).extracting(b -> b.uid)
                .containsExactly(uid);
        assertThat(fake.requests()).extracting(Recorded::toString).containsExactly(
                "GET " + BOOKINGS + lookupQuery(), "POST " + BOOKINGS, "GET " + BOOKINGS + lookupQuery());
    }

    @Test
    void droppedConnectionAndMissingAnswer_areRetried() {
        // given
        CalComCalendar calendar = CalComCalendar.create(config().callTimeout(Duration.ofMillis(300)).build());
        ExternalBooking booking = plain(newAppointmentId(), MONDAY_9);
        fake.failWhen(request("GET", BOOKINGS), Fault.noResponse(), 1);
        fake.failWhen(request("POST", BOOKINGS), Fault.disconnect(), 1);

        // when
        CalendarOutcome<String> outcome = calendar.create(booking);

        // then
        assertThat(outcome).isInstanceOf(CalendarOutcome.Done.class);
        assertThat(fake.activeFor(booking.appointment().value(), "main")).hasSize(1);
    }

    @Test
    void cancel_whoseAnswerWasLost_isRetriedAndSucceeds() {
        // given
        CalComCalendar calendar = calendar();
        String uid = done(calendar.create(plain(newAppointmentId(), MONDAY_9)));
        fake.failWhen(request("POST", BOOKINGS + "/" + uid + "/cancel"), Fault.loseResponse(), 1);

        // when
        CalendarOutcome<Void> outcome = calendar.cancel(TENANT, uid, "r");

        // then
        assertThat(outcome).isInstanceOf(CalendarOutcome.Done.class);
        assertThat(fake.booking(uid).status).isEqualTo("cancelled");
    }

    @Test
    void reschedule_whoseAnswerWasLost_findsTheMovedBooking() {
        // given
        CalComCalendar calendar = calendar();
        ExternalBooking booking = plain(newAppointmentId(), MONDAY_9);
        String uid = done(calendar.create(booking));
        fake.failWhen(request("POST", BOOKINGS + "/" + uid + "/reschedule"), Fault.loseResponse(), 1);
        ExternalBooking moved = CalComCalendarBookingTest.moved(booking, Duration.ofHours(1));

        // when
        String newUid = done(calendar.reschedule(TENANT, uid, moved));

        // then
        assertThat(newUid).isNotEqualTo(uid);
        assertThat(fake.activeFor(booking.appointment().value(), "main")).extracting(b -> b.uid)
                .containsExactly(newUid);
        assertThat(fake.requestsUnder("POST", BOOKINGS + "/" + uid + "/reschedule")).hasSize(1);
    }

    @Test
    void persistentFailure_isUnreachable_opensTheBreakerAfterThreeFailures_andLaterCallsFailFast() {
        // given
        CalComCalendar calendar = calendar();
        fake.down(Fault.serverError(503));

        // when
        CalendarOutcome<String> first = calendar.create(plain(newAppointmentId(), MONDAY_9));
        int hits = fake.requests().size();
        long t0 = System.nanoTime();
        CalendarOutcome<String> second = calendar.create(plain(newAppointmentId(), MONDAY_9));
        Duration failFast = Duration.ofNanos(System.nanoTime() - t0);

        // then
        assertThat(first).isInstanceOfSatisfying(CalendarOutcome.Unreachable.class,
                u -> assertThat(u.reason()).contains("circuit open"));
        assertThat(hits).as("three failures open the breaker before the fourth attempt").isEqualTo(3);
        assertThat(calendar.circuitState()).isEqualTo(CircuitState.OPEN);
        assertThat(second).isInstanceOf(CalendarOutcome.Unreachable.class);
        assertThat(fake.requests()).hasSize(hits);
        assertThat(failFast).isLessThan(Duration.ofSeconds(1));
    }

    static Stream<Arguments> outages() {
        return Stream.of(
                Arguments.of("5xx", (Supplier<Fault>) () -> Fault.serverError(503)),
                Arguments.of("dropped connections", (Supplier<Fault>) Fault::disconnect),
                Arguments.of("timeouts", (Supplier<Fault>) Fault::noResponse));
    }

    @ParameterizedTest(name = "outage with {0}")
    @MethodSource("outages")
    void outage_unreachableWhileDown_breakerOpensHalfOpensAndCloses_andEveryBookingEndsUpOnceInCalCom(String name,
            Supplier<Fault> outage) {
        // given: the answer to the first booking is lost, then Cal.com goes down
        CalComCalendar calendar = CalComCalendar.create(config().callTimeout(Duration.ofMillis(300)).build());
        ExternalBooking lost = plain(newAppointmentId(), MONDAY_9);
        ExternalBooking during = plain(newAppointmentId(), MONDAY_9.plus(Duration.ofHours(1)));
        ExternalBooking after = plain(newAppointmentId(), MONDAY_9.plus(Duration.ofHours(2)));
        fake.failWhen(request("POST", BOOKINGS), Fault.loseResponse(), 1);
        fake.failWhen(r -> !fake.requests("POST", BOOKINGS).isEmpty(), outage.get(), Integer.MAX_VALUE);

        // when: Cal.com is down
        CalendarOutcome<String> lostOutcome = calendar.create(lost);
        int hits = fake.requests().size();
        CalendarOutcome<String> duringOutcome = calendar.create(during);
        CalendarOutcome<?> busyOutcome = calendar.busyTimes(TENANT, List.of(MARIA),
                TimeInterval.of(MONDAY_9, Duration.ofHours(8)));

        // then: unreachable, the breaker is open, nothing more reaches Cal.com
        assertThat(lostOutcome).isInstanceOf(CalendarOutcome.Unreachable.class);
        assertThat(duringOutcome).isInstanceOf(CalendarOutcome.Unreachable.class);
        assertThat(busyOutcome).isInstanceOf(CalendarOutcome.Unreachable.class);
        assertThat(calendar.circuitState()).isEqualTo(CircuitState.OPEN);
        assertThat(fake.requests()).hasSize(hits);
        assertThat(fake.activeFor(lost.appointment().value(), "main")).hasSize(1);

        // when: Cal.com is back, the breaker half-opens, and the engine retries
        fake.up();
        await(Duration.ofSeconds(3), () -> calendar.circuitState() == CircuitState.HALF_OPEN);
        String duringUid = done(calendar.create(during));
        CircuitState afterOneTrial = calendar.circuitState();
        String lostUid = done(calendar.create(lost));

        // then: two successful trials close it
        assertThat(afterOneTrial).isEqualTo(CircuitState.HALF_OPEN);
        assertThat(calendar.circuitState()).isEqualTo(CircuitState.CLOSED);
        String afterUid = done(calendar.create(after));

        // then: every booking exactly once, the lost one under its first uid
        assertThat(fake.activeFor(lost.appointment().value(), "main")).extracting(b -> b.uid)
                .containsExactly(lostUid);
        assertThat(fake.activeFor(during.appointment().value(), "main")).extracting(b -> b.uid)
                .containsExactly(duringUid);
        assertThat(fake.activeFor(after.appointment().value(), "main")).extracting(b -> b.uid)
                .containsExactly(afterUid);
        assertThat(fake.bookings()).hasSize(3);
    }

    private static String lookupQuery() {
        return "?{eventTypeId=300, afterStart=2050-09-05T07:00:00Z, beforeEnd=2050-09-05T19:00:00Z, take=100, skip=0}";
    }
}
