package dev.termin.booking.domain.calendar;

import dev.termin.booking.domain.time.IntervalSet;
import dev.termin.booking.domain.time.LocalTimeWindow;
import dev.termin.booking.domain.time.TimeInterval;
import dev.termin.booking.domain.time.WeeklyHours;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Different working hours of one staff member on one date. {@link Mode#REPLACE} makes {@code windows} that day's
 * working hours (a shorter day; no windows: a day off); {@link Mode#ADD} works {@code windows} on top of the
 * weekly hours (extra hours; overlaps with the weekly windows merge). Overlapping windows of an exception are
 * merged. Breaks of the weekday still apply, and a
 * staff member never works while the branch is closed: extra hours outside opening hours need a branch date
 * override as well. Immutable.
 */
public record StaffDateException(LocalDate date, Mode mode, List<LocalTimeWindow> windows, String note) {

    /** How an exception combines with the weekly hours. */
    public enum Mode {
        REPLACE, ADD;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public StaffDateException {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(mode, "mode");
        List<LocalTimeWindow> sorted = LocalTimeWindow.merge(Objects.requireNonNull(windows, "windows"));
        if (mode == Mode.ADD && sorted.isEmpty()) {
            throw new IllegalArgumentException("extra hours on " + date + " need at least one window");
        }
        windows = List.copyOf(sorted);
        note = note == null ? "" : note;
        if (note.length() > 200) {
            throw new IllegalArgumentException("note must be at most 200 characters");
        }
    }

    /** Only {@code windows} are worked on {@code date}. */
    public static StaffDateException replace(LocalDate date, LocalTimeWindow... windows) {
        return new StaffDateException(date, Mode.REPLACE, List.of(windows), "");
    }

    /** {@code windows} are worked on {@code date} in addition to the weekly hours. */
    public static StaffDateException add(LocalDate date, LocalTimeWindow... windows) {
        return new StaffDateException(date, Mode.ADD, List.of(windows), "");
    }

    /**
     * The instants worked on every date from {@code from} to {@code to} (inclusive): the weekly hours, with each
     * exception applied on its date (callers keep one exception per date, as {@code Staff} does).
     */
    public static IntervalSet workingTime(WeeklyHours weekly, List<StaffDateException> exceptions, LocalDate from,
            LocalDate to, ZoneId zone) {
        IntervalSet out = weekly.between(from, to, zone);
        for (StaffDateException e : exceptions) {
            if (e.date.isBefore(from) || e.date.isAfter(to)) {
                continue;
            }
            IntervalSet own = e.instants(zone);
            if (e.mode == Mode.REPLACE) {
                out = out.subtract(weekly.on(e.date, zone)).union(own);
            } else {
                out = out.union(own);
            }
        }
        return out;
    }

    private IntervalSet instants(ZoneId zone) {
        List<TimeInterval> out = new ArrayList<>(windows.size());
        for (LocalTimeWindow w : windows) {
            w.instantsOn(date, zone).ifPresent(out::add);
        }
        return IntervalSet.of(out);
    }
}
