package dev.termin.booking.adapter.calcom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.termin.booking.adapter.calcom.FakeCalCom.Recorded;
import dev.termin.booking.application.port.out.CalendarOutcome;
import dev.termin.booking.application.port.out.ExternalBooking;
import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.customer.Customer;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.time.TimeInterval;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Create, cancel and reschedule against the fake Cal.com: outcomes, and the requests on the wire. */
class CalComCalendarBookingTest extends CalComTestBase {

    @Test
    void create_plainService_looksUpThenPostsTheBookingWithHeadersBodyAndMetadata() {
        // given
        CalComCalendar calendar = calendar();
        String appointment = newAppointmentId();

        // when
        String uid = done(calendar.create(plain(appointment, MONDAY_9)));

        // then
        assertThat(fake.booking(uid).eventTypeId).isEqualTo(CUT_EVENT_TYPE);
        List<Recorded> requests = fake.requests();
        assertThat(requests).extracting(Recorded::toString).hasSize(2);
        Recorded lookup = requests.get(0);
        assertThat(lookup.is("GET", "/v2/bookings")).isTrue();
        assertThat(lookup.query()).containsEntry("eventTypeId", "300")
                .containsEntry("afterStart", "2050-09-05T07:00:00Z")
                .containsEntry("beforeEnd", "2050-09-05T19:00:00Z")
                .containsEntry("take", "100").containsEntry("skip", "0")
                .doesNotContainKey("status");
        Recorded post = requests.get(1);
        assertThat(post.is("POST", "/v2/bookings")).isTrue();
        for (Recorded r : requests) {
            assertThat(r.authorization()).isEqualTo("Bearer " + FakeCalCom.API_KEY);
            assertThat(r.version()).isEqualTo("2024-08-13");
        }
        JsonNode body = post.json();
        assertThat(body.path("start").asText()).isEqualTo("2050-09-05T07:00:00Z");
        assertThat(body.path("eventTypeId").asLong()).isEqualTo(CUT_EVENT_TYPE);
        assertThat(body.path("attendee").path("name").asText()).isEqualTo("Erika Mustermann");
        assertThat(body.path("attendee").path("email").asText()).isEqualTo("erika@example.com");
        assertThat(body.path("attendee").path("phoneNumber").asText()).isEqualTo("+491512345678");
        assertThat(body.path("attendee").path("timeZone").asText()).isEqualTo("Europe/Berlin");
        assertThat(body.path("attendee").path("language").asText()).isEqualTo("de");
        assertThat(body.path("bookingFieldsResponses").path("notes").asText()).isEqualTo("Haarschnitt");
        JsonNode metadata = body.path("metadata");
        assertThat(metadata.path("terminTenant").asText()).isEqualTo("acme");
        assertThat(metadata.path("terminAppointmentId").asText()).isEqualTo(appointment);
        assertThat(metadata.path("terminSegmentKey").asText()).isEqualTo("main");
        assertThat(metadata.path("terminSegment").asText()).isEqualTo("1 von 1");
        assertThat(metadata.path("terminCorrelationId").asText()).isEqualTo("corr-" + appointment);
        assertThat(metadata.path("terminStaffId").asText()).isEqualTo("maria");
        metadata.fieldNames().forEachRemaining(k -> assertThat(k.length()).isLessThanOrEqualTo(40));
        assertThat(metadata.size()).isLessThanOrEqualTo(50);
    }

    @Test
    void create_repeatedForTheSameAppointmentAndSegment_returnsTheFirstBookingWithoutPostingAgain() {
        // given
        CalComCalendar calendar = calendar();
        ExternalBooking booking = plain(newAppointmentId(), MONDAY_9);
        String first = done(calendar.create(booking));

        // when
        String second = done(calendar.create(booking));

        // then
        assertThat(second).isEqualTo(first);
        assertThat(fake.requests("POST", "/v2/bookings")).hasSize(1);
        assertThat(fake.activeFor(booking.appointment().value(), "main")).hasSize(1);
    }

    @Test
    void create_afterTheEarlierBookingWasCancelled_booksAgain() {
        // given
        CalComCalendar calendar = calendar();
        ExternalBooking booking = plain(newAppointmentId(), MONDAY_9);
        String first = done(calendar.create(booking));
        done(calendar.cancel(TENANT, first, "saga"));

        // when
        String second = done(calendar.create(booking));

        // then
        assertThat(second).isNotEqualTo(first);
        assertThat(fake.activeFor(booking.appointment().value(), "main")).extracting(b -> b.uid).containsExactly(second);
    }

