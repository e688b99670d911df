package dev.termin.booking.adapter.http.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.termin.booking.domain.time.LocalTimeWindow;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Parsing and formatting of times at the HTTP boundary. Input: an ISO-8601 instant or offset date-time, or a local
 * date-time read in the branch's zone (a time in a DST gap is refused; in a DST overlap the earlier offset wins).
 * Output: the branch's offset and UTC side by side. Stateless, thread-safe.
 */
public final class Times {

    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ISO_INSTANT;

    private Times() {
    }

    /** An instant from {@code text}: with an offset or {@code Z} as given, without one in {@code zone}. */
    public static Instant instant(String text, ZoneId zone, String field) {
        String t = text.strip();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException ignored) {
            // not an offset date-time: try a local one
        }
        LocalDateTime local;
        try {
            local = LocalDateTime.parse(t);
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalid("'" + field + "' must be an ISO-8601 date-time such as 2026-06-17T10:00"
                    + " (branch time) or 2026-06-17T08:00:00Z: " + t);
        }
        ZonedDateTime zoned = local.atZone(zone);
        if (!zoned.toLocalDateTime().equals(local)) {
            throw ApiProblem.invalid("'" + field + "' " + local + " does not exist in " + zone
                    + " (the clocks skip it for daylight saving time).");
        }
        return zoned.toInstant();
    }

    /** True when {@code text} carries its own offset (so no zone is needed to read it). */
    public static boolean hasOffset(String text) {
        try {
            OffsetDateTime.parse(text.strip());
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    public static LocalDate date(String text, String field) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalid("'" + field + "' must be an ISO-8601 date such as 2026-06-17: " + text);
        }
    }

    public static Duration duration(String text, String field) {
        try {
            return Duration.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalid("'" + field + "' must be an ISO-8601 duration such as PT2H or P90D: " + text);
        }
    }

    /** A window written {@code HH:mm-HH:mm}; an end of {@code 24:00} or {@code 00:00} means midnight. */
    public static LocalTimeWindow window(String text, String field) {
        String[] parts = text.strip().split("-");
        if (parts.length != 2) {
            throw ApiProblem.invalid("'" + field + "' must be a window such as 09:00-18:00: " + text);
        }
        try {
            LocalTime start = LocalTime.parse(parts[0].strip());
            String endText = parts[1].strip();
            LocalTime end = endText.equals("24:00") ? LocalTime.MIDNIGHT : LocalTime.parse(endText);
            return new LocalTimeWindow(start, end);
        } catch (DateTimeException e) {
            throw ApiProblem.invalid("'" + field + "' must be a window such as 09:00-18:00: " + text);
        }
    }

    public static String window(LocalTimeWindow w) {
        return w.start() + "-" + (w.endsAtMidnight() ? "24:00" : w.end().toString());
    }

    public static String local(Instant instant, ZoneId zone) {
        return OFFSET.format(instant.atZone(zone));
    }

    public static String utc(Instant instant) {
        return UTC.format(instant);
    }

    /** Puts {@code name} (branch offset) and {@code nameUtc}. */
    public static void put(ObjectNode node, String name, Instant instant, ZoneId zone) {
        node.put(name, local(instant, zone));
        node.put(name + "Utc", utc(instant));
    }
}
