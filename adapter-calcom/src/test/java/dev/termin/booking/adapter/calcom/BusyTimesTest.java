package dev.termin.booking.adapter.calcom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.application.port.out.ExternalBooking;
import dev.termin.booking.application.port.out.ExternalBusy;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.time.TimeInterval;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Busy times derived from Cal.com's bookings of the staff members' event types, and their cache. */
class BusyTimesTest extends CalComTestBase {

    private static final TimeInterval DAY = TimeInterval.of(MONDAY_9, Duration.ofHours(9));

    private static Instant at(String hhmmUtc) {
        return Instant.parse("2050-09-05T" + hhmmUtc + ":00Z");
    }

    @Test
    void busyTimes_areTheActiveBookings_ofOwnSharedAndSegmentEventTypes_attributedToTheirStaff() {
        // given: bookings made elsewhere
        FakeCalCom.Booking mariaOwn = fake.addBooking(MARIA_EVENT_TYPE, at("08:00"), at("08:30"), "accepted", Map.of());
        fake.addBooking(MARIA_EVENT_TYPE, at("09:00"), at("09:30"), "cancelled", Map.of());
        fake.addBooking(MARIA_EVENT_TYPE, at("10:00"), at("10:30"), "rejected", Map.of());
        fake.addBooking(MARIA_EVENT_TYPE, Instant.parse("2050-09-07T08:00:00Z"), Instant.parse(
                "2050-09-07T08:30:00Z"), "accepted", Map.of());
        FakeCalCom.Booking emmaPending = fake.addBooking(EMMA_EVENT_TYPE, at("08:00"), at("09:00"), "pending",
                Map.of());
        FakeCalCom.Booking sharedHostedByMaria = fake.addBooking(CUT_EVENT_TYPE, at("13:00"), at("13:45"),
                "accepted", Map.of(), List.of("maria"));
        fake.addBooking(CUT_EVENT_TYPE, at("14:00"), at("14:45"), "accepted", Map.of(), List.of("salon"));
        fake.addBooking(CUT_EVENT_TYPE, at("14:00"), at("14:45"), "accepted",
                Map.of("terminTenant", "other", "terminStaffId", "emma"));
        // and bookings Termin made: on the shared event type and on a segment event type
        CalComCalendar calendar = calendar();
        String termins = done(calendar.create(plain(newAppointmentId(), at("11:00"))));
        done(calendar.segmentEventTypes().ensure(TENANT, BRANCH, List.of(colourService())));
        ExternalBooking segmentForEmma = colourSegments(newAppointmentId(), at("12:00")).get(0);
        String segment = done(calendar.create(new ExternalBooking(TENANT, segmentForEmma.appointment(),
                segmentForEmma.segmentKey(), segmentForEmma.segmentName(), 1, 4, BRANCH, COLOUR, "Ansatzfärbung",
                EMMA, segmentForEmma.interval(), segmentForEmma.customer(), segmentForEmma.correlationId())));
        fake.clearRecorded();

        // when
        List<ExternalBusy> busy = done(calendar.busyTimes(TENANT, List.of(MARIA, EMMA), DAY));

        // then
        assertThat(busy).containsExactly(
                new ExternalBusy(EMMA, TimeInterval.of(at("08:00"), at("09:00")), emmaPending.uid),
                new ExternalBusy(EMMA, TimeInterval.of(at("12:00"), at("12:30")), segment),
                new ExternalBusy(MARIA, TimeInterval.of(at("08:00"), at("08:30")), mariaOwn.uid),
                new ExternalBusy(MARIA, TimeInterval.of(at("11:00"), at("11:45")), termins),
                new ExternalBusy(MARIA, TimeInterval.of(at("13:00"), at("13:45")), sharedHostedByMaria.uid));
        String segmentTypes = fake.eventTypes().stream().filter(t -> t.slug.startsWith("acme-mitte-colour-"))
                .map(t -> String.valueOf(t.id)).sorted().reduce((a, b) -> a + "," + b).orElseThrow();
        assertThat(fake.requests()).singleElement().satisfies(r -> {
            assertThat(r.is("GET", "/v2/bookings")).isTrue();
            assertThat(r.version()).isEqualTo("2024-08-13");
            assertThat(r.query()).containsEntry("eventTypeIds", "101,102,300," + segmentTypes)
                    .containsEntry("status", "upcoming,unconfirmed")
                    .containsEntry("afterStart", "2050-09-04T19:00:00Z")
                    .containsEntry("beforeEnd", "2050-09-06T04:00:00Z");
        });
    }

