package dev.termin.booking.application.port.out.contract;

import dev.termin.booking.application.port.out.Notification;
import dev.termin.booking.application.port.out.Notification.CalendarInvite;
import dev.termin.booking.application.port.out.Notification.Event;
import dev.termin.booking.application.port.out.Notification.Language;
import dev.termin.booking.application.port.out.Notification.Message;
import dev.termin.booking.domain.customer.Customer;
import dev.termin.booking.domain.catalogue.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Hand-made notifications for notifier tests: German and English text and, optionally, a one-event invite. */
public final class NotificationFixtures {

    /** 16 April 2031, 10:00 in Berlin. */
    public static final Instant START = Instant.parse("2031-04-16T08:00:00Z");

    private NotificationFixtures() {
    }

    /** A notification of {@code kind} to {@code recipient} with a one-event invite (a cancel for a cancellation). */
    public static Notification withInvite(TenantId tenant, Notification.Kind kind, Customer recipient,
            String correlationId) {
        CalendarInvite.Method method = kind == Notification.Kind.CANCELLATION ? CalendarInvite.Method.CANCEL
                : CalendarInvite.Method.REQUEST;
        CalendarInvite invite = new CalendarInvite(method, 0, START.minus(Duration.ofDays(3)), "Salon Test",
                List.of(new Event("appt-1-main@termin", "Haarschnitt", "Haarschnitt bei Emma", START,
                        START.plus(Duration.ofMinutes(30)), "Salon Test Mitte")));
        return new Notification(tenant, kind, recipient, Map.of(
                Language.GERMAN, message(Language.GERMAN, "Ihr Termin", "Guten Tag,", Optional.of(invite)),
                Language.ENGLISH, message(Language.ENGLISH, "Your appointment", "Hello,", Optional.of(invite))),
                Optional.empty(), correlationId);
    }

    /** A German-only notification without an invite. */
    public static Notification plain(TenantId tenant, Notification.Kind kind, Customer recipient, String subject,
            String text, String correlationId) {
        return Notification.german(tenant, kind, recipient,
                new Message(Language.GERMAN, subject, "Guten Tag,", List.of(text), "Ablauf", List.of(),
                        "Termin verwalten", "Bis bald!", Optional.empty()), correlationId);
    }

    private static Message message(Language language, String subject, String greeting,
            Optional<CalendarInvite> invite) {
        return new Message(language, subject, greeting, List.of(subject + " – 16.04.2031, 10:00"), "Ablauf",
                List.of(), "Termin verwalten", "Bis bald!", invite);
    }
}
