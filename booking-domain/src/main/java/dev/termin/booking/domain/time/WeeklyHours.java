package dev.termin.booking.domain.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Recurring wall-clock windows per weekday (several per day allowed; a day without windows is closed). The windows
 * of a day must not overlap; {@link #merging(Map)} merges overlapping ones instead.
 * Used for opening hours, staff working hours and staff breaks. Immutable and thread-safe.
 */
public record WeeklyHours(Map<DayOfWeek, List<LocalTimeWindow>> days) {

    public WeeklyHours {
        Objects.requireNonNull(days, "days");
        EnumMap<DayOfWeek, List<LocalTimeWindow>> copy = new EnumMap<>(DayOfWeek.class);
        days.forEach((day, windows) -> {
            List<LocalTimeWindow> sorted = new ArrayList<>(Objects.requireNonNull(windows, "windows of " + day));
            Collections.sort(sorted);
            LocalTimeWindow.requireDisjoint(sorted, day);
            if (!sorted.isEmpty()) {
                copy.put(Objects.requireNonNull(day, "day"), List.copyOf(sorted));
            }
        });
        days = Collections.unmodifiableMap(copy);
    }

    /** Weekly hours from windows that may overlap: each day's overlapping or touching windows are merged. */
    public static WeeklyHours merging(Map<DayOfWeek, List<LocalTimeWindow>> days) {
        Map<DayOfWeek, List<LocalTimeWindow>> m = new EnumMap<>(DayOfWeek.class);
        days.forEach((day, windows) -> m.put(day, LocalTimeWindow.merge(windows)));
        return new WeeklyHours(m);
    }

    public static WeeklyHours none() {
        return new WeeklyHours(Map.of());
    }

    /** The same windows on each of the given days. */
    public static WeeklyHours on(List<DayOfWeek> daysOfWeek, LocalTimeWindow... windows) {
        Map<DayOfWeek, List<LocalTimeWindow>> m = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : daysOfWeek) {
            m.put(d, List.of(windows));
        }
        return new WeeklyHours(m);
    }

    /** Monday to Friday with the given windows. */
    public static WeeklyHours weekdays(LocalTimeWindow... windows) {
        return on(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY), windows);
    }

    public List<LocalTimeWindow> windowsOn(DayOfWeek day) {
        return days.getOrDefault(day, List.of());
    }

    /** This schedule with {@code day} replaced. */
    public WeeklyHours with(DayOfWeek day, LocalTimeWindow... windows) {
        Map<DayOfWeek, List<LocalTimeWindow>> m = new EnumMap<>(DayOfWeek.class);
        m.putAll(days);
        m.put(day, List.of(windows));
        return new WeeklyHours(m);
    }

    /** The instants covered on {@code date} in {@code zone}. */
    public IntervalSet on(LocalDate date, ZoneId zone) {
        List<LocalTimeWindow> windows = windowsOn(date.getDayOfWeek());
        if (windows.isEmpty()) {
            return IntervalSet.empty();
        }
        List<TimeInterval> out = new ArrayList<>(windows.size());
        for (LocalTimeWindow w : windows) {
            w.instantsOn(date, zone).ifPresent(out::add);
        }
        return IntervalSet.of(out);
    }

    /** The instants covered on every date from {@code from} to {@code to}, both inclusive. */
    public IntervalSet between(LocalDate from, LocalDate to, ZoneId zone) {
        List<TimeInterval> out = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            out.addAll(on(d, zone).intervals());
        }
        return IntervalSet.of(out);
    }
}
