package dev.termin.booking.domain.phone;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the German date a voice assistant sends for a booking ({@code datum}) relative to a given {@code today};
 * stateless and thread-safe.
 *
 * <p>Accepted, case-insensitive, with umlauts or their spelt-out forms ({@code ü}/{@code ue}) and surrounding or
 * repeated blanks, optionally introduced by {@code am} or {@code den}:
 * <ul>
 *   <li>{@code 20.06.2025}, {@code 20.6.2025}, {@code 20.06.25} (two-digit years are 20xx);</li>
 *   <li>{@code 20.06.} and {@code 20.6.} (also without the final dot), {@code 20. Juni}, {@code 20 Juni}: the
 *       next occurrence on or after today, i.e. this year, or next year if the date has already passed (a
 *       29 February without a year is the next one that exists);</li>
 *   <li>{@code 20. Juni 2025}, {@code 20. Juni 25}, with full German month names ({@code März}/{@code Maerz},
 *       also {@code Jänner}) or their usual abbreviations ({@code Jan.}, {@code Sept.}, {@code Dez.});</li>
 *   <li>ISO {@code 2025-06-20};</li>
 *   <li>{@code heute}, {@code morgen}, {@code übermorgen};</li>
 *   <li>a weekday {@code Montag} … {@code Sonntag} (also {@code Sonnabend}): the next date with that weekday,
 *       <em>today included</em> if today is that weekday, because a caller saying "Mittwoch" on a Wednesday
 *       most often means today;</li>
 *   <li>{@code nächsten}/{@code kommenden} (also {@code nächste(r)}, {@code kommende(r)}) + weekday: the first
 *       such weekday strictly <em>after</em> today, never today itself;</li>
 *   <li>a weekday followed by an absolute date ({@code Freitag, 20. Juni}, {@code Freitag, den 20.06.}): the
 *       date, but only if the weekday matches it; a mismatch is empty so that the assistant asks again instead of
 *       guessing which half the caller meant.</li>
 * </ul>
 * Anything else, and dates that do not exist ({@code 31.02.2025}), give an empty result. Whether a date lies in
 * the past or too far ahead is not judged here; that is the booking policy's job.
 */
public final class GermanDateParser {

