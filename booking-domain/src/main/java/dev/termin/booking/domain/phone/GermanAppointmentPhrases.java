package dev.termin.booking.domain.phone;

import static dev.termin.booking.domain.phone.GermanPhrases.dateTime;
import static dev.termin.booking.domain.phone.GermanPhrases.text;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The German sentences about a caller's existing appointments (reading back, confirming a cancel or a move before
 * acting, the outcome) and the refusals of the booking policy; stateless and thread-safe. Dates are written as in
 * {@link GermanPhrases}.
 */
public final class GermanAppointmentPhrases {

    private static final long HOURS_PER_DAY = 24;
    private static final long HOURS_UP_TO_WHICH_HOURS_ARE_SAID = 48;

    private GermanAppointmentPhrases() {
    }

    /** "Ihr nächster Termin ist am Dienstag, 1. Dezember, um 14:30 Uhr: Haarschnitt bei Maria." */
    public static String nextAppointment(String serviceName, String staffName, Instant start, ZoneId zone) {
        return "Ihr nächster Termin ist am " + dateTime(start, zone) + ": " + what(serviceName, staffName) + ".";
    }

    /** The caller's number has no upcoming appointment (or none that this caller may see). */
    public static String noUpcomingAppointment() {
        return "Unter Ihrer Telefonnummer habe ich keinen anstehenden Termin gefunden.";
    }

    /** The caller's number is needed to find their appointments and none (or none usable) was given. */
    public static String whichPhoneNumber() {
        return "Unter welcher Telefonnummer haben Sie den Termin gebucht?";
    }

    /**
     * Read back before cancelling: "Ihr Termin am Dienstag, 1. Dezember, um 14:30 Uhr: Haarschnitt bei Maria.
     * Soll ich diesen Termin wirklich absagen?"
     */
    public static String confirmCancel(String serviceName, String staffName, Instant start, ZoneId zone) {
        return "Ihr Termin am " + dateTime(start, zone) + ": " + what(serviceName, staffName)
                + ". Soll ich diesen Termin wirklich absagen?";
    }

    /** "Ihr Termin am Dienstag, 1. Dezember, um 14:30 Uhr ist abgesagt. Vielen Dank für Ihren Anruf!" */
    public static String cancelled(Instant start, ZoneId zone) {
        return "Ihr Termin am " + dateTime(start, zone) + " ist abgesagt. Vielen Dank für Ihren Anruf!";
    }

    /**
     * Read back before moving: "Ich verschiebe Ihren Termin Haarschnitt bei Maria von Dienstag, 1. Dezember, um
     * 14:30 Uhr auf Mittwoch, 2. Dezember, um 10:00 Uhr. Ist das richtig?"
     */
    public static String confirmMove(String serviceName, String staffName, Instant from, Instant to, ZoneId zone) {
        return "Ich verschiebe Ihren Termin " + what(serviceName, staffName) + " von " + dateTime(from, zone)
                + " auf " + dateTime(to, zone) + ". Ist das richtig?";
    }

    /** "Ihr Termin ist verschoben: Haarschnitt bei Maria am Mittwoch, 2. Dezember, um 10:00 Uhr." */
    public static String moved(String serviceName, String staffName, Instant to, ZoneId zone) {
        return "Ihr Termin ist verschoben: " + what(serviceName, staffName) + " am " + dateTime(to, zone) + ".";
    }

    /**
     * The cancellation deadline has passed: "Eine Absage ist nur bis 24 Stunden vor dem Termin möglich. Bitte
     * sprechen Sie dazu direkt mit dem Salon."
     */
    public static String cancellationDeadlinePassed(Duration deadline) {
        return "Eine Absage ist nur bis " + duration(deadline) + " vor dem Termin möglich. Bitte sprechen Sie dazu "
                + "direkt mit dem Salon.";
    }

    /** The reschedule deadline has passed: "Ein Termin lässt sich nur bis 2 Stunden vorher verschieben." */
    public static String rescheduleDeadlinePassed(Duration deadline) {
        return "Ein Termin lässt sich nur bis " + duration(deadline) + " vorher verschieben. Bitte sprechen Sie "
                + "dazu direkt mit dem Salon.";
    }

    /** "Dieser Termin wurde schon 3-mal verschoben. Öfter ist das leider nicht möglich." */
    public static String tooManyReschedules(int maximum) {
        if (maximum < 0) {
            throw new IllegalArgumentException("maximum must not be negative");
        }
        return "Dieser Termin wurde schon " + maximum + "-mal verschoben. Öfter ist das leider nicht möglich.";
    }

    /** "Termine können nur mit mindestens 2 Stunden Vorlauf gebucht werden." */
    public static String bookingNoticeTooShort(Duration minimumNotice) {
        return "Termine können nur mit mindestens " + duration(minimumNotice) + " Vorlauf gebucht werden.";
    }

    /** "Termine können höchstens 90 Tage im Voraus gebucht werden." */
    public static String bookingTooFarAhead(int maximumDays) {
        if (maximumDays < 1) {
            throw new IllegalArgumentException("maximumDays must be positive");
        }
        return "Termine können höchstens " + maximumDays + (maximumDays == 1 ? " Tag" : " Tage")
                + " im Voraus gebucht werden.";
    }

    /** The appointment has already begun or is over; it can be neither cancelled nor moved by phone. */
    public static String appointmentInThePast() {
        return "Dieser Termin liegt bereits in der Vergangenheit und lässt sich nicht mehr ändern.";
    }

    /**
     * A duration as said: whole days from 48 hours on ("3 Tage"), else whole hours ("24 Stunden", "1 Stunde"),
     * else minutes ("90 Minuten"); seconds are dropped.
     */
    static String duration(Duration d) {
        Objects.requireNonNull(d, "duration");
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("a duration read out must be positive");
        }
        long hours = d.toHours();
        if (d.toMinutes() % 60 == 0 && hours >= HOURS_UP_TO_WHICH_HOURS_ARE_SAID && hours % HOURS_PER_DAY == 0) {
            return hours / HOURS_PER_DAY + " Tage";
        }
        if (d.toMinutes() % 60 == 0) {
            return hours + (hours == 1 ? " Stunde" : " Stunden");
        }
        long minutes = Math.max(1, d.toMinutes());
        return minutes + (minutes == 1 ? " Minute" : " Minuten");
    }

    private static String what(String serviceName, String staffName) {
        return text(serviceName) + " bei " + text(staffName);
    }
}
