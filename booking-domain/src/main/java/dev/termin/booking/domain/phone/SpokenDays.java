package dev.termin.booking.domain.phone;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import dev.termin.booking.domain.phone.GermanWishParser.Found;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day and part-of-day vocabulary of {@link GermanWishParser}; stateless and thread-safe.
 *
 * <p>Weeks run Monday to Sunday. Days: what {@link GermanDateParser} accepts (absolute dates, "heute",
 * "morgen", "übermorgen", weekdays, "nächsten Dienstag"), and
 * <ul>
 *   <li>"diese Woche": today to Sunday; "nächste Woche": Monday to Sunday of the next week; "übernächste Woche"
 *       the week after; "in zwei Wochen": the week that holds the day two weeks from today;</li>
 *   <li>"nächste Woche Dienstag", "Dienstag nächste Woche": that weekday in that week; "Montag in einer Woche",
 *       "Dienstag in zwei Wochen": the weekday as it would be read alone, plus one or two weeks;
 *       "heute in einer Woche", "morgen in zwei Wochen": the day plus the weeks;</li>
 *   <li>"in drei Tagen": that day; "in acht Tagen" is a week, as German uses it;</li>
 *   <li>"am Wochenende": the coming Saturday and Sunday (from today if today is one of them); "nächstes
 *       Wochenende" is the same, except on a weekend, where it is the following one;</li>
 *   <li>"Anfang", "Mitte", "Ende" der Woche / nächster Woche: Monday–Wednesday, Tuesday–Thursday,
 *       Thursday–Saturday, of this week only from today on;</li>
 *   <li>"im Dezember", "Anfang/Mitte/Ende Dezember" (1st–10th, 11th–20th, 21st–end): this year's month from today
 *       on, or next year's if the month has passed.</li>
 * </ul>
 */
final class SpokenDays {

    /** Alternations of the names {@link GermanDateParser} knows; each use ends in a word boundary. */
    private static final String WEEKDAY_NAMES = String.join("|", GermanDateParser.WEEKDAYS.keySet());
    private static final String MONTH_NAMES = String.join("|", GermanDateParser.MONTHS.keySet());
    private static final Pattern ABSOLUTE = Pattern.compile("(?<!um |gegen |bis |ab |vor |nach )\\b(?:"
            + "(?:am |den )?\\d{1,2}\\. ?\\d{1,2}\\.(?: ?(?:\\d{4}|\\d{2})\\b)?"
            + "|(?:am|den) \\d{1,2}\\.\\d{1,2}\\b(?![.:])"
            + "|(?:am |den )?\\d{1,2}\\.? ?(?:" + MONTH_NAMES + ")\\b\\.?(?: \\d{4}\\b)?"
            + "|\\d{4}-\\d{2}-\\d{2})");
    /** A numeric day and month, to tell an impossible date ("31.02.") from a time with a dot ("14.30."). */
    private static final Pattern NUMERIC_DAY_MONTH = Pattern.compile("(?:am |den )?\\d{1,2}\\. ?(\\d{1,2})\\b.*");

    private static final List<Map.Entry<DayPart, Pattern>> DAY_PARTS = List.of(
            part(DayPart.LATE_MORNING, "(?:am )?spaeten vormittag|spaet vormittags|spaetvormittags"),
            part(DayPart.EARLY_AFTERNOON, "(?:am )?fruehen nachmittag|frueh nachmittags|fruehnachmittags"),
            part(DayPart.LATE_AFTERNOON, "(?:am )?spaeten nachmittag|spaet nachmittags|spaetnachmittags"),
            part(DayPart.AFTERNOON, "(?:am )?nachmittags?|nach dem mittagessen|nach der mittagspause"),
            part(DayPart.MORNING, "(?:am )?vormittags?"),
            part(DayPart.NOON, "(?:am |gegen |ueber |zu |z )?mittags?|(?:in der )?mittagspause|mittagszeit"),
            part(DayPart.EVENING, "(?:am )?abends?|nach (?:der arbeit|feierabend|dem feierabend)|feierabend"
                    + "|auf d(?:ie)? nacht"),
            part(DayPart.EARLY, "(?:in aller |in der )frueh|frueh morgens|frueh am morgen|(?:am )?morgens|am morgen"
                    + "|gleich morgens|frueh|zeitig|(?<=\\b(?:heute|" + WEEKDAY_NAMES + ") )morgen"));

    private static final Pattern WEEKEND =
            Pattern.compile("\\b(?:(?<next>naechste[ns]?|kommende[ns]?) |(?:am |dieses |diesem |uebers |ueber das )?)wochenende\\b");
    private static final Pattern WEEK_SECTION = Pattern.compile("\\b(?<sec>anfang|mitte|ende) (?:der |dieser "
            + "|(?<next>naechste[nr]?|kommende[nr]?) )?woche\\b");
    private static final Pattern MONTH =
            Pattern.compile("\\b(?:(?<pos>anfang|mitte|ende) |im )(?<month>" + MONTH_NAMES + ")\\b");
    private static final Pattern WEEKS = Pattern.compile("\\b(?:(?<after>uebernaechste[nrs]? woche)"
            + "|(?<next>(?:naechste[nrs]?|kommende[nrs]?) woche)|(?<this>(?:diese[nrs]?|in dieser|noch diese) woche)"
            + "|in (?<n>\\d+|einer) wochen?|in (?<days>\\d+) tagen)\\b");
    private static final Pattern RELATIVE = Pattern.compile("\\b(?:uebermorgen|ubermorgen|heute|morgen)\\b");
    private static final Pattern WEEKDAY =
            Pattern.compile("\\b(?:(?<q>naechste[nrs]?|kommende[nrs]?|diese[nrs]?) )?(?:am )?(?<wd>" + WEEKDAY_NAMES + ")s?\\b");

