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
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).overlaps(sorted.get(i))) {
                throw new IllegalArgumentException("overlapping windows on " + date + ": " + sorted);
            }
        }
        windows = List.copyOf(sorted);
        note = note == null ? "" : note;
    }

    public static DateOverride closed(LocalDate date, String note) {
        return new DateOverride(date, List.of(), note);
    }

    public boolean isClosed() {
        return windows.isEmpty();
    }
}
