package dev.termin.booking.domain.phone;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The German sentences the phone assistant reads out, built from plain values so that they do not depend on other
 * domain types; stateless and thread-safe.
 *
 * <p>Dates and times are written by hand from fixed tables ("Dienstag, 14. Oktober, um 14:30 Uhr") instead of
 * the JVM's locale data, which differs between JDK versions and is missing from trimmed runtimes. Instants are
 * turned into wall-clock time in the given zone, so daylight saving time is applied there and nowhere else.
 */
public final class GermanPhrases {

    private static final String[] WEEKDAYS =
            {"Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"};
    private static final String[] MONTHS = {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
            "September", "Oktober", "November", "Dezember"};

    /** More alternatives than this are too many to remember when read out on the phone. */
    public static final int MAX_ALTERNATIVES = 3;

    private GermanPhrases() {
    }

    /** "Dienstag, 14. Oktober". */
    public static String date(LocalDate date) {
        return WEEKDAYS[date.getDayOfWeek().getValue() - 1] + ", " + date.getDayOfMonth() + ". "
                + MONTHS[date.getMonthValue() - 1];
    }

    /** "14:30 Uhr", "9:05 Uhr"; seconds are dropped. */
    public static String time(LocalTime time) {
        return time.getHour() + ":" + (time.getMinute() < 10 ? "0" : "") + time.getMinute() + " Uhr";
    }

    /** "Dienstag, 14. Oktober, um 14:30 Uhr" for {@code instant} as seen in {@code zone}. */
    public static String dateTime(Instant instant, ZoneId zone) {
        ZonedDateTime local = instant.atZone(zone);
        return date(local.toLocalDate()) + ", um " + time(local.toLocalTime());
    }

    /**
     * The requested slot is free and held for the caller: "Am Dienstag, 14. Oktober, um 14:30 Uhr ist ein Termin
     * für Haarschnitt bei Maria frei. Ich reserviere ihn 5 Minuten lang für Sie. Soll ich ihn verbindlich buchen?"
     *
     * @param heldFor how long the hold lasts; rounded down to whole minutes, at least one
     */
    public static String available(String serviceName, String staffName, Instant start, ZoneId zone,
            Duration heldFor) {
        Objects.requireNonNull(heldFor, "heldFor");
        if (heldFor.isNegative() || heldFor.isZero()) {
            throw new IllegalArgumentException("heldFor must be positive");
        }
        long minutes = Math.max(1, heldFor.toMinutes());
        return "Am " + dateTime(start, zone) + " ist ein Termin für " + text(serviceName) + " bei " + text(staffName)
                + " frei. Ich reserviere ihn " + minutes + (minutes == 1 ? " Minute" : " Minuten")
                + " lang für Sie. Soll ich ihn verbindlich buchen?";
    }

    /**
     * The requested time is taken; up to {@value #MAX_ALTERNATIVES} alternatives are offered in the given order, the
     * rest is left out: "Um 14:30 Uhr ist leider kein Termin frei. Ich kann Ihnen Dienstag, 14. Oktober, um 15:00
     * Uhr, um 16:00 Uhr oder Mittwoch, 15. Oktober, um 10:00 Uhr anbieten." An alternative on the same day as the
     * one before it is said by its time only. Without alternatives this is {@link #nothingAvailableNearby}.
     */
    public static String notAvailable(Instant requested, ZoneId zone, List<Instant> alternatives) {
        Objects.requireNonNull(zone, "zone");
        if (alternatives.isEmpty()) {
            return nothingAvailableNearby(requested, zone);
        }
        List<String> offers = new ArrayList<>();
        LocalDate previousDay = null;
        for (Instant alternative : alternatives.subList(0, Math.min(MAX_ALTERNATIVES, alternatives.size()))) {
            ZonedDateTime local = alternative.atZone(zone);
            offers.add(local.toLocalDate().equals(previousDay)
                    ? "um " + time(local.toLocalTime())
                    : dateTime(alternative, zone));
            previousDay = local.toLocalDate();
        }
        return "Um " + time(requested.atZone(zone).toLocalTime()) + " ist leider kein Termin frei. Ich kann Ihnen "
                + either(offers) + " anbieten.";
    }

