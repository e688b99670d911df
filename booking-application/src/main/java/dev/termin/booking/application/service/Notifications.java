package dev.termin.booking.application.service;

import dev.termin.booking.application.port.out.CatalogueRepository;
import dev.termin.booking.application.port.out.Notification;
import dev.termin.booking.application.port.out.Notification.CalendarInvite;
import dev.termin.booking.application.port.out.Notification.Event;
import dev.termin.booking.application.port.out.Notification.Language;
import dev.termin.booking.application.port.out.Notification.Message;
import dev.termin.booking.application.port.out.Notification.Phase;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.catalogue.Branch;
import dev.termin.booking.domain.catalogue.Company;
import dev.termin.booking.domain.catalogue.Service;
import dev.termin.booking.domain.catalogue.Staff;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.customer.Customer;
import dev.termin.booking.domain.slot.SegmentAssignment;
import dev.termin.booking.domain.time.TimeInterval;
import dev.termin.booking.domain.waitlist.WaitlistEntry;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Composes the customer messages in German and English: the text, every phase of a composite appointment with its
 * time and staff ("1 von 4 · Farbe auftragen, 10:00–10:30 bei Emma"), and the calendar invite with one event per
 * phase. Staff and company names are read from the catalogue when the message is composed; a name that is gone by
 * then is left out. The manage link stays empty until customers have one. Thread-safe.
 */
final class Notifications {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private final Clock clock;
    private final CatalogueRepository catalogue;

    Notifications(Clock clock, CatalogueRepository catalogue) {
        this.clock = clock;
        this.catalogue = catalogue;
    }

    public Notification booked(Appointment a, Service service, Branch branch) {
        return appointment(Notification.Kind.BOOKING_CONFIRMATION, a, service, branch);
    }

    public Notification rescheduled(Appointment a, Service service, Branch branch) {
        return appointment(Notification.Kind.RESCHEDULE, a, service, branch);
    }

    public Notification cancelled(Appointment a, Service service, Branch branch) {
        return appointment(Notification.Kind.CANCELLATION, a, service, branch);
    }

    /** A reminder before the appointment: the time, place and phases, without a calendar invite (it is unchanged). */
    public Notification reminder(Appointment a, Service service, Branch branch) {
        return appointment(Notification.Kind.REMINDER, a, service, branch);
    }

    /**
     * To the owner: calendar sync turned critical or recovered (the counts and each alert with what to do), or a
     * webhook endpoint was disabled (which one and its last error).
     */
    public Notification owner(TenantId tenant, Customer owner, OwnerAlerts.Alert alert) {
        Map<Language, Message> messages = new EnumMap<>(Language.class);
        List<String> facts = alert.facts();
        for (Language l : Language.values()) {
            Wording w = Wording.of(l);
            String subject;
            List<String> paragraphs = new ArrayList<>();
            if (alert.topic() == OwnerAlerts.Topic.WEBHOOK_DISABLED) {
                subject = w.webhookDisabledSubject();
                paragraphs.add(w.webhookDisabled(facts.get(1), facts.get(0)));
                paragraphs.add(w.lastError(facts.get(2)));
            } else {
                boolean critical = alert.topic() == OwnerAlerts.Topic.SYNC_CRITICAL;
                subject = w.syncSubject(critical);
                paragraphs.add(w.syncState(critical, facts.get(0), facts.get(1), facts.get(2)));
                paragraphs.addAll(facts.subList(3, facts.size()));
            }
            messages.put(l, new Message(l, subject, w.greeting(owner.name()), paragraphs, w.phasesTitle(), List.of(),
                    w.manageLinkLabel(), w.closing(), Optional.empty()));
        }
        return new Notification(tenant, Notification.Kind.OWNER_ALERT, owner, messages, Optional.empty(),
                alert.correlationId());
    }

