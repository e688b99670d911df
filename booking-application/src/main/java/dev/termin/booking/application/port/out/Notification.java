package dev.termin.booking.application.port.out;

import dev.termin.booking.domain.customer.Customer;
import dev.termin.booking.domain.catalogue.TenantId;
import java.net.URI;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A message to a customer in a structured, transport-neutral form: what it is about, who receives it, the text in
 * every supported {@link Language} (German always, so a delivering adapter can pick the tenant's language and fall
 * back to German), an optional calendar invite, and the customer's manage link once there is one. Adapters render
 * it (plain text, HTML, an iCalendar file, an SMS); nothing in it belongs to a mail or calendar library. Immutable.
 */
public record Notification(
        TenantId tenant,
        Kind kind,
        Customer recipient,
        Map<Language, Message> messages,
        Optional<URI> manageLink,
        String correlationId) {

    /** What the message is about. */
    public enum Kind {
        BOOKING_CONFIRMATION, CANCELLATION, RESCHEDULE, WAITLIST_OFFER, REMINDER, OWNER_ALERT;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A language customer messages are written in; German is the default. */
    public enum Language {
        GERMAN("de"), ENGLISH("en");

        private final String tag;

        Language(String tag) {
            this.tag = tag;
        }

        /** The BCP 47 tag, e.g. {@code de}. */
        public String tag() {
            return tag;
        }

        /**
         * The language with the given tag ({@code de}, {@code en}; case and a region such as {@code -AT} ignored).
         *
         * @throws IllegalArgumentException if no supported language has that tag
         */
        public static Language ofTag(String tag) {
            String primary = Objects.requireNonNull(tag, "tag").strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
            for (Language l : values()) {
                if (l.tag.equals(primary)) {
                    return l;
                }
            }
            throw new IllegalArgumentException("unsupported language '" + tag + "' (supported: de, en)");
        }
    }

    public Notification {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(manageLink, "manageLink");
        Objects.requireNonNull(correlationId, "correlationId");
        if (!messages.containsKey(Language.GERMAN)) {
            throw new IllegalArgumentException("a notification needs its German message");
        }
        messages.forEach((language, message) -> {
            if (message.language() != language) {
                throw new IllegalArgumentException("message in " + message.language() + " filed under " + language);
            }
        });
        messages = Map.copyOf(new EnumMap<>(messages));
    }

    /** A notification with only a German message. */
    public static Notification german(TenantId tenant, Kind kind, Customer recipient, Message german,
            String correlationId) {
        return new Notification(tenant, kind, recipient, Map.of(Language.GERMAN, german), Optional.empty(),
                correlationId);
    }

    /** The message in {@code language}, or the German one when there is none in that language. */
    public Message message(Language language) {
        return messages.getOrDefault(Objects.requireNonNull(language, "language"), messages.get(Language.GERMAN));
    }

    /** The same notification with the customer's manage link. */
    public Notification withManageLink(URI link) {
        return new Notification(tenant, kind, recipient, messages, Optional.of(link), correlationId);
    }

    /** The plain-text body in {@code language} (falling back to German), with the manage link when present. */
    public String text(Language language) {
        Message m = message(language);
        StringBuilder sb = new StringBuilder(m.greeting());
        for (String paragraph : m.paragraphs()) {
            sb.append("\n\n").append(paragraph);
        }
        if (!m.phases().isEmpty()) {
            sb.append("\n\n").append(m.phasesTitle()).append(':');
            m.phases().forEach(p -> sb.append("\n- ").append(p.text()));
        }
        manageLink.ifPresent(link -> sb.append("\n\n").append(m.manageLinkLabel()).append(": ").append(link));
        return sb.append("\n\n").append(m.closing()).toString();
    }

    /**
     * The customer-facing content in one language: subject, a greeting, paragraphs, the phases of the appointment
     * (empty for a plain service with one segment), a closing line, the label for the manage link, and the calendar
     * invite. Immutable.
     */
    public record Message(
            Language language,
            String subject,
            String greeting,
            List<String> paragraphs,
            String phasesTitle,
            List<Phase> phases,
            String manageLinkLabel,
            String closing,
            Optional<CalendarInvite> invite) {

        public Message {
            Objects.requireNonNull(language, "language");
            subject = required(subject, "subject");
            greeting = required(greeting, "greeting");
            paragraphs = List.copyOf(paragraphs);
            Objects.requireNonNull(phasesTitle, "phasesTitle");
            phases = List.copyOf(phases);
            Objects.requireNonNull(manageLinkLabel, "manageLinkLabel");
            Objects.requireNonNull(closing, "closing");
            Objects.requireNonNull(invite, "invite");
        }
    }

    /**
     * One work phase of a composite appointment: its label ("1 von 4"), its name ("Farbe auftragen"), its local time
     * range ("10:00–10:30"), who does it if known, and the whole phase as one line of text in the message's
     * language ("1 von 4 · Farbe auftragen, 10:00–10:30 bei Emma"). Immutable.
     */
    public record Phase(String label, String name, String time, Optional<String> staff, String text) {

        public Phase {
            label = required(label, "label");
            name = required(name, "name");
            time = required(time, "time");
            Objects.requireNonNull(staff, "staff");
            text = required(text, "text");
        }
    }

    /**
     * A calendar invite (iTIP, RFC 5546) for one appointment: {@link Method#REQUEST} to add or update it,
     * {@link Method#CANCEL} to remove it; one event per work phase. The events' UIDs stay the same for the life of
     * the appointment and {@code sequence} grows with every change, so calendar apps update the entries in place.
     * {@code stamp} is when the invite was made (DTSTAMP); {@code organizer} the salon's name. Immutable.
     */
    public record CalendarInvite(Method method, int sequence, Instant stamp, String organizer, List<Event> events) {

        /** The iTIP method. */
        public enum Method { REQUEST, CANCEL }

        public CalendarInvite {
            Objects.requireNonNull(method, "method");
            if (sequence < 0) {
                throw new IllegalArgumentException("sequence must not be negative");
            }
            Objects.requireNonNull(stamp, "stamp");
            organizer = required(organizer, "organizer");
            events = List.copyOf(events);
            if (events.isEmpty()) {
                throw new IllegalArgumentException("an invite needs at least one event");
            }
            if (events.stream().map(Event::uid).distinct().count() != events.size()) {
                throw new IllegalArgumentException("event UIDs must be distinct");
            }
        }
    }

    /** One calendar event of an invite: a stable UID, summary, description, start and end, and location. */
    public record Event(String uid, String summary, String description, Instant start, Instant end,
            String location) {

        public Event {
            uid = required(uid, "uid");
            summary = required(summary, "summary");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            if (!end.isAfter(start)) {
                throw new IllegalArgumentException("an event must end after it starts");
            }
            location = required(location, "location");
        }
    }

    private static String required(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }
}