    /**
     * Why the requested time is not free, when the reason is one a caller should hear (a resource or a daily limit)
     * and not just "taken": {@code reasons} are reason codes of an explanation. A missing resource comes first, then
     * the service's daily maximum, then a staff member's; other reasons give nothing.
     * "Zu dieser Zeit ist leider kein Behandlungsplatz frei." / "Für diese Behandlung sind an diesem Tag leider keine
     * Termine mehr frei." / "An diesem Tag ist leider schon alles ausgebucht."
     */
    public static Optional<String> reason(Collection<String> reasons) {
        if (reasons.contains("resource_unavailable")) {
            return Optional.of("Zu dieser Zeit ist leider kein Behandlungsplatz frei.");
        }
        if (reasons.contains("service_daily_appointments")) {
            return Optional.of("Für diese Behandlung sind an diesem Tag leider keine Termine mehr frei.");
        }
        if (reasons.contains("staff_daily_appointments") || reasons.contains("staff_daily_minutes")) {
            return Optional.of("An diesem Tag ist leider schon alles ausgebucht.");
        }
        return Optional.empty();
    }

    /**
     * Neither the requested time nor anything near it is free: "Am Dienstag, 14. Oktober, ist um 14:30 Uhr und in
     * der Nähe leider kein Termin frei. Möchten Sie es an einem anderen Tag versuchen?"
     */
    public static String nothingAvailableNearby(Instant requested, ZoneId zone) {
        ZonedDateTime local = requested.atZone(zone);
        return "Am " + date(local.toLocalDate()) + ", ist um " + time(local.toLocalTime())
                + " und in der Nähe leider kein Termin frei. Möchten Sie es an einem anderen Tag versuchen?";
    }

    /**
     * The booking went through: "Ihr Termin ist gebucht: Haarschnitt bei Maria am Dienstag, 14. Oktober, um 14:30
     * Uhr. Vielen Dank!"
     */
    public static String booked(String serviceName, String staffName, Instant start, ZoneId zone) {
        return "Ihr Termin ist gebucht: " + text(serviceName) + " bei " + text(staffName) + " am "
                + dateTime(start, zone) + ". Vielen Dank!";
    }

    /** The caller took longer than the hold lasted. */
    public static String reservationExpired() {
        return "Ihre Reservierung ist abgelaufen. Bitte prüfen Sie erneut die Verfügbarkeit.";
    }

    /**
     * No service matched what the caller said: "Eine Leistung namens Dauerwelle habe ich leider nicht gefunden.
     * Welche Leistung möchten Sie buchen?" A blank {@code spoken} leaves the name out.
     */
    public static String unknownService(String spoken) {
        String name = spoken == null ? "" : spoken.strip();
        return (name.isEmpty()
                ? "Diese Leistung habe ich leider nicht gefunden."
                : "Eine Leistung namens " + name + " habe ich leider nicht gefunden.")
                + " Welche Leistung möchten Sie buchen?";
    }

    /**
     * No staff member matched what the caller said: "In unserem Team habe ich leider niemanden namens Paula
     * gefunden. Bei wem möchten Sie den Termin buchen?" A blank {@code spoken} leaves the name out.
     */
    public static String unknownStaff(String spoken) {
        String name = spoken == null ? "" : spoken.strip();
        return (name.isEmpty()
                ? "Diese Person habe ich in unserem Team leider nicht gefunden."
                : "In unserem Team habe ich leider niemanden namens " + name + " gefunden.")
                + " Bei wem möchten Sie den Termin buchen?";
    }

    /**
     * Several services fit: "Dazu passen mehrere Leistungen. Meinen Sie Ansatzfärbung, Ansatzfärbung mit Schnitt
     * oder Ansatzfärbung lang?" Every option is read; limiting them is the caller's choice.
     *
     * @param options at least two service names
     */
    public static String ambiguousService(List<String> options) {
        return "Dazu passen mehrere Leistungen. Meinen Sie " + either(atLeastTwo(options)) + "?";
    }

    /**
     * Several staff members fit: "Dazu passen mehrere Personen aus unserem Team. Meinen Sie Maria Schmidt oder
     * Maria Müller?" Every option is read; limiting them is the caller's choice.
     *
     * @param options at least two staff names
     */
    public static String ambiguousStaff(List<String> options) {
        return "Dazu passen mehrere Personen aus unserem Team. Meinen Sie " + either(atLeastTwo(options)) + "?";
    }