    /**
     * The offer of a slot held for the entry until {@code until}, with the code that books it and, when there is one,
     * the link to the page where the customer confirms or declines it (in the message's link slot).
     */
    public Notification waitlistOffer(WaitlistEntry entry, TimeInterval slot, Branch branch, String correlationId,
            String offerCode, Instant until, Optional<URI> offerPage) {
        Map<Language, Message> messages = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            Wording w = Wording.of(l);
            messages.put(l, new Message(l, w.offerSubject(), w.greeting(entry.customer().name()),
                    List.of(w.offer(w.when(slot.start(), branch.zone()), branch.name(),
                            w.when(until, branch.zone())), w.offerCode(offerCode)), w.phasesTitle(), List.of(),
                    w.offerLinkLabel(), w.closing(), Optional.empty()));
        }
        return new Notification(entry.tenant(), Notification.Kind.WAITLIST_OFFER, entry.customer(), messages,
                offerPage, correlationId);
    }

    private Notification appointment(Notification.Kind kind, Appointment a, Service service, Branch branch) {
        Instant stamp = clock.instant();
        String organizer = catalogue.findCompany(a.tenant()).map(Company::name).orElse(branch.name());
        List<Optional<String>> staff = a.segments().stream()
                .map(s -> catalogue.findStaff(a.tenant(), s.staff()).map(Staff::name)).toList();
        Map<Language, Message> messages = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            Wording w = Wording.of(l);
            String when = w.when(a.interval().start(), branch.zone());
            String subject;
            String paragraph;
            if (kind == Notification.Kind.BOOKING_CONFIRMATION) {
                subject = w.bookedSubject(service.name());
                paragraph = w.booked(service.name(), when, branch.name());
            } else if (kind == Notification.Kind.RESCHEDULE) {
                subject = w.movedSubject(service.name());
                paragraph = w.moved(service.name(), when, branch.name());
            } else if (kind == Notification.Kind.REMINDER) {
                subject = w.reminderSubject(service.name());
                paragraph = w.reminder(service.name(), when, branch.name());
            } else {
                subject = w.cancelledSubject(service.name());
                paragraph = w.cancelled(service.name(), when, branch.name());
            }
            boolean cancel = kind == Notification.Kind.CANCELLATION;
            List<Phase> phases = cancel || a.segments().size() < 2 ? List.of() : phases(a, staff, branch.zone(), w);
            Optional<String> soleStaff = a.segments().size() == 1 ? staff.get(0) : Optional.empty();
            List<String> paragraphs = new ArrayList<>(List.of(paragraph));
            soleStaff.filter(name -> !cancel).ifPresent(name -> paragraphs.add(w.staffLine(name)));
            Optional<CalendarInvite> invite = kind == Notification.Kind.REMINDER ? Optional.empty()
                    : Optional.of(invite(a, service, branch, staff, organizer, stamp, cancel, w));
            messages.put(l, new Message(l, subject, w.greeting(a.customer().name()), paragraphs, w.phasesTitle(),
                    phases, w.manageLinkLabel(), w.closing(), invite));
        }
        return new Notification(a.tenant(), kind, a.customer(), messages, Optional.empty(), a.correlationId());
    }

    private static List<Phase> phases(Appointment a, List<Optional<String>> staff, ZoneId zone, Wording w) {
        List<Phase> phases = new ArrayList<>();
        for (int i = 0; i < a.segments().size(); i++) {
            SegmentAssignment s = a.segments().get(i);
            String label = w.label(s);
            String time = time(s.interval(), zone);
            Optional<String> who = staff.get(i);
            String text = label + " · " + s.name() + ", " + time + who.map(w::by).orElse("");
            phases.add(new Phase(label, s.name(), time, who, text));
        }
        return phases;
    }

    /**
     * One event per work segment, UID {@code <appointment>-<segment>@termin} (stable across reschedules). SEQUENCE
     * is the reschedule count; a cancellation adds one, because it revises the last version the customer got.
     */
    private static CalendarInvite invite(Appointment a, Service service, Branch branch, List<Optional<String>> staff,
            String organizer, Instant stamp, boolean cancel, Wording w) {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < a.segments().size(); i++) {
            SegmentAssignment s = a.segments().get(i);
            String summary = a.segments().size() > 1 ? w.label(s) + " · " + s.name() : service.name();
            String description = service.name() + staff.get(i).map(w::by).orElse("");
            events.add(new Event(a.id().value() + "-" + s.key() + "@termin", summary, description,
                    s.interval().start(), s.interval().end(), branch.name()));
        }
        return new CalendarInvite(cancel ? CalendarInvite.Method.CANCEL : CalendarInvite.Method.REQUEST,
                a.rescheduleCount() + (cancel ? 1 : 0), stamp, organizer, events);
    }

    private static String time(TimeInterval interval, ZoneId zone) {
        return TIME.format(interval.start().atZone(zone)) + "–" + TIME.format(interval.end().atZone(zone));
    }

    /** The words of one language. */
    private enum Wording {
        GERMAN(Locale.GERMAN, "EEEE, d. MMMM yyyy 'um' HH:mm 'Uhr'"),
        ENGLISH(Locale.ENGLISH, "EEEE, d MMMM yyyy 'at' HH:mm");

        private final DateTimeFormatter when;

        Wording(Locale locale, String whenPattern) {
            this.when = DateTimeFormatter.ofPattern(whenPattern, locale);
        }

        static Wording of(Language language) {
            return language == Language.ENGLISH ? ENGLISH : GERMAN;
        }

        String when(Instant t, ZoneId zone) {
            return when.format(t.atZone(zone));
        }

        String greeting(String name) {
            return this == GERMAN ? "Guten Tag " + name + "," : "Hello " + name + ",";
        }

        String bookedSubject(String service) {
            return (this == GERMAN ? "Terminbestätigung: " : "Appointment confirmed: ") + service;
        }

        String movedSubject(String service) {
            return (this == GERMAN ? "Terminänderung: " : "Appointment moved: ") + service;
        }

        String cancelledSubject(String service) {
            return (this == GERMAN ? "Terminabsage: " : "Appointment cancelled: ") + service;
        }

        String reminderSubject(String service) {
            return (this == GERMAN ? "Terminerinnerung: " : "Appointment reminder: ") + service;
        }

        String reminder(String service, String when, String branch) {
            return this == GERMAN ? "wir erinnern Sie an Ihren Termin für " + service + " am " + when + " in " + branch
                    + "." : "This is a reminder of your appointment for " + service + " on " + when + " at " + branch
                    + ".";
        }

        String syncSubject(boolean critical) {
            if (this == GERMAN) {
                return critical ? "Kalender-Synchronisation kritisch" : "Kalender-Synchronisation wieder in Ordnung";
            }
            return critical ? "Calendar sync critical" : "Calendar sync recovered";
        }

        String webhookDisabledSubject() {
            return this == GERMAN ? "Webhook abgeschaltet" : "Webhook disabled";
        }

        String webhookDisabled(String url, String id) {
            return this == GERMAN ? "der Webhook " + url + " (" + id + ") hat zu oft nicht geantwortet und bekommt"
                    + " keine Ereignisse mehr. Nach der Reparatur schalten Sie ihn unter POST /v1/webhooks/" + id
                    + "/enable wieder ein." : "The webhook " + url + " (" + id + ") failed too often and receives"
                    + " no more events. Once it is fixed, turn it on again with POST /v1/webhooks/" + id + "/enable.";
        }

        String lastError(String error) {
            return (this == GERMAN ? "Letzter Fehler: " : "Last error: ") + error;
        }

        String syncState(boolean critical, String failed, String pending, String stale) {
            String counts = this == GERMAN ? failed + " fehlgeschlagen (24 h), " + pending + " ausstehend, davon " + stale
                    + " länger als 1 h." : failed + " failed (24 h), " + pending + " pending, " + stale
                    + " of them for more than 1 h.";
            return (this == GERMAN ? (critical ? "Termine erreichen den externen Kalender nicht: "
                    : "Termine erreichen den externen Kalender wieder: ")
                    : (critical ? "Appointments do not reach the external calendar: "
                    : "Appointments reach the external calendar again: ")) + counts;
        }

        String offerSubject() {
            return this == GERMAN ? "Ein Termin ist frei geworden" : "A time has become free";
        }

        String booked(String service, String when, String branch) {
            return this == GERMAN ? "Ihr Termin für " + service + " am " + when + " in " + branch + " ist gebucht."
                    : "Your appointment for " + service + " on " + when + " at " + branch + " is booked.";
        }

        String moved(String service, String when, String branch) {
            return this == GERMAN ? "Ihr Termin für " + service + " wurde verschoben auf " + when + " in " + branch
                    + "." : "Your appointment for " + service + " has been moved to " + when + " at " + branch + ".";
        }

        String cancelled(String service, String when, String branch) {
            return this == GERMAN ? "Ihr Termin für " + service + " am " + when + " in " + branch
                    + " wurde storniert." : "Your appointment for " + service + " on " + when + " at " + branch
                    + " has been cancelled.";
        }

        String offer(String when, String branch, String until) {
            return this == GERMAN ? "ein Termin ist frei geworden: " + when + " in " + branch
                    + ". Wir halten ihn bis " + until + " für Sie frei." : "A time has become free: " + when
                    + " at " + branch + ". We hold it for you until " + until + ".";
        }

        String offerCode(String code) {
            return (this == GERMAN ? "Ihr Bestätigungscode: " : "Your confirmation code: ") + code;
        }

        String staffLine(String name) {
            return this == GERMAN ? "Es freut sich auf Sie: " + name + "." : "You will be seen by " + name + ".";
        }

        String label(SegmentAssignment s) {
            return this == GERMAN ? s.label() : s.index() + " of " + s.total();
        }

        String by(String staff) {
            return (this == GERMAN ? " bei " : " with ") + staff;
        }

        String phasesTitle() {
            return this == GERMAN ? "Ablauf" : "Schedule";
        }

        String offerLinkLabel() {
            return this == GERMAN ? "Termin bestätigen oder ablehnen" : "Confirm or decline the appointment";
        }

        String manageLinkLabel() {
            return this == GERMAN ? "Termin verwalten" : "Manage your appointment";
        }

        String closing() {
            return this == GERMAN ? "Bis bald!" : "See you soon!";
        }
    }
}