    @Test
    void create_customerWithPhoneOnly_sendsThePhoneOrTheConfiguredFallbackEmail() {
        // given
        ExternalBooking phoneOnly = withCustomer(plain(newAppointmentId(), MONDAY_9),
                Customer.withPhone("Max Muster", "+4930123456"));
        CalComCalendar plainCalendar = calendar();
        CalComCalendar withFallback = CalComCalendar.create(config().fallbackAttendeeEmail("buchung@salon.example")
                .build());

        // when
        done(plainCalendar.create(phoneOnly));
        done(withFallback.create(withCustomer(plain(newAppointmentId(), MONDAY_9.plus(Duration.ofHours(1))),
                Customer.withPhone("Max Muster", "+4930123456"))));

        // then
        List<Recorded> posts = fake.requests("POST", "/v2/bookings");
        assertThat(posts.get(0).json().path("attendee").has("email")).isFalse();
        assertThat(posts.get(0).json().path("attendee").path("phoneNumber").asText()).isEqualTo("+4930123456");
        assertThat(posts.get(1).json().path("attendee").path("email").asText()).isEqualTo("buchung@salon.example");
    }

    @Test
    void create_plainServiceWithoutMappedEventType_isRejectedWithoutCallingCalCom() {
        // given
        CalComCalendar calendar = calendar();
        ExternalBooking b = plain(newAppointmentId(), MONDAY_9);
        ExternalBooking unmapped = new ExternalBooking(b.tenant(), b.appointment(), "main", "Dauerwelle", 1, 1,
                b.branch(), ServiceId.of("perm"), "Dauerwelle", StaffId.of("lena"), b.interval(), b.customer(),
                b.correlationId());

        // when
        CalendarOutcome<String> outcome = calendar.create(unmapped);

        // then
        assertThat(outcome).isInstanceOfSatisfying(CalendarOutcome.Rejected.class, r -> {
            assertThat(r.status()).isEqualTo(422);
            assertThat(r.code()).isEqualTo(CalComCalendar.NOT_MAPPED);
        });
        assertThat(fake.requests()).isEmpty();
    }

    @Test
    void anyCall_forATenantWithoutConfiguration_isRejectedNotConfigured() {
        // given
        CalComCalendar calendar = calendar();
        TenantId other = TenantId.of("other");

        // when
        CalendarOutcome<?> busy = calendar.busyTimes(other, List.of(MARIA),
                TimeInterval.of(MONDAY_9, Duration.ofHours(8)));
        CalendarOutcome<Void> cancel = calendar.cancel(other, "x", "r");

        // then
        for (CalendarOutcome<?> o : List.of(busy, cancel)) {
            assertThat(o).isInstanceOfSatisfying(CalendarOutcome.Rejected.class, r -> {
                assertThat(r.status()).isEqualTo(501);
                assertThat(r.code()).isEqualTo(CalComCalendar.NOT_CONFIGURED);
            });
        }
        assertThat(calendar.circuitState(other)).isEqualTo(dev.termin.booking.domain.sync.CircuitState.NOT_CONFIGURED);
        assertThat(fake.requests()).isEmpty();
    }

    @Test
    void cancel_postsTheReasonAndCancelsTheBooking() {
        // given
        CalComCalendar calendar = calendar();
        String uid = done(calendar.create(plain(newAppointmentId(), MONDAY_9)));
        fake.clearRecorded();

        // when
        CalendarOutcome<Void> outcome = calendar.cancel(TENANT, uid, "Kundin hat abgesagt");

        // then
        assertThat(outcome).isInstanceOf(CalendarOutcome.Done.class);
        Recorded post = fake.requests().get(0);
        assertThat(post.is("POST", "/v2/bookings/" + uid + "/cancel")).isTrue();
        assertThat(post.version()).isEqualTo("2024-08-13");
        assertThat(post.json().path("cancellationReason").asText()).isEqualTo("Kundin hat abgesagt");
        assertThat(fake.booking(uid).status).isEqualTo("cancelled");
    }

    @Test
    void cancel_ofAnAlreadyCancelledBooking_succeeds() {
        // given
        CalComCalendar calendar = calendar();
        String uid = done(calendar.create(plain(newAppointmentId(), MONDAY_9)));
        done(calendar.cancel(TENANT, uid, "first"));
        fake.clearRecorded();

        // when
        CalendarOutcome<Void> outcome = calendar.cancel(TENANT, uid, "again");

        // then
        assertThat(outcome).isInstanceOf(CalendarOutcome.Done.class);
        assertThat(fake.requests()).extracting(Recorded::toString)
                .containsExactly("POST /v2/bookings/" + uid + "/cancel", "GET /v2/bookings/" + uid);
    }

