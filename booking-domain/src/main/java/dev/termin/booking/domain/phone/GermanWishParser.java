package dev.termin.booking.domain.phone;

import dev.termin.booking.domain.phone.AppointmentWish.Preference;
import dev.termin.booking.domain.phone.AppointmentWish.TimeWish;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Understands when a caller would like to come, said freely in German ("morgen nachmittag", "nächste Woche
 * Dienstag nach 16 Uhr", "so früh wie möglich"), relative to a given {@code today}; stateless and thread-safe.
 *
 * <p>The text is normalised ({@link SpokenText}), then the parts are taken out one after another, each from what
 * the previous ones left: the preference for the earliest slot, the part of the day ({@link DayPart}), times and
 * time ranges ({@link SpokenClock}), and the days ({@link SpokenDays}). Words that belong to none ("ich hätte
 * gern einen Termin") are ignored. Parts that contradict each other ("Dienstag, den 3.12." when the 3rd is a
 * Thursday, two different times) give an empty result, so that the assistant asks again instead of guessing.
 *
 * <p>Times: an exact time is an {@link TimeWish.At}; "zwischen 10 und 12", "von 10 bis 12" and "10 bis 12 Uhr"
 * are a window; "nach", "ab", "frühestens", "nicht vor" open a window up to the end of the {@link
 * TimeWindow#SALON_DAY}; "vor", "bis", "spätestens", "nicht nach" close one that starts with the salon day. A part
 * of the day and a range are intersected ("nachmittags ab 15 Uhr" is 15:00–18:00); an exact time wins over both.
 * Hours on the 12-hour clock are placed by {@link SpokenClock#resolve}.
 */
public final class GermanWishParser {

    private static final String T = SpokenClock.PATTERN;
    private static final Pattern EARLIEST = Pattern.compile("\\b(?:so (?:frueh|bald|schnell) wie (?:moeglich|es geht)"
            + "|schnellstmoeglich|fruehestmoeglich|baldmoeglichst|moeglichst (?:bald|frueh|schnell)"
            + "|so schnell es geht|sobald wie moeglich|asap|naechstmoeglich\\w*(?: termin)?"
            + "|(?:naechst\\w*|1\\.) (?:freie|moegliche)\\w*(?: termin)?)\\b");
    private static final Pattern TIMES = Pattern.compile("\\b(?:"
            + "(?:zwischen|von) (?<a>" + T + ")(?: uhr)? (?:und|bis) (?<b>" + T + ")"
            + "|(?<c>\\d{1,2}(?:[:.]\\d{2})?)(?: uhr)? bis (?<d>" + T + ")"
            + "|(?:nach|ab|fruehestens(?: um| ab)?|nicht vor|erst ab|erst nach|nicht frueher als) (?:um )?(?<from>" + T + ")"
            + "|(?:vor|bis(?: spaetestens)?(?: um)?|spaetestens(?: um| bis)?|nicht nach|nicht spaeter als)"
            + " (?:um )?(?<until>" + T + ")"
            + "|(?:um|gegen|so um|so gegen|so|ca|circa|etwa|ungefaehr um) (?<at>" + T + ")"
            + "|(?<said>" + SpokenClock.EXPLICIT + "))(?: uhr)?\\b");

    private GermanWishParser() {
    }

    /**
     * The wish in {@code text} said on {@code today}, or empty if nothing in it is understood as a day, a time or
     * a preference, or if its parts contradict each other.
     *
     * @param text what the caller said; null gives empty
     * @param today the caller's current date in the branch's zone
     */
    public static Optional<AppointmentWish> parse(String text, LocalDate today) {
        Objects.requireNonNull(today, "today");
        if (text == null) {
            return Optional.empty();
        }
        Scan scan = new Scan(SpokenText.normalise(text));
        Preference preference = scan.take(EARLIEST).isEmpty() ? Preference.NONE : Preference.EARLIEST;
        List<DayPart> parts = SpokenDays.dayParts(scan);
        if (parts.size() > 1) {
            return Optional.empty();
        }
        Optional<DayPart> dayPart = parts.stream().findFirst();
        List<LocalDate> absolute = SpokenDays.absoluteDates(scan, today);
        List<Found> times = scan.take(TIMES);
        Optional<SpokenDays.Days> days = SpokenDays.days(scan, today, absolute);
        if (days.isEmpty()) {
            return Optional.empty();
        }
        Optional<TimeWish> time = time(times, dayPart);
        if (time.isEmpty()) {
            return Optional.empty();
        }
        Optional<DateRange> dates = days.get().range();
        if (dates.isEmpty() && time.get() instanceof TimeWish.AnyTime && dayPart.isEmpty()
                && preference == Preference.NONE) {
            return Optional.empty();
        }
        return Optional.of(new AppointmentWish(dates, time.get(), dayPart, preference));
    }

    /** The time wish, {@code Optional.of(AnyTime)} if none was said, or empty if what was said does not fit. */
    private static Optional<TimeWish> time(List<Found> times, Optional<DayPart> dayPart) {
        DayPart.Half half = dayPart.map(DayPart::half).orElse(null);
        List<LocalTime> exact = new ArrayList<>();
        TimeWindow window = dayPart.map(DayPart::window).orElse(TimeWindow.SALON_DAY);
        for (Found m : times) {
            Optional<TimeWindow> range;
            if (m.group("a") != null || m.group("c") != null) {
                Optional<LocalTime> from = at(m.group("a") != null ? m.group("a") : m.group("c"), half);
                Optional<LocalTime> until = at(m.group("a") != null ? m.group("b") : m.group("d"), half);
                if (from.isEmpty() || until.isEmpty()) {
                    return Optional.empty();
                }
                range = TimeWindow.clamped(from.get(), until.get());
            } else if (m.group("from") != null) {
                range = at(m.group("from"), half).flatMap(f -> TimeWindow.clamped(f, LocalTime.MAX));
            } else if (m.group("until") != null) {
                range = at(m.group("until"), half).flatMap(u -> TimeWindow.clamped(LocalTime.MIN, u));
            } else {
                Optional<LocalTime> t = at(m.group("at") != null ? m.group("at") : m.group("said"), half);
                if (t.isEmpty()) {
                    return Optional.empty();
                }
                exact.add(t.get());
                continue;
            }
            Optional<TimeWindow> narrowed = range.flatMap(window::intersect);
            if (narrowed.isEmpty()) {
                return Optional.empty();
            }
            window = narrowed.get();
        }
        if (exact.stream().distinct().count() > 1) {
            return Optional.empty();
        }
        if (!exact.isEmpty()) {
            return Optional.of(new TimeWish.At(exact.get(0)));
        }
        boolean narrowed = dayPart.isPresent() || !times.isEmpty();
        return Optional.of(narrowed ? new TimeWish.Within(window) : new TimeWish.AnyTime());
    }

    private static Optional<LocalTime> at(String clock, DayPart.Half half) {
        return SpokenClock.parse(clock.replaceFirst(" uhr$", "")).flatMap(c -> c.resolve(half));
    }

    /** One match taken from a {@link Scan}: its text and its named groups (null where a group did not take part). */
    record Found(String text, Map<String, String> groups) {
        String group() {
            return text;
        }

        String group(String name) {
            return groups.get(name);
        }
    }

    /** The normalised text with the parts taken so far blanked out. Not thread-safe; one per parse. */
    static final class Scan {
        private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");
        private String text;

        Scan(String text) {
            this.text = " " + text + " ";
        }

        /** Every match of {@code pattern} in what is left, left to right; the matches are blanked out. */
        List<Found> take(Pattern pattern) {
            return take(pattern, m -> true);
        }

        /** Like {@link #take(Pattern)}, but only the matches {@code accept} agrees to are taken. */
        List<Found> take(Pattern pattern, Predicate<Found> accept) {
            List<Found> found = new ArrayList<>();
            Matcher m = pattern.matcher(text);
            StringBuilder rest = new StringBuilder();
            List<String> names = new ArrayList<>();
            Matcher groupNames = GROUP_NAME.matcher(pattern.pattern());
            while (groupNames.find()) {
                names.add(groupNames.group(1));
            }
            while (m.find()) {
                Map<String, String> groups = new HashMap<>();
                for (String name : names) {
                    groups.put(name, m.group(name));
                }
                Found match = new Found(m.group(), groups);
                if (accept.test(match)) {
                    found.add(match);
                    m.appendReplacement(rest, " | ");
                }
            }
            m.appendTail(rest);
            text = rest.toString();
            return found;
        }
    }
}
