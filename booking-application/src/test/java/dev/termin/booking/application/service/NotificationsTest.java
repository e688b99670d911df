package dev.termin.booking.application.service;

import dev.termin.booking.application.port.in.CancelCommand;
import dev.termin.booking.application.port.in.RescheduleCommand;
import static dev.termin.booking.application.scenario.Salon.NOW;
import static dev.termin.booking.application.scenario.Salon.wednesday;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termin.booking.adapter.inmemory.InMemoryStorage;
import dev.termin.booking.adapter.inmemory.RecordingNotifier;
import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.application.port.out.Notification;
import dev.termin.booking.application.port.out.Notification.CalendarInvite;
import dev.termin.booking.application.port.out.Notification.Event;
import dev.termin.booking.application.port.out.Notification.Language;
import dev.termin.booking.application.port.out.Notification.Message;
import dev.termin.booking.testing.MutableClock;
import dev.termin.booking.application.scenario.Salon;
import dev.termin.booking.domain.appointment.Appointment;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NotificationsTest {

    private final MutableClock clock = new MutableClock(NOW);
    private final RecordingNotifier notifier = new RecordingNotifier();
    private Salon salon;

    @BeforeEach
    void setUp() {
        salon = new Salon(BookingEngine.builder().clock(clock).storage(new InMemoryStorage(clock).storage())
                .notifier(notifier).build());
    }

    private Notification lastSent() {
        salon.engine.operations().processOutbox(10);
        List<Notification> sent = notifier.sent();
        return sent.get(sent.size() - 1);
    }

    @Test
    void aCompositeConfirmation_listsEveryPhaseWithTimeAndStaff_inGermanAndEnglish() {
        // given Emma colours from 10:00 on Wednesday
        salon.book(salon.colour, salon.emma, wednesday("10:00")).orElseThrow();

        // when the confirmation is composed
        Notification n = lastSent();

        // then both languages list the four phases with local times and Emma
        assertThat(n.kind()).isEqualTo(Notification.Kind.BOOKING_CONFIRMATION);
        assertThat(n.message(Language.GERMAN).phases()).extracting(Notification.Phase::text).containsExactly(
                "1 von 4 · Farbe auftragen, 10:00–10:30 bei Emma", "2 von 4 · Waschen, 11:15–11:30 bei Emma",
                "3 von 4 · Schneiden, 11:30–12:00 bei Emma", "4 von 4 · Föhnen, 12:15–12:45 bei Emma");
        assertThat(n.message(Language.ENGLISH).phases()).extracting(Notification.Phase::text)
                .first().isEqualTo("1 of 4 · Farbe auftragen, 10:00–10:30 with Emma");
        assertThat(n.text(Language.GERMAN)).startsWith("Guten Tag Anna Becker,")
                .contains("Ansatzfärbung am Mittwoch, 17. Juni 2026 um 10:00 Uhr in Salon Mitte ist gebucht.")
                .contains("Ablauf:\n- 1 von 4").endsWith("Bis bald!");
        assertThat(n.text(Language.ENGLISH)).contains("on Wednesday, 17 June 2026 at 10:00 at Salon Mitte is booked.");
        CalendarInvite invite = n.message(Language.GERMAN).invite().orElseThrow();
        assertThat(invite.method()).isEqualTo(CalendarInvite.Method.REQUEST);
        assertThat(invite.sequence()).isZero();
        assertThat(invite.stamp()).isEqualTo(NOW);
        assertThat(invite.organizer()).isEqualTo("Salon Schnittpunkt");
        assertThat(invite.events()).extracting(Event::summary).containsExactly("1 von 4 · Farbe auftragen",
                "2 von 4 · Waschen", "3 von 4 · Schneiden", "4 von 4 · Föhnen");
        assertThat(invite.events().get(0).start()).isEqualTo(wednesday("10:00"));
        assertThat(invite.events()).allSatisfy(e -> assertThat(e.location()).isEqualTo("Salon Mitte"));
    }

    @Test
    void aPlainServiceHasNoPhaseList_butNamesItsStaff() {
        salon.book(salon.cut, salon.maria, wednesday("09:00")).orElseThrow();

        Message german = lastSent().message(Language.GERMAN);

        assertThat(german.phases()).isEmpty();
        assertThat(german.paragraphs()).contains("Es freut sich auf Sie: Maria.");
        assertThat(german.invite().orElseThrow().events()).singleElement()
                .satisfies(e -> assertThat(e.summary()).isEqualTo("Haarschnitt"));
    }

    @Test
    void aReschedule_keepsTheEventUids_andRaisesTheSequence_andACancellationRaisesItAgain() {
        // given a booked colour appointment and its confirmation
        Appointment a = salon.book(salon.colour, salon.emma, wednesday("10:00")).orElseThrow();
        CalendarInvite booked = lastSent().message(Language.GERMAN).invite().orElseThrow();

        // when it is moved and then cancelled
        salon.engine.appointments().reschedule(new RescheduleCommand(salon.tenant, a.id(),
                wednesday("14:00"), Optional.empty(), false, "r-1")).orElseThrow();
        Notification moved = lastSent();
        salon.engine.appointments().cancel(new CancelCommand(salon.tenant, a.id(), "", true, "c-1")).orElseThrow();
        Notification cancelled = lastSent();

        // then the UIDs stay, the sequence grows, and the cancellation is a CANCEL without a phase list
        CalendarInvite movedInvite = moved.message(Language.GERMAN).invite().orElseThrow();
        CalendarInvite cancelInvite = cancelled.message(Language.GERMAN).invite().orElseThrow();
        assertThat(moved.kind()).isEqualTo(Notification.Kind.RESCHEDULE);
        assertThat(movedInvite.events()).extracting(Event::uid)
                .containsExactlyElementsOf(booked.events().stream().map(Event::uid).toList());
        assertThat(movedInvite.sequence()).isEqualTo(1);
        assertThat(movedInvite.events().get(0).start()).isEqualTo(wednesday("14:00"));
        assertThat(cancelled.kind()).isEqualTo(Notification.Kind.CANCELLATION);
        assertThat(cancelInvite.method()).isEqualTo(CalendarInvite.Method.CANCEL);
        assertThat(cancelInvite.sequence()).isEqualTo(2);
        assertThat(cancelInvite.events()).extracting(Event::uid)
                .containsExactlyElementsOf(booked.events().stream().map(Event::uid).toList());
        assertThat(cancelled.message(Language.GERMAN).phases()).isEmpty();
        assertThat(cancelled.text(Language.GERMAN)).contains("wurde storniert.");
    }

    @Test
    void withoutAPublicBaseUrl_theManageLinkIsEmpty_andOneSetShowsInTheText() {
        salon.book(salon.cut, salon.maria, wednesday("09:00")).orElseThrow();
        Notification n = lastSent();

        assertThat(n.manageLink()).isEmpty();
        assertThat(n.text(Language.GERMAN)).doesNotContain("Termin verwalten");
        assertThat(n.withManageLink(URI.create("https://termin.example/m/abc")).text(Language.ENGLISH))
                .contains("Manage your appointment: https://termin.example/m/abc");
    }

    @Test
    void aNotificationWithoutItsGermanMessage_isRejected() {
        Notification n = notifierOutput();
        Message english = n.message(Language.ENGLISH);

        assertThatThrownBy(() -> new Notification(n.tenant(), n.kind(), n.recipient(),
                Map.of(Language.ENGLISH, english), Optional.empty(), n.correlationId()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("German");
        assertThatThrownBy(() -> new Notification(n.tenant(), n.kind(), n.recipient(),
                Map.of(Language.GERMAN, english), Optional.empty(), n.correlationId()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Language.ofTag("en-GB")).isEqualTo(Language.ENGLISH);
        assertThatThrownBy(() -> Language.ofTag("fr")).hasMessageContaining("unsupported language");
    }

    private Notification notifierOutput() {
        salon.book(salon.cut, salon.maria, wednesday("09:00")).orElseThrow();
        return lastSent();
    }
}