    @Test
    void cancel_ofAnUnknownBooking_isRejectedWith404() {
        // given
        CalComCalendar calendar = calendar();

        // when
        CalendarOutcome<Void> outcome = calendar.cancel(TENANT, "nope", "r");

        // then
        assertThat(outcome).isInstanceOfSatisfying(CalendarOutcome.Rejected.class, r -> {
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.code()).isEqualTo("NotFoundException");
        });
    }

    @Test
    void reschedule_postsTheNewStartInUtcAndReturnsTheNewUid() {
        // given
        CalComCalendar calendar = calendar();
        ExternalBooking booking = plain(newAppointmentId(), MONDAY_9);
        String uid = done(calendar.create(booking));
        fake.clearRecorded();
        ExternalBooking moved = moved(booking, Duration.ofHours(2));

        // when
        String newUid = done(calendar.reschedule(TENANT, uid, moved));

        // then
        assertThat(newUid).isNotEqualTo(uid);
        Recorded post = fake.requests().get(0);
        assertThat(post.is("POST", "/v2/bookings/" + uid + "/reschedule")).isTrue();
        assertThat(post.version()).isEqualTo("2024-08-13");
        assertThat(post.json().path("start").asText()).isEqualTo("2050-09-05T09:00:00Z");
        assertThat(fake.booking(uid).status).isEqualTo("cancelled");
        assertThat(fake.booking(uid).rescheduledToUid).isEqualTo(newUid);
        assertThat(fake.booking(newUid).meta("terminAppointmentId")).isEqualTo(booking.appointment().value());
    }

    @Test
    void reschedule_repeatedWithTheOldUid_returnsTheSameNewBooking() {
        // given
        CalComCalendar calendar = calendar();
        ExternalBooking booking = plain(newAppointmentId(), MONDAY_9);
        String uid = done(calendar.create(booking));
        ExternalBooking moved = moved(booking, Duration.ofHours(2));
        String first = done(calendar.reschedule(TENANT, uid, moved));

        // when
        String again = done(calendar.reschedule(TENANT, uid, moved));

        // then
        assertThat(again).isEqualTo(first);
        assertThat(fake.activeFor(booking.appointment().value(), "main")).hasSize(1);
    }

    @Test
    void reschedule_ofACancelledBookingToANewTime_isRejected() {
        // given
        CalComCalendar calendar = calendar();
        ExternalBooking booking = plain(newAppointmentId(), MONDAY_9);
        String uid = done(calendar.create(booking));
        done(calendar.cancel(TENANT, uid, "weg"));

        // when
        CalendarOutcome<String> outcome = calendar.reschedule(TENANT, uid, moved(booking, Duration.ofHours(3)));

        // then
        assertThat(outcome).isInstanceOfSatisfying(CalendarOutcome.Rejected.class,
                r -> assertThat(r.status()).isEqualTo(400));
    }

    @Test
    void wrongApiKey_isRejectedWith401AndNotRetried() {
        // given
        CalComCalendar calendar = CalComCalendar.create(
                CalComConfig.builder(TENANT, "cal_wrong").baseUrl(config().build().account().baseUrl())
                        .eventTypes(config().build().eventTypes()).build());

        // when
        CalendarOutcome<String> outcome = calendar.create(plain(newAppointmentId(), MONDAY_9));

        // then
        assertThat(outcome).isInstanceOfSatisfying(CalendarOutcome.Rejected.class, r -> {
            assertThat(r.status()).isEqualTo(401);
            assertThat(r.code()).isEqualTo("UnauthorizedException");
        });
        assertThat(fake.requests()).hasSize(1);
    }

    static ExternalBooking moved(ExternalBooking b, Duration by) {
        return new ExternalBooking(b.tenant(), b.appointment(), b.segmentKey(), b.segmentName(), b.index(), b.total(),
                b.branch(), b.service(), b.serviceName(), b.staff(), b.interval().shift(by), b.customer(),
                b.correlationId());
    }

    static ExternalBooking withCustomer(ExternalBooking b, Customer c) {
        return new ExternalBooking(b.tenant(), AppointmentId.of(b.appointment().value()), b.segmentKey(),
                b.segmentName(), b.index(), b.total(), b.branch(), b.service(), b.serviceName(), b.staff(),
                b.interval(), c, b.correlationId());
    }
}