    @Test
    void busyTimes_includeBookingsOverlappingTheRangesEdges() {
        // given
        FakeCalCom.Booking early = fake.addBooking(MARIA_EVENT_TYPE, at("06:30"), at("07:30"), "accepted", Map.of());
        FakeCalCom.Booking late = fake.addBooking(MARIA_EVENT_TYPE, at("15:45"), at("16:30"), "accepted", Map.of());
        fake.addBooking(MARIA_EVENT_TYPE, at("06:00"), at("07:00"), "accepted", Map.of());

        // when
        List<ExternalBusy> busy = done(calendar().busyTimes(TENANT, List.of(MARIA), DAY));

        // then
        assertThat(busy).extracting(ExternalBusy::reference).containsExactly(early.uid, late.uid);
    }

    @Test
    void busyTimes_readEveryPage() {
        // given
        fake.maxPageSize(2);
        for (int i = 0; i < 5; i++) {
            fake.addBooking(MARIA_EVENT_TYPE, MONDAY_9.plus(Duration.ofMinutes(30L * i)),
                    MONDAY_9.plus(Duration.ofMinutes(30L * i + 20)), "accepted", Map.of());
        }

        // when
        List<ExternalBusy> busy = done(calendar().busyTimes(TENANT, List.of(MARIA), DAY));

        // then
        assertThat(busy).hasSize(5);
        assertThat(fake.requests("GET", "/v2/bookings")).extracting(r -> r.query().get("skip"))
                .containsExactly("0", "2", "4");
    }

    @Test
    void busyTimes_ofStaffWithoutOwnEventType_areTheBookingsTerminMadeForThem() {
        // given
        StaffId lena = StaffId.of("lena");
        FakeCalCom.Booking forLena = fake.addBooking(CUT_EVENT_TYPE, at("08:00"), at("08:45"), "accepted",
                Map.of("terminTenant", "acme", "terminStaffId", "lena"));
        fake.addBooking(CUT_EVENT_TYPE, at("09:00"), at("09:45"), "accepted",
                Map.of("terminTenant", "acme", "terminStaffId", "maria"));

        // when
        List<ExternalBusy> busy = done(calendar().busyTimes(TENANT, List.of(lena), DAY));

        // then
        assertThat(busy).extracting(ExternalBusy::staff, ExternalBusy::reference)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(lena, forLena.uid));
    }

    @Test
    void busyTimes_withoutStaff_areEmptyWithoutCallingCalCom() {
        assertThat(done(calendar().busyTimes(TENANT, List.of(), DAY))).isEmpty();
        assertThat(fake.requests()).isEmpty();
    }

    @Test
    void busyTimes_areCachedUntilTheTtlEnds_andAfterACreateTheyAreAskedAgain() {
        // given
        MutableClock clock = new MutableClock(Instant.parse("2050-01-01T00:00:00Z"));
        CalComCalendar calendar = CalComCalendar.builder().tenant(config().busyCacheTtl(Duration.ofSeconds(30))
                .build()).clock(clock).build();
        done(calendar.busyTimes(TENANT, List.of(MARIA), DAY));
        int afterFirst = bookingLists();

        // when / then: within the TTL, no request
        clock.advance(Duration.ofSeconds(29));
        done(calendar.busyTimes(TENANT, List.of(MARIA), DAY));
        assertThat(bookingLists()).isEqualTo(afterFirst);

        // when / then: after the TTL, asked again
        clock.advance(Duration.ofSeconds(2));
        done(calendar.busyTimes(TENANT, List.of(MARIA), DAY));
        assertThat(bookingLists()).isEqualTo(2 * afterFirst);

        // when / then: a create clears the tenant's cache
        done(calendar.create(plain(newAppointmentId(), MONDAY_9)));
        fake.clearRecorded();
        done(calendar.busyTimes(TENANT, List.of(MARIA), DAY));
        assertThat(bookingLists()).isEqualTo(1);
    }

    @Test
    void busyTimes_withTheCacheOff_alwaysAskCalCom() {
        // given
        CalComCalendar calendar = CalComCalendar.create(config().busyCacheTtl(Duration.ZERO).build());

        // when
        done(calendar.busyTimes(TENANT, List.of(MARIA), DAY));
        done(calendar.busyTimes(TENANT, List.of(MARIA), DAY));

        // then
        assertThat(bookingLists()).isEqualTo(2);
    }

    private int bookingLists() {
        return fake.requests("GET", "/v2/bookings").size();
    }

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
