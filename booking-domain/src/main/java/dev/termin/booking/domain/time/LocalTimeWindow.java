package dev.termin.booking.domain.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A wall-clock window within one day, such as 09:00–18:00. Immutable and thread-safe.
 *
 * <p>An end of 00:00 means midnight at the end of the day. A window is turned into instants for a date in a
 * zone with {@link #on(LocalDate, ZoneId)}; that is where daylight saving time is applied.
 */
public record LocalTimeWindow(LocalTime start, LocalTime end) implements Comparable<LocalTimeWindow> {

    public LocalTimeWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.equals(LocalTime.MIDNIGHT) && !end.isAfter(start)) {
            throw new IllegalArgumentException("window end " + end + " must be after start " + start);
        }
    }

    public static LocalTimeWindow of(String start, String end) {
        return new LocalTimeWindow(LocalTime.parse(start), LocalTime.parse(end));
    }

    public boolean endsAtMidnight() {
        return end.equals(LocalTime.MIDNIGHT);
    }

    public boolean overlaps(LocalTimeWindow other) {
        return start.isBefore(other.effectiveEnd()) && other.start.isBefore(effectiveEnd());
    }

    public boolean contains(LocalTime time) {
        return !time.isBefore(start) && (endsAtMidnight() || time.isBefore(end));
    }

    /**
     * The instants this window covers on {@code date} in {@code zone}. A wall-clock time that falls into a DST gap
     * is moved forward by the length of the gap (as {@link java.time.ZonedDateTime#of} does); in an overlap the
     * earlier offset is used.
     *
     * @throws IllegalArgumentException if the window covers no instant on that date, see
     *     {@link #instantsOn(LocalDate, ZoneId)}
     */
    public TimeInterval on(LocalDate date, ZoneId zone) {
        return instantsOn(date, zone).orElseThrow(() -> new IllegalArgumentException(
                "window " + this + " covers no instant on " + date + " in " + zone + " (DST gap)"));
    }

    /**
     * Like {@link #on(LocalDate, ZoneId)}, but empty when the window covers no instant on that date: a window
     * lying in a DST gap such that its shifted start is not before its end (02:30–03:00 on a spring-forward day
     * in Europe/Berlin).
     */
    public Optional<TimeInterval> instantsOn(LocalDate date, ZoneId zone) {
        LocalDateTime from = date.atTime(start);
        LocalDateTime to = endsAtMidnight() ? date.plusDays(1).atStartOfDay() : date.atTime(end);
        Instant s = from.atZone(zone).toInstant();
        Instant e = to.atZone(zone).toInstant();
        return e.isAfter(s) ? Optional.of(new TimeInterval(s, e)) : Optional.empty();
    }

    /**
     * {@code windows} sorted, with overlapping or touching windows merged into one: 09:00–13:00 and 12:00–18:00
     * become 09:00–18:00.
     */
    public static List<LocalTimeWindow> merge(List<LocalTimeWindow> windows) {
        List<LocalTimeWindow> sorted = new ArrayList<>(windows);
        Collections.sort(sorted);
        List<LocalTimeWindow> out = new ArrayList<>(sorted.size());
        for (LocalTimeWindow w : sorted) {
            LocalTimeWindow last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && !w.start.isAfter(last.effectiveEnd())) {
                LocalTime end = w.effectiveEnd().isAfter(last.effectiveEnd()) ? w.end : last.end;
                out.set(out.size() - 1, new LocalTimeWindow(last.start, end));
            } else {
                out.add(w);
            }
        }
        return List.copyOf(out);
    }

    /**
     * @throws IllegalArgumentException naming the first two windows of {@code sorted} that overlap, with
     *     {@code where} (a weekday or date)
     */
    public static void requireDisjoint(List<LocalTimeWindow> sorted, Object where) {
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).overlaps(sorted.get(i))) {
                throw new IllegalArgumentException("windows " + sorted.get(i - 1) + " and " + sorted.get(i)
                        + " overlap on " + where + " (merge them, e.g. with LocalTimeWindow.merge)");
            }
        }
    }

    private LocalTime effectiveEnd() {
        return endsAtMidnight() ? LocalTime.MAX : end;
    }

    @Override
    public int compareTo(LocalTimeWindow o) {
        return start.compareTo(o.start);
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