    private static final Pattern NUMERIC_WITH_YEAR =
            Pattern.compile("(\\d{1,2})\\. ?(\\d{1,2})\\. ?(\\d{4}|\\d{2})");
    private static final Pattern NUMERIC_WITHOUT_YEAR = Pattern.compile("(\\d{1,2})\\. ?(\\d{1,2})\\.?");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH_NAME =
            Pattern.compile("(\\d{1,2})\\.? ?([a-z]+)\\.?(?: (\\d{4}|\\d{2}))?");
    private static final Pattern WEEKDAY =
            Pattern.compile("(?:(naechste[nr]?|kommende[nr]?) )?([a-z]+)");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s!?,;]+$");
    private static final Pattern WEEKDAY_AND_DATE = Pattern.compile("([a-z]+),? (?:den )?(\\d.*)");

    /** Month names and abbreviations, folded; shared with the wish parser. */
    static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januar", 1), Map.entry("jaenner", 1), Map.entry("jan", 1),
            Map.entry("februar", 2), Map.entry("feb", 2), Map.entry("febr", 2),
            Map.entry("maerz", 3), Map.entry("marz", 3), Map.entry("maer", 3), Map.entry("mrz", 3),
            Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("mai", 5),
            Map.entry("juni", 6), Map.entry("jun", 6),
            Map.entry("juli", 7), Map.entry("jul", 7),
            Map.entry("august", 8), Map.entry("aug", 8),
            Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("oktober", 10), Map.entry("okt", 10),
            Map.entry("november", 11), Map.entry("nov", 11),
            Map.entry("dezember", 12), Map.entry("dez", 12));

    /** Weekday names, folded; shared with the wish parser. */
    static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
            "montag", DayOfWeek.MONDAY,
            "dienstag", DayOfWeek.TUESDAY,
            "mittwoch", DayOfWeek.WEDNESDAY,
            "donnerstag", DayOfWeek.THURSDAY,
            "freitag", DayOfWeek.FRIDAY,
            "samstag", DayOfWeek.SATURDAY,
            "sonnabend", DayOfWeek.SATURDAY,
            "sonntag", DayOfWeek.SUNDAY);

    /**
     * Leap-year cycles skip a 29 February at most once per century (2100), so eight years always reach the next
     * one.
     */
    private static final int YEARS_TO_NEXT_FEB_29 = 8;

    private GermanDateParser() {
    }

    /**
     * The date meant by {@code datum} when said on {@code today}, or empty if it is not understood or does not
     * exist. See the class description for the accepted forms and rules.
     *
     * @param datum what the caller said; null gives empty
     * @param today the caller's current date in the branch's zone
     */
    public static Optional<LocalDate> parse(String datum, LocalDate today) {
        Objects.requireNonNull(today, "today");
        if (datum == null) {
            return Optional.empty();
        }
        String s = stripPrefix(stripPrefix(withoutTrailingPunctuation(GermanText.fold(datum)), "am "), "den ");
        if (s.isEmpty()) {
            return Optional.empty();
        }
        return relative(s, today)
                .or(() -> absolute(s, today))
                .or(() -> weekday(s, today))
                .or(() -> weekdayAndDate(s, today));
    }

    private static Optional<LocalDate> relative(String s, LocalDate today) {
        return switch (s) {
            case "heute" -> Optional.of(today);
            case "morgen" -> Optional.of(today.plusDays(1));
            // "ubermorgen" is what speech-to-text leaves when it drops the umlaut.
            case "uebermorgen", "ubermorgen" -> Optional.of(today.plusDays(2));
            default -> Optional.empty();
        };
    }

    private static Optional<LocalDate> absolute(String s, LocalDate today) {
        Matcher m = ISO.matcher(s);
        if (m.matches()) {
            return date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        m = NUMERIC_WITH_YEAR.matcher(s);
        if (m.matches()) {
            return date(year(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        }
        m = NUMERIC_WITHOUT_YEAR.matcher(s);
        if (m.matches()) {
            return nextOccurrence(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)), today);
        }
        m = MONTH_NAME.matcher(s);
        if (m.matches()) {
            Integer month = MONTHS.get(m.group(2));
            if (month == null) {
                return Optional.empty();
            }
            int day = Integer.parseInt(m.group(1));
            return m.group(3) == null
                    ? nextOccurrence(month, day, today)
                    : date(year(m.group(3)), month, day);
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> weekday(String s, LocalDate today) {
        Matcher m = WEEKDAY.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        DayOfWeek day = WEEKDAYS.get(m.group(2));
        if (day == null) {
            return Optional.empty();
        }
        return Optional.of(m.group(1) == null
                ? today.with(TemporalAdjusters.nextOrSame(day))
                : today.with(TemporalAdjusters.next(day)));
    }

    private static Optional<LocalDate> weekdayAndDate(String s, LocalDate today) {
        Matcher m = WEEKDAY_AND_DATE.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        DayOfWeek day = WEEKDAYS.get(m.group(1));
        if (day == null) {
            return Optional.empty();
        }
        return absolute(m.group(2), today).filter(date -> date.getDayOfWeek() == day);
    }

    private static Optional<LocalDate> nextOccurrence(int month, int day, LocalDate today) {
        for (int year = today.getYear(); year <= today.getYear() + YEARS_TO_NEXT_FEB_29; year++) {
            Optional<LocalDate> date = date(year, month, day);
            if (date.isPresent() && !date.get().isBefore(today)) {
                return date;
            }
            if (date.isEmpty() && !(month == 2 && day == 29)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        return digits.length() == 2 ? 2000 + year : year;
    }

    private static Optional<LocalDate> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Speech-to-text likes to end a field with a full stop ("Montag."); a dot after a digit is part of a numeric
     * date, so only a dot after a letter goes.
     */
    private static String withoutTrailingPunctuation(String s) {
        String t = TRAILING_PUNCTUATION.matcher(s).replaceAll("");
        return t.matches(".*[a-z]\\.") ? t.substring(0, t.length() - 1).strip() : t;
    }

    private static String stripPrefix(String s, String prefix) {
        return s.startsWith(prefix) ? s.substring(prefix.length()).strip() : s;
    }
}
