package dev.termin.booking.domain.phone;

import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A clock time as said, before the part of the day decides which half of the clock it is on: an hour as spoken,
 * minutes to add (negative for "halb", "viertel vor"), and whether the hour was on the 12-hour clock. Immutable
 * and thread-safe.
 *
 * <p>Read on {@link SpokenText#normalise normalised} text, i.e. with numbers as digits:
 * {@code 14:30}, {@code 14.30}, {@code 14 uhr 30}, {@code 14 uhr}, {@code 3}, {@code halb 3} (2:30),
 * {@code viertel 3} (2:15, as in East and South Germany), {@code dreiviertel 3} (2:45), {@code viertel nach 2},
 * {@code viertel vor 3}, {@code 10 nach 3}, {@code 5 vor halb 3} (2:25), {@code 5 nach halb 3} (2:35).
 *
 * @param hour the hour as said ("halb drei" says 3)
 * @param minutes minutes to add to that hour, from -45 to 59
 * @param twelveHour whether the hour was on the 12-hour clock (at most 12, and not written with a leading zero)
 */
record SpokenClock(int hour, int minutes, boolean twelveHour) {

    /** Not followed by a dot that goes on with a month or year: "3. 12." and "3. Dezember" are dates. */
    static final String NO_DATE = "(?!\\. ?[\\da-z])";

    /** A time expression that is a time on its own, without "um" before it: all forms but a bare number. */
    static final String EXPLICIT = "(?:\\d{1,2} (?:minuten )?(?:nach|vor) halb \\d{1,2}"
            + "|(?:viertel nach|viertel vor|dreiviertel|viertel|halb) \\d{1,2}"
            + "|\\d{1,2} (?:minuten )?(?:nach|vor) \\d{1,2}\\b(?![.:])"
            + "|\\d{1,2}[:.]\\d{2}\\b" + NO_DATE + "(?: uhr)?"
            + "|\\d{1,2} uhr(?: \\d{1,2}\\b" + NO_DATE + ")?)";

    /** Any time expression, for use inside larger patterns; longest forms first so that alternation picks them. */
    static final String PATTERN = "(?:" + EXPLICIT + "|\\d{1,2}\\b" + NO_DATE + ")";

    /** Salon hours: a 12-hour N below this is afternoon when nothing else says so ("um drei" is 15:00). */
    private static final int FIRST_MORNING_HOUR = 8;

    private static final Pattern AROUND_HALF = Pattern.compile("(\\d{1,2}) (?:minuten )?(nach|vor) halb (\\d{1,2})");
    private static final Pattern QUARTERS = Pattern.compile("(viertel nach|viertel vor|dreiviertel|viertel|halb) (\\d{1,2})");
    private static final Pattern PAST_TO = Pattern.compile("(\\d{1,2}) (?:minuten )?(nach|vor) (\\d{1,2})");
    private static final Pattern DIGITAL = Pattern.compile("(\\d{1,2})[:.](\\d{2})(?: uhr)?");
    private static final Pattern HOUR_UHR = Pattern.compile("(\\d{1,2})(?: uhr(?: (\\d{1,2}))?)?");

    /** The clock in {@code text}, which must be one whole {@link #PATTERN} match; empty if it is not a time. */
    static Optional<SpokenClock> parse(String text) {
        Matcher m = AROUND_HALF.matcher(text);
        if (m.matches()) {
            int offset = Integer.parseInt(m.group(1));
            return spoken(m.group(3), "nach".equals(m.group(2)) ? offset - 30 : -30 - offset, offset < 30);
        }
        m = QUARTERS.matcher(text);
        if (m.matches()) {
            int offset = switch (m.group(1)) {
                case "viertel nach" -> 15;
                case "viertel" -> -45;
                case "halb" -> -30;
                default -> -15;
            };
            return spoken(m.group(2), offset, true);
        }
        m = PAST_TO.matcher(text);
        if (m.matches()) {
            int offset = Integer.parseInt(m.group(1));
            return spoken(m.group(3), "nach".equals(m.group(2)) ? offset : -offset, offset > 0 && offset < 30);
        }
        m = DIGITAL.matcher(text);
        if (m.matches()) {
            return clock(m.group(1), Integer.parseInt(m.group(2)));
        }
        m = HOUR_UHR.matcher(text);
        if (m.matches()) {
            return clock(m.group(1), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)));
        }
        return Optional.empty();
    }

    private static Optional<SpokenClock> spoken(String hour, int minutes, boolean valid) {
        int h = Integer.parseInt(hour);
        return valid && h >= 1 && h <= 24 ? Optional.of(new SpokenClock(h, minutes, h <= 12)) : Optional.empty();
    }

    private static Optional<SpokenClock> clock(String hour, int minutes) {
        int h = Integer.parseInt(hour);
        if (h > 23 || minutes > 59) {
            return Optional.empty();
        }
        return Optional.of(new SpokenClock(h, minutes, h >= 1 && h <= 12 && !hour.startsWith("0")));
    }

    /**
     * The wall-clock time meant, given the part of the day the caller named (if any): a 12-hour hour is moved to
     * the afternoon when the part is afternoon or evening ("acht abends"), kept for morning parts ("sieben
     * morgens"), and otherwise read as salon hours: 1 to 7 is afternoon, 8 to 12 morning or noon. Empty if the
     * result is not a time of day.
     */
    Optional<LocalTime> resolve(DayPart.Half half) {
        int h = hour;
        if (twelveHour) {
            boolean afternoon = switch (half == null ? DayPart.Half.NOON : half) {
                case FORENOON -> false;
                case AFTERNOON -> h < 12;
                case NOON -> h < FIRST_MORNING_HOUR;
            };
            h = afternoon ? h + 12 : h;
        }
        int total = h * 60 + minutes;
        if (total < 0 || total >= 24 * 60) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(total / 60, total % 60));
    }
}
