package dev.termin.booking.application.scenario;

import static dev.termin.booking.application.scenario.Salon.NOW;
import static dev.termin.booking.application.scenario.Salon.wednesday;
import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.adapter.inmemory.InMemoryStorage;
import dev.termin.booking.adapter.inmemory.RecordingNotifier;
import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.application.port.in.CancelCommand;
import dev.termin.booking.application.port.in.RescheduleCommand;
import dev.termin.booking.application.port.out.Notification;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.catalogue.Company;
import dev.termin.booking.domain.policy.BookingPolicy;
import dev.termin.booking.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reminders ride in the outbox: due at start minus each offset, dropped when cancelled, moved with a reschedule. */
class RemindersTest {

    private MutableClock clock;
    private RecordingNotifier notifier;
    private Salon salon;

    @BeforeEach
    void setUp() {
        clock = new MutableClock(NOW);
        notifier = new RecordingNotifier();
        salon = new Salon(BookingEngine.builder().clock(clock).storage(new InMemoryStorage(clock).storage())
                .notifier(notifier).build());
    }

    private List<Notification> remindersAt(Instant when) {
        clock.set(when);
        salon.engine.operations().processOutbox(50);
        return notifier.sent().stream().filter(n -> n.kind() == Notification.Kind.REMINDER).toList();
    }

    @Test
    void givenABookingTwoDaysAhead_theReminderGoesOut24HoursBefore_andNotEarlier() {
        // given Wednesday 10:00 booked on Monday 08:00
        salon.book(salon.cut, salon.maria, wednesday("10:00")).orElseThrow();

        // when the clock reaches one second before, then exactly 24 hours before the start
        List<Notification> early = remindersAt(wednesday("10:00").minus(Duration.ofHours(24)).minusSeconds(1));
        List<Notification> due = remindersAt(wednesday("10:00").minus(Duration.ofHours(24)));

        // then one German reminder, at the due time only, and never twice
        assertThat(early).isEmpty();
        assertThat(due).singleElement().satisfies(n -> assertThat(n.messages().get(Notification.Language.GERMAN)
                .subject()).isEqualTo("Terminerinnerung: Haarschnitt"));
        assertThat(remindersAt(wednesday("09:00"))).hasSize(1);
        assertThat(salon.engine.appointments().flow(salon.tenant, due.get(0).correlationId()))
                .anySatisfy(e -> assertThat(e.detail()).isEqualTo("notify_reminder"));
    }

    @Test
    void givenABookingMadeInsideTheOffset_noReminderIsPlanned() {
        // given Monday 08:00, a booking for Monday 15:00 (7 hours ahead, inside the 24 hours)
        salon.book(salon.cut, salon.maria, Salon.berlin(Salon.WEDNESDAY.minusDays(2), "17:00")).orElseThrow();

        // then only the confirmation is ever sent
        assertThat(remindersAt(NOW.plus(Duration.ofHours(8)))).isEmpty();
        assertThat(notifier.sent()).extracting(Notification::kind)
                .containsExactly(Notification.Kind.BOOKING_CONFIRMATION);
    }

    @Test
    void givenACancelledAppointment_itsReminderIsDropped() {
        // given a booking, cancelled by the desk the same day
        Appointment a = salon.book(salon.cut, salon.maria, wednesday("10:00")).orElseThrow();
        salon.engine.appointments().cancel(new CancelCommand(salon.tenant, a.id(), "", true, "c")).orElseThrow();

        // then the reminder's due time passes without a reminder
        assertThat(remindersAt(wednesday("09:00"))).isEmpty();
        assertThat(salon.engine.appointments().flow(salon.tenant, a.correlationId()))
                .anySatisfy(e -> assertThat(e.step()).isEqualTo("notification.skipped"));
    }

    @Test
    void givenARescheduledAppointment_theReminderMovesWithIt() {
        // given Wednesday 10:00, moved to Wednesday 16:00
        Appointment a = salon.book(salon.cut, salon.maria, wednesday("10:00")).orElseThrow();
        salon.engine.appointments().reschedule(new RescheduleCommand(salon.tenant, a.id(), wednesday("16:00"),
                Optional.empty(), false, "r")).orElseThrow();

        // then nothing at the old time, one reminder 24 hours before the new time
        assertThat(remindersAt(wednesday("10:00").minus(Duration.ofHours(24)))).isEmpty();
        assertThat(remindersAt(wednesday("16:00").minus(Duration.ofHours(24)))).hasSize(1);
        assertThat(remindersAt(wednesday("15:00"))).hasSize(1);
    }

    @Test
    void givenATenantWithTwoOffsets_eachOffsetThatLiesAheadGetsAReminder() {
        // given reminders 48 and 2 hours before; a booking 30 hours ahead is inside the 48 hours
        salon.engine.catalogue().saveCompany(new Company(salon.tenant, "Salon Schnittpunkt", BookingPolicy.DEFAULTS
                .withReminderOffsets(List.of(Duration.ofHours(48), Duration.ofHours(2))))).orElseThrow();
        Instant start = NOW.plus(Duration.ofHours(30));
        salon.book(salon.cut, salon.maria, start).orElseThrow();

        // then only the two-hour reminder comes
        assertThat(remindersAt(start.minus(Duration.ofHours(3)))).isEmpty();
        assertThat(remindersAt(start.minus(Duration.ofHours(2)))).hasSize(1);
    }
}
