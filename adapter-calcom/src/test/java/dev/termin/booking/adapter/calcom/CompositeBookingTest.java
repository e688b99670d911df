package dev.termin.booking.adapter.calcom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.termin.booking.adapter.calcom.FakeCalCom.Fault;
import dev.termin.booking.adapter.calcom.FakeCalCom.Recorded;
import dev.termin.booking.application.port.out.CalendarOutcome;
import dev.termin.booking.application.port.out.ExternalBooking;
import dev.termin.booking.domain.catalogue.Money;
import dev.termin.booking.domain.catalogue.Service;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A composite appointment reaches Cal.com as one booking per work segment, each on its segment event type. */
class CompositeBookingTest extends CalComTestBase {

    @Test
    void fourSegmentsInReverseOrder_thirdRejectedWith422_isRejected_andTheTwoMadeCanBeCancelled() {
        // given: the segment event types exist; Cal.com will refuse segment B
        CalComCalendar calendar = calendar();
        done(calendar.segmentEventTypes().ensure(TENANT, BRANCH, List.of(colourService(),
                Service.plain(CUT, TENANT, "Haarschnitt", 45, Money.euros(30)))));
        long typeB = fake.eventTypeBySlug("acme-mitte-colour-b").id;
        fake.failWhen(r -> r.is("POST", "/v2/bookings") && r.json().path("eventTypeId").asLong() == typeB,
                Fault.error(422, "UnprocessableEntityException", "No available users found."), 1);
        fake.clearRecorded();
        String appointment = newAppointmentId();
        List<ExternalBooking> reversed = new ArrayList<>(colourSegments(appointment, MONDAY_9));
        java.util.Collections.reverse(reversed);

        // when: D, C, B as the engine does, then the saga cancels what was made
        String uidD = done(calendar.create(reversed.get(0)));
        String uidC = done(calendar.create(reversed.get(1)));
        CalendarOutcome<String> b = calendar.create(reversed.get(2));
        CalendarOutcome<Void> cancelD = calendar.cancel(TENANT, uidD, "Termin: booking could not be completed");
        CalendarOutcome<Void> cancelC = calendar.cancel(TENANT, uidC, "Termin: booking could not be completed");

        // then: outcomes
        assertThat(b).isEqualTo(new CalendarOutcome.Rejected<String>(422, "UnprocessableEntityException",
                "No available users found."));
        assertThat(cancelD).isInstanceOf(CalendarOutcome.Done.class);
        assertThat(cancelC).isInstanceOf(CalendarOutcome.Done.class);
        assertThat(fake.booking(uidD).status).isEqualTo("cancelled");
        assertThat(fake.booking(uidC).status).isEqualTo("cancelled");
        assertThat(fake.bookings()).hasSize(2);

        // then: the requests on the wire
        List<Recorded> posts = fake.requests("POST", "/v2/bookings");
        assertThat(posts).hasSize(3);
        assertThat(posts).extracting(r -> r.json().path("eventTypeId").asLong()).containsExactly(
                fake.eventTypeBySlug("acme-mitte-colour-d").id, fake.eventTypeBySlug("acme-mitte-colour-c").id,
                typeB);
        assertThat(posts).extracting(r -> r.json().path("start").asText()).containsExactly(
                "2050-09-05T09:15:00Z", "2050-09-05T08:30:00Z", "2050-09-05T08:15:00Z");
        JsonNode first = posts.get(0).json();
        assertThat(first.path("metadata").path("terminSegmentKey").asText()).isEqualTo("D");
        assertThat(first.path("metadata").path("terminSegment").asText()).isEqualTo("4 von 4");
        assertThat(first.path("metadata").path("terminAppointmentId").asText()).isEqualTo(appointment);
        assertThat(first.path("bookingFieldsResponses").path("notes").asText())
                .isEqualTo("Ansatzfärbung: Föhnen (4 von 4)");
        assertThat(posts.get(2).json().path("metadata").path("terminSegment").asText()).isEqualTo("2 von 4");
        assertThat(fake.requests()).extracting(Recorded::toString)
                .filteredOn(s -> s.startsWith("POST") && s.endsWith("/cancel"))
                .containsExactly("POST /v2/bookings/" + uidD + "/cancel", "POST /v2/bookings/" + uidC + "/cancel");
        assertThat(fake.requestsUnder("GET", "/v2/event-types")).as("the mapping was known").isEmpty();
    }

    @Test
    void segmentWithoutEnsure_getsItsHiddenEventTypeOnDemand_once() {
        // given
        CalComCalendar calendar = calendar();
        ExternalBooking segmentA = colourSegments(newAppointmentId(), MONDAY_9).get(0);

        // when
        String uid = done(calendar.create(segmentA));
        done(calendar.create(colourSegments(newAppointmentId(), MONDAY_9.plusSeconds(7200)).get(0)));

        // then
        FakeCalCom.EventType type = fake.eventTypeBySlug("acme-mitte-colour-a");
        assertThat(type.hidden).isTrue();
        assertThat(type.title).isEqualTo("Farbe auftragen");
        assertThat(type.length).isEqualTo(30);
        assertThat(fake.booking(uid).eventTypeId).isEqualTo(type.id);
        List<Recorded> eventTypeCalls = fake.requestsUnder("GET", "/v2/event-types");
        assertThat(eventTypeCalls).hasSize(1);
        assertThat(eventTypeCalls.get(0).query()).containsEntry("username", FakeCalCom.OWNER);
        assertThat(fake.requests("POST", "/v2/event-types")).hasSize(1)
                .allSatisfy(r -> assertThat(r.version()).isEqualTo("2024-06-14"));
    }

    @Test
    void afterARestart_theSegmentEventTypeIsFoundInCalComNotCreatedAgain() {
        // given: one calendar made the event types; a new one starts with an empty store
        done(calendar().segmentEventTypes().ensure(TENANT, BRANCH, List.of(colourService())));
        CalComCalendar restarted = calendar();
        fake.clearRecorded();

        // when
        String uid = done(restarted.create(colourSegments(newAppointmentId(), MONDAY_9).get(1)));

        // then
        assertThat(fake.booking(uid).eventTypeId).isEqualTo(fake.eventTypeBySlug("acme-mitte-colour-b").id);
        assertThat(fake.requests("POST", "/v2/event-types")).isEmpty();
        assertThat(restarted.segmentEventTypes().mapping(TENANT)).hasSize(4);
    }
}