    /**
     * Two or three offers for a vague wish, said naturally. All on one day: "Morgen Nachmittag hätte ich 14:30
     * oder 16:00 Uhr bei Maria frei." ("Heute", "Morgen", "Übermorgen", else "Am Dienstag, 8. Dezember,"; the
     * part of the day is echoed after "Heute"/"Morgen"/"Übermorgen" only). On several days: "Ich hätte morgen um
     * 14:30 Uhr, am Freitag, 4. Dezember, um 10:00 Uhr oder um 11:00 Uhr bei Maria frei." At most {@value
     * #MAX_ALTERNATIVES} offers are read, in the given order.
     *
     * @param starts the offered start times, at least one
     * @param today the caller's current date in {@code zone}, for "heute" and "morgen"
     * @param dayPart the part of the day the caller asked for, if any
     */
    public static String offers(List<Instant> starts, ZoneId zone, LocalDate today, Optional<DayPart> dayPart,
            String staffName) {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(dayPart, "dayPart");
        if (starts.isEmpty()) {
            throw new IllegalArgumentException("an offer needs at least one time");
        }
        List<ZonedDateTime> local = starts.subList(0, Math.min(MAX_ALTERNATIVES, starts.size())).stream()
                .map(start -> start.atZone(zone)).toList();
        String staff = " bei " + text(staffName) + " frei.";
        LocalDate day = local.get(0).toLocalDate();
        if (local.stream().allMatch(t -> t.toLocalDate().equals(day))) {
            List<String> clock = local.stream().map(t -> time(t.toLocalTime()).replace(" Uhr", "")).toList();
            Optional<String> relative = relativeDay(day, today);
            String when = relative.map(r -> r + dayPart.map(p -> " " + p.spoken()).orElse(""))
                    .orElse("Am " + date(day) + ",");
            return when + " hätte ich " + either(clock) + " Uhr" + staff;
        }
        List<String> offers = new ArrayList<>();
        LocalDate previousDay = null;
        for (ZonedDateTime t : local) {
            LocalDate d = t.toLocalDate();
            String at = "um " + time(t.toLocalTime());
            offers.add(d.equals(previousDay) ? at
                    : relativeDay(d, today).map(r -> r.toLowerCase(Locale.ROOT) + " " + at)
                            .orElse("am " + date(d) + ", " + at));
            previousDay = d;
        }
        return "Ich hätte " + either(offers) + staff;
    }

    /**
     * A name was not clear enough: "Meinten Sie Ansatzfärbung oder Haarschnitt?", or with one name "Meinten Sie
     * Maria Schmidt?"
     *
     * @param closest one or two names, closest first
     */
    public static String askBack(List<String> closest) {
        if (closest.isEmpty() || closest.size() > 2) {
            throw new IllegalArgumentException("ask back with one or two names");
        }
        return "Meinten Sie " + either(closest.stream().map(GermanPhrases::text).toList()) + "?";
    }

    /** A wish ({@link GermanWishParser}) was not understood; the examples are forms it understands. */
    public static String wishNotUnderstood() {
        return "Wann würde es Ihnen passen? Sie können zum Beispiel morgen Nachmittag, nächste Woche Dienstag "
                + "oder so früh wie möglich sagen.";
    }

    /** Nothing free fits the wish. */
    public static String noOffers() {
        return "Dafür habe ich leider keinen freien Termin. Passt Ihnen ein anderer Tag oder eine andere Uhrzeit?";
    }

    /** The date could not be parsed; the examples are forms {@link GermanDateParser} understands. */
    public static String dateNotUnderstood() {
        return "Das Datum habe ich leider nicht verstanden. Bitte nennen Sie den Tag noch einmal, zum Beispiel "
                + "morgen, nächsten Freitag oder den 20. Juni.";
    }

    /** The time could not be parsed; the examples are forms {@link GermanTimeParser} understands. */
    public static String timeNotUnderstood() {
        return "Die Uhrzeit habe ich leider nicht verstanden. Bitte nennen Sie sie noch einmal, zum Beispiel "
                + "14 Uhr 30 oder halb drei.";
    }

    /**
     * A booking needs a phone number and none was given, or none that {@link
     * dev.termin.booking.domain.customer.PhoneNumber#parse} accepts.
     */
    public static String missingPhoneNumber() {
        return "Für die Buchung brauche ich noch Ihre Telefonnummer. Unter welcher Nummer erreichen wir Sie?";
    }

    /** Something failed that the caller cannot fix. */
    public static String generalError() {
        return "Entschuldigung, da ist gerade etwas schiefgelaufen. Bitte versuchen Sie es gleich noch einmal.";
    }

    private static Optional<String> relativeDay(LocalDate day, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, day);
        return days == 0 ? Optional.of("Heute") : days == 1 ? Optional.of("Morgen")
                : days == 2 ? Optional.of("Übermorgen") : Optional.empty();
    }

    /** "A", "A oder B", "A, B oder C". */
    static String either(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " oder " + items.get(items.size() - 1);
    }

    private static List<String> atLeastTwo(List<String> options) {
        List<String> names = options.stream().map(GermanPhrases::text).toList();
        if (names.size() < 2) {
            throw new IllegalArgumentException("an ambiguity needs at least two options");
        }
        return names;
    }

    static String text(String value) {
        String s = Objects.requireNonNull(value, "value").strip();
        if (s.isEmpty()) {
            throw new IllegalArgumentException("a name read out must not be blank");
        }
        return s;
    }
}
