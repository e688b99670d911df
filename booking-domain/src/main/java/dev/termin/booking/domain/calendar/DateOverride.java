package dev.termin.booking.domain.calendar;

import dev.termin.booking.domain.time.LocalTimeWindow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Special opening hours for one date, replacing the weekly hours of that day; no windows means closed all day.
 * Immutable.
 */
public record DateOverride(LocalDate date, List<LocalTimeWindow> windows, String note) {

    public DateOverride {
        Objects.requireNonNull(date, "date");
        List<LocalTimeWindow> sorted = new ArrayList<>(Objects.requireNonNull(windows, "windows"));
        Collections.sort(sorted);
        LocalTimeWindow.requireDisjoint(sorted, date);
        windows = List.copyOf(sorted);
        note = note == null ? "" : note;
    }

    /** An override from windows that may overlap: overlapping or touching windows are merged. */
    public static DateOverride merging(LocalDate date, List<LocalTimeWindow> windows, String note) {
        return new DateOverride(date, LocalTimeWindow.merge(windows), note);
    }

    public static DateOverride closed(LocalDate date, String note) {
        return new DateOverride(date, List.of(), note);
    }

    public boolean isClosed() {
        return windows.isEmpty();
    }
}
