package dev.termin.booking.application.scenario;

import static dev.termin.booking.application.scenario.Salon.NOW;
import static dev.termin.booking.application.scenario.Salon.wednesday;
import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.adapter.inmemory.InMemoryStorage;
import dev.termin.booking.adapter.inmemory.RecordingNotifier;
import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.application.port.in.CancelCommand;
import dev.termin.booking.application.port.in.NotificationReport;
import dev.termin.booking.application.port.out.Notification;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.testing.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The operations view of notifications: the backlog now, and what was sent, retried, failed or skipped. */
class NotificationReportTest {

    private final MutableClock clock = new MutableClock(NOW);
    private final RecordingNotifier notifier = new RecordingNotifier();
    private final Salon salon = new Salon(BookingEngine.builder().clock(clock)
            .storage(new InMemoryStorage(clock).storage()).notifier(notifier).build());

    private NotificationReport report() {
        return salon.engine.operations().notifications(salon.tenant, Duration.ofDays(7));
    }

    @Test
    void aFailedSend_isCountedAsRetried_thenAsSent_andTheFlowLogSaysSentOnlyAfterAcceptance() {
        // given a booking whose confirmation fails once
        notifier.failNextSends(1);
        Appointment a = salon.book(salon.cut, salon.maria, wednesday("10:00")).orElseThrow();

        // when the outbox runs, fails, and runs again after the backoff
        salon.engine.operations().processOutbox(20);
        NotificationReport afterFailure = report();
        boolean sentBeforeAcceptance = salon.engine.appointments().flow(salon.tenant, a.correlationId()).stream()
                .anyMatch(e -> e.step().equals("notification.sent"));
        clock.advance(Duration.ofMinutes(5));
        salon.engine.operations().processOutbox(20);

        // then confirmation and reminder pending, one retrying; afterwards one sent, the reminder still pending
        assertThat(afterFailure).isEqualTo(new NotificationReport(Duration.ofDays(7), 2, 1, 0, 0, 1, 0, 0));
        assertThat(sentBeforeAcceptance).isFalse();
        assertThat(report()).isEqualTo(new NotificationReport(Duration.ofDays(7), 1, 0, 0, 1, 1, 0, 0));
        assertThat(notifier.sent()).extracting(Notification::kind)
                .containsExactly(Notification.Kind.BOOKING_CONFIRMATION);
    }

    @Test
    void aReminderOfACancelledAppointment_isCountedAsSkipped() {
        Appointment a = salon.book(salon.cut, salon.maria, wednesday("10:00")).orElseThrow();
        salon.engine.appointments().cancel(new CancelCommand(salon.tenant, a.id(), "", true, "c")).orElseThrow();
        clock.set(wednesday("09:00"));

        salon.engine.operations().processOutbox(20);

        assertThat(report()).satisfies(r -> {
            assertThat(r.pending()).isZero();
            assertThat(r.sent()).isEqualTo(2);
            assertThat(r.skipped()).isEqualTo(1);
        });
    }
}
