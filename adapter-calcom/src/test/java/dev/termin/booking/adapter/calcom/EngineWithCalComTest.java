package dev.termin.booking.adapter.calcom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.adapter.calcom.FakeCalCom.Fault;
import dev.termin.booking.adapter.inmemory.InMemoryStorage;
import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.application.port.in.BookCommand;
import dev.termin.booking.application.port.in.SlotRequest;
import dev.termin.booking.testing.MutableClock;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.Source;
import dev.termin.booking.domain.appointment.SyncStatus;
import dev.termin.booking.domain.calendar.OpeningHours;
import dev.termin.booking.domain.catalogue.Branch;
import dev.termin.booking.domain.catalogue.Company;
import dev.termin.booking.domain.catalogue.Money;
import dev.termin.booking.domain.catalogue.Service;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.Staff;
import dev.termin.booking.domain.policy.BookingPolicy;
import dev.termin.booking.domain.result.Result;
import dev.termin.booking.domain.result.Warning;
import dev.termin.booking.domain.sync.CircuitState;
import dev.termin.booking.domain.time.LocalTimeWindow;
import dev.termin.booking.domain.time.WeeklyHours;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The engine with the real Cal.com adapter against the fake Cal.com: segment event types, saga, outage. */
class EngineWithCalComTest extends CalComTestBase {

    private MutableClock clock;
    private CalComCalendar calendar;
    private BookingEngine engine;

    @BeforeEach
    void setUpEngine() {
        clock = new MutableClock(Instant.parse("2050-09-01T06:00:00Z"));
        calendar = CalComCalendar.create(config().build());
        engine = BookingEngine.builder().clock(clock).storage(new InMemoryStorage(clock).storage())
                .externalCalendar(calendar).build();
        var catalogue = engine.catalogue();
        WeeklyHours open = WeeklyHours.on(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), LocalTimeWindow.of("08:00", "20:00"));
        catalogue.saveCompany(new Company(TENANT, "Acme", BookingPolicy.DEFAULTS)).orElseThrow();
        catalogue.saveBranch(new Branch(BRANCH, TENANT, "Mitte", ZoneId.of("Europe/Berlin"),
                OpeningHours.weekly(open))).orElseThrow();
        catalogue.saveService(Service.plain(CUT, TENANT, "Haarschnitt", 45, Money.euros(30))
                .withBuffers(Duration.ZERO, Duration.ZERO)).orElseThrow();
        catalogue.saveService(colourService().withBuffers(Duration.ZERO, Duration.ZERO)).orElseThrow();
        catalogue.saveStaff(new Staff(MARIA, TENANT, BRANCH, "Maria", List.of(), Set.of(CUT, COLOUR), open,
                WeeklyHours.none(), List.of(), true)).orElseThrow();
    }

    private Result<Appointment> book(ServiceId service, Instant start) {
        return engine.appointments().book(new BookCommand(new SlotRequest(TENANT, Optional.of(BRANCH), service,
                Optional.of(MARIA)), start, customer(), "", Source.PHONE, Optional.empty(), Optional.empty(),
                "corr-" + start));
    }

    @Test
    void savingACompositeServiceCreatesItsHiddenSegmentEventTypes() {
        for (String segment : List.of("a", "b", "c", "d")) {
            FakeCalCom.EventType type = fake.eventTypeBySlug("acme-mitte-colour-" + segment);
            assertThat(type).as("segment " + segment).isNotNull();
            assertThat(type.hidden).isTrue();
        }
    }

    @Test
    void whenCalComRejectsTheThirdOfFourSegmentsTheTwoMadeAreCancelledAndTheAppointmentIsFlagged() {
        // given Cal.com refuses segment B (created third, after D and C)
        long typeB = fake.eventTypeBySlug("acme-mitte-colour-b").id;
        fake.failWhen(r -> r.is("POST", "/v2/bookings") && r.json().path("eventTypeId").asLong() == typeB,
                Fault.error(422, "UnprocessableEntityException", "No available users found."), 1);
        Appointment colour = book(COLOUR, MONDAY_9).orElseThrow();

        // when the sync runs
        engine.operations().processOutbox(10);

        // then D and C were made and cancelled again, and the appointment is failed and flagged
        Appointment after = engine.appointments().find(TENANT, colour.id()).orElseThrow();
        assertThat(after.sync().status()).isEqualTo(SyncStatus.FAILED);
        assertThat(after.sync().manualReview()).isTrue();
        assertThat(after.sync().externalRefs()).isEmpty();
        assertThat(fake.bookings()).hasSize(2).allSatisfy(b -> assertThat(b.status).isEqualTo("cancelled"));
        assertThat(engine.operations().syncHealth(TENANT).alerts()).isNotEmpty();
    }

    @Test
    void bookingsMadeWhileCalComIsDownReachItExactlyOnceAfterItReturns() {
        // given Cal.com is down
        fake.down(Fault.serverError(503));
        List<Appointment> booked = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Result<Appointment> r = book(CUT, MONDAY_9.plus(Duration.ofHours(i)));
            assertThat(((Result.Success<Appointment>) r).warnings()).extracting(Warning::code)
                    .contains(Warning.EXTERNAL_CALENDAR_UNAVAILABLE, Warning.CALENDAR_SYNC_PENDING);
            booked.add(r.orElseThrow());
        }
        engine.operations().processOutbox(20);
        assertThat(calendar.circuitState()).isEqualTo(CircuitState.OPEN);
        assertThat(engine.operations().syncHealth(TENANT).circuit()).isEqualTo(CircuitState.OPEN);

        // when it returns (and the first create's answer gets lost on the way)
        fake.up();
        fake.failWhen(r -> r.is("POST", "/v2/bookings"), Fault.loseResponse(), 1);
        await(Duration.ofSeconds(5), () -> calendar.circuitState() != CircuitState.OPEN);
        await(Duration.ofSeconds(10), () -> {
            clock.advance(Duration.ofMinutes(10));
            engine.operations().processOutbox(20);
            return booked.stream().allMatch(a -> engine.appointments().find(TENANT, a.id()).orElseThrow()
                    .sync().status() == SyncStatus.SYNCED);
        });

        // then every booking is in Cal.com exactly once
        for (Appointment a : booked) {
            assertThat(fake.activeFor(a.id().value(), "main")).hasSize(1);
        }
        assertThat(fake.bookings()).hasSize(3);
        assertThat(calendar.circuitState()).isEqualTo(CircuitState.CLOSED);
    }
}