    private static final int MONTHS_PER_YEAR = 12;

    private SpokenDays() {
    }

    /** The days said, possibly none; empty if they contradict each other or name a day that does not exist. */
    record Days(Optional<DateRange> range) {
    }

    /** Takes the parts of the day out of {@code scan}; distinct, in the order said. */
    static List<DayPart> dayParts(GermanWishParser.Scan scan) {
        List<DayPart> parts = new ArrayList<>();
        for (Map.Entry<DayPart, Pattern> part : DAY_PARTS) {
            if (!scan.take(part.getValue()).isEmpty() && !parts.contains(part.getKey())) {
                parts.add(part.getKey());
            }
        }
        return parts;
    }

    /**
     * Takes absolute dates ("am 3.12.", "3. Dezember") out of {@code scan}. Runs before times are taken, so that
     * "am 3.12" is not read as 3:12; a numeric match with a month above 12 ("um 14.30.") is left for the times.
     * An impossible date ("31. Februar") is {@code null} in the list.
     */
    static List<LocalDate> absoluteDates(GermanWishParser.Scan scan, LocalDate today) {
        List<LocalDate> dates = new ArrayList<>();
        scan.take(ABSOLUTE, m -> {
            Optional<LocalDate> date = GermanDateParser.parse(m.group(), today);
            if (date.isPresent()) {
                dates.add(date.get());
                return true;
            }
            Matcher numeric = NUMERIC_DAY_MONTH.matcher(m.group());
            boolean aDate = m.group().startsWith("am ") || m.group().startsWith("den ") || !numeric.matches()
                    || Integer.parseInt(numeric.group(1)) <= MONTHS_PER_YEAR;
            if (aDate) {
                dates.add(null);
            }
            return aDate;
        });
        return dates;
    }

    /** Takes the remaining day words out of {@code scan} and combines them with {@code absolute}. */
    static Optional<Days> days(GermanWishParser.Scan scan, LocalDate today, List<LocalDate> absolute) {
        if (absolute.contains(null)) {
            return Optional.empty();
        }
        List<Found> weekend = scan.take(WEEKEND);
        List<Found> sections = scan.take(WEEK_SECTION);
        List<Found> months = scan.take(MONTH);
        List<Found> weeks = scan.take(WEEKS);
        List<LocalDate> singles = new ArrayList<>(absolute);
        for (Found m : scan.take(RELATIVE)) {
            singles.add(GermanDateParser.parse(m.group(), today).orElseThrow());
        }
        List<Found> weekdays = scan.take(WEEKDAY);
        if (singles.stream().distinct().count() > 1 || weekdays.size() > 1 || weeks.size() > 1
                || weekend.size() + sections.size() + months.size() > 1
                || weekend.size() + sections.size() + months.size() + weeks.size() > 1 && weekdays.isEmpty()) {
            return Optional.empty();
        }
        Optional<DateRange> period = period(weekend, sections, months, today);
        if (period == null) {
            return Optional.empty();
        }
        Optional<Found> week = weeks.stream().findFirst();
        Optional<Found> weekday = weekdays.stream().findFirst();
        if (!singles.isEmpty()) {
            return single(singles.get(0), weekday, week, period);
        }
        if (weekday.isPresent()) {
            return period.isPresent() ? Optional.empty() : WeekArithmetic.weekday(weekday.get(), week, today);
        }
        if (week.isPresent()) {
            return period.isPresent() ? Optional.empty() : Optional.of(WeekArithmetic.week(week.get(), today));
        }
        return Optional.of(new Days(period));
    }

    private static Optional<Days> single(LocalDate date, Optional<Found> weekday, Optional<Found> week,
            Optional<DateRange> period) {
        LocalDate day = date;
        if (week.isPresent()) {
            Optional<Integer> weeks = WeekArithmetic.weeksLater(week.get());
            if (weeks.isEmpty()) {
                return Optional.empty();
            }
            day = day.plusWeeks(weeks.get());
        }
        boolean fits = weekday.map(w -> WeekArithmetic.dayOfWeek(w) == date.getDayOfWeek()).orElse(true)
                && period.map(p -> p.contains(date)).orElse(true);
        return fits ? Optional.of(new Days(Optional.of(DateRange.of(day)))) : Optional.empty();
    }

    /** Weekend, week section or month as a range; empty if none was said; null if it has no day left. */
    private static Optional<DateRange> period(List<Found> weekend, List<Found> sections,
            List<Found> months, LocalDate today) {
        if (!weekend.isEmpty()) {
            return Optional.of(WeekArithmetic.weekend(weekend.get(0).group("next") != null, today));
        }
        if (!sections.isEmpty()) {
            return WeekArithmetic.section(sections.get(0).group("sec"), sections.get(0).group("next") != null, today)
                    .map(Optional::of).orElse(null);
        }
        if (!months.isEmpty()) {
            return WeekArithmetic.month(months.get(0).group("month"), months.get(0).group("pos"), today)
                    .map(Optional::of).orElse(null);
        }
        return Optional.empty();
    }

    private static Map.Entry<DayPart, Pattern> part(DayPart part, String regex) {
        return Map.entry(part, Pattern.compile("\\b(?:" + regex + ")\\b"));
    }

    static DayOfWeek weekdayNamed(String name) {
        return GermanDateParser.WEEKDAYS.get(name);
    }

    static LocalDate mondayOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
