package dev.termin.booking.domain.phone;

import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the German time of day a voice assistant sends for a booking ({@code uhrzeit}); stateless and
 * thread-safe.
 *
 * <p>Accepted, case-insensitive, with surrounding or repeated blanks and an optional leading {@code um}:
 * <ul>
 *   <li>digits on the 24-hour clock, taken literally: {@code 14:30}, {@code 14.30}, {@code 09:05},
 *       {@code 14:30 Uhr}, {@code 14 Uhr}, {@code 14 Uhr 30}, {@code 9}, {@code 9 Uhr}, and {@code 14:30:00}
 *       (seconds must be zero: bookings are by the minute);</li>
 *   <li>the colloquial forms {@code halb N}, {@code viertel nach N}, {@code viertel vor N} and
 *       {@code dreiviertel N} (= viertel vor N), with N in digits or as a word ({@code eins} … {@code zwölf}).
 *       Spoken this way N is on the 12-hour clock, so it is read as salon hours: N from 1 to 7 is afternoon,
 *       8 to 12 is morning or noon. {@code halb drei} is 14:30, {@code halb acht} is 07:30, {@code halb eins}
 *       is 12:30, {@code viertel nach sieben} is 19:15. An N from 13 to 24 is taken as the 24-hour clock
 *       ({@code halb 15} is 14:30).</li>
 * </ul>
 * Hours from 24 and minutes from 60 on ({@code 24:00}, {@code 14:60}) and anything else give an empty result.
 */
public final class GermanTimeParser {

    private static final Pattern DIGITS =
            Pattern.compile("(\\d{1,2})(?:[:.](\\d{2})(?::(\\d{2}))?)?(?: uhr)?");
    private static final Pattern HOUR_UHR_MINUTES = Pattern.compile("(\\d{1,2}) uhr (\\d{1,2})");
    private static final Pattern COLLOQUIAL =
            Pattern.compile("(halb|viertel nach|viertel vor|dreiviertel|drei viertel) ([a-z]+|\\d{1,2})");

    /** The hour from which a colloquial 12-hour N is read as morning (08:00 to 12:59). */
    private static final int FIRST_MORNING_HOUR = 8;

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("ein", 1), Map.entry("eins", 1),
            Map.entry("zwei", 2), Map.entry("zwo", 2),
            Map.entry("drei", 3),
            Map.entry("vier", 4),
            Map.entry("fuenf", 5), Map.entry("funf", 5),
            Map.entry("sechs", 6),
            Map.entry("sieben", 7),
            Map.entry("acht", 8),
            Map.entry("neun", 9),
            Map.entry("zehn", 10),
            Map.entry("elf", 11),
            Map.entry("zwoelf", 12), Map.entry("zwolf", 12));

    private GermanTimeParser() {
    }

    /**
     * The time meant by {@code uhrzeit}, or empty if it is not understood or not a time of day. See the class
     * description for the accepted forms and how colloquial hours are read.
     *
     * @param uhrzeit what the caller said; null gives empty
     */
    public static Optional<LocalTime> parse(String uhrzeit) {
        if (uhrzeit == null) {
            return Optional.empty();
        }
        String s = GermanText.fold(uhrzeit);
        if (s.startsWith("um ")) {
            s = s.substring(3).strip();
        }
        Matcher m = DIGITS.matcher(s);
        if (m.matches()) {
            if (m.group(3) != null && Integer.parseInt(m.group(3)) != 0) {
                return Optional.empty();
            }
            return time(Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)));
        }
        m = HOUR_UHR_MINUTES.matcher(s);
        if (m.matches()) {
            return time(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = COLLOQUIAL.matcher(s);
        if (m.matches()) {
            return colloquial(m.group(1), m.group(2));
        }
        return Optional.empty();
    }

    private static Optional<LocalTime> colloquial(String form, String n) {
        Integer spoken = n.chars().allMatch(Character::isDigit) ? Integer.valueOf(n) : NUMBERS.get(n);
        if (spoken == null || spoken < 1 || spoken > 24) {
            return Optional.empty();
        }
        int hour = spoken < FIRST_MORNING_HOUR ? spoken + 12 : spoken;
        return switch (form) {
            case "halb" -> time(hour - 1, 30);
            case "viertel nach" -> time(hour, 15);
            default -> time(hour - 1, 45);
        };
    }

    private static Optional<LocalTime> time(int hour, int minute) {
        if (hour > 23 || minute > 59) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(hour, minute));
    }
}
