package dev.termin.booking.application.service;

import dev.termin.booking.application.port.out.Notification;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.catalogue.Branch;
import dev.termin.booking.domain.catalogue.Service;
import dev.termin.booking.domain.slot.SegmentAssignment;
import dev.termin.booking.domain.time.TimeInterval;
import dev.termin.booking.domain.waitlist.WaitlistEntry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Composes the German customer messages and the iCalendar file (RFC 5545) that lists every phase of an
 * appointment as its own event, so a composite appointment shows colour, wash, cut and blow-dry separately.
 * Thread-safe.
 */
final class Notifications {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEEE, d. MMMM yyyy 'um' HH:mm 'Uhr'", Locale.GERMAN);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.GERMAN);
    private static final DateTimeFormatter ICS_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Clock clock;

    Notifications(Clock clock) {
        this.clock = clock;
    }

    public Notification booked(Appointment a, Service service, Branch branch) {
        String body = "Guten Tag " + a.customer().name() + ",\n\nIhr Termin für " + service.name() + " am "
                + when(a.interval().start(), branch.zone()) + " in " + branch.name() + " ist gebucht."
                + phases(a, branch.zone()) + "\n\nBis bald!";
        return new Notification(a.tenant(), Notification.Kind.BOOKING_CONFIRMATION, a.customer(),
                "Terminbestätigung: " + service.name(), body, Optional.of(ics(a, service, branch, false)),
                a.correlationId());
    }

    public Notification rescheduled(Appointment a, Service service, Branch branch) {
        String body = "Guten Tag " + a.customer().name() + ",\n\nIhr Termin für " + service.name()
                + " wurde verschoben auf " + when(a.interval().start(), branch.zone()) + "." + phases(a, branch.zone());
        return new Notification(a.tenant(), Notification.Kind.RESCHEDULE, a.customer(),
                "Terminänderung: " + service.name(), body, Optional.of(ics(a, service, branch, false)),
                a.correlationId());
    }

    public Notification cancelled(Appointment a, Service service, Branch branch) {
        String body = "Guten Tag " + a.customer().name() + ",\n\nIhr Termin für " + service.name() + " am "
                + when(a.interval().start(), branch.zone()) + " wurde storniert.";
        return new Notification(a.tenant(), Notification.Kind.CANCELLATION, a.customer(),
                "Terminabsage: " + service.name(), body, Optional.of(ics(a, service, branch, true)),
                a.correlationId());
    }

    public Notification waitlistOffer(WaitlistEntry entry, TimeInterval slot, Branch branch, String correlationId) {
        String body = "Guten Tag " + entry.customer().name() + ",\n\nein Termin ist frei geworden: "
                + when(slot.start(), branch.zone()) + " in " + branch.name()
                + ". Wer zuerst bucht, bekommt ihn.";
        return new Notification(entry.tenant(), Notification.Kind.WAITLIST_OFFER, entry.customer(),
                "Ein Termin ist frei geworden", body, Optional.empty(), correlationId);
    }

    static String when(Instant t, ZoneId zone) {
        return WHEN.format(t.atZone(zone));
    }

    private static String phases(Appointment a, ZoneId zone) {
        if (a.segments().size() < 2) {
            return "";
        }
        StringBuilder sb = new StringBuilder("\n\nAblauf:");
        for (SegmentAssignment s : a.segments()) {
            sb.append("\n- ").append(TIME.format(s.interval().start().atZone(zone))).append('–')
                    .append(TIME.format(s.interval().end().atZone(zone))).append(' ').append(s.name())
                    .append(" (").append(s.label()).append(')');
        }
        return sb.toString();
    }

    /** One VEVENT per work segment; a cancellation marks each of them cancelled. */
    String ics(Appointment a, Service service, Branch branch, boolean cancelled) {
        StringBuilder sb = new StringBuilder();
        line(sb, "BEGIN:VCALENDAR");
        line(sb, "VERSION:2.0");
        line(sb, "PRODID:-//Termin//Booking Engine//DE");
        line(sb, "METHOD:" + (cancelled ? "CANCEL" : "REQUEST"));
        String stamp = ICS_TIME.format(clock.instant());
        for (SegmentAssignment s : a.segments()) {
            line(sb, "BEGIN:VEVENT");
            line(sb, "UID:" + a.id().value() + "-" + s.key() + "@termin");
            line(sb, "DTSTAMP:" + stamp);
            line(sb, "DTSTART:" + ICS_TIME.format(s.interval().start()));
            line(sb, "DTEND:" + ICS_TIME.format(s.interval().end()));
            String summary = a.segments().size() > 1 ? service.name() + ": " + s.name() + " (" + s.label() + ")"
                    : service.name();
            line(sb, "SUMMARY:" + escape(summary));
            line(sb, "LOCATION:" + escape(branch.name()));
            line(sb, "SEQUENCE:" + a.rescheduleCount());
            line(sb, "STATUS:" + (cancelled ? "CANCELLED" : "CONFIRMED"));
            line(sb, "END:VEVENT");
        }
        line(sb, "END:VCALENDAR");
        return sb.toString();
    }

    private static void line(StringBuilder sb, String content) {
        // RFC 5545 folds lines longer than 75 octets; names are short, but fold anyway to stay valid.
        String rest = content;
        boolean first = true;
        while (rest.length() > 73) {
            sb.append(first ? "" : " ").append(rest, 0, 73).append("\r\n");
            rest = rest.substring(73);
            first = false;
        }
        sb.append(first ? "" : " ").append(rest).append("\r\n");
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
    }
}
